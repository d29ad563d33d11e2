"""Question-answer pairs for the answerer from GoldCoin's contextual-integrity annotations.

GoldCoin (Apache-2.0, HKUST-KnowComp/GoldCoin) annotates every generated HIPAA case with
``generate_characteristics``: sender and recipient (with roles), subject, information type,
purpose and consent. Those facts answer the applicability and permission questions of the
HIPAA pack; this script turns them into (scenario, question, answer) pairs in the
``corpora/qa`` format (plus ``family`` and ``split``) for the answerer's training mix.

Only the TRAIN split is written by default: the validation split stays clean for
``pcd eval goldcoin``. Pairs are only emitted where the annotation decides the answer;
everything else is left out rather than guessed.

    python scripts/build_goldcoin_qa.py --data ../shared/data/goldcoin --out corpora/qa_goldcoin/

``--unrelated K`` adds, per applicable case, K "unknown" pairs on pack topics the narrative never mentions
(``UNRELATED``). Tried 2026-11-29 with K=2 (618 pairs) and the shipped training recipe: the answerer's yes-bias
on narratives went (``scripts/probe_answer_bias.py``) from yes 799 / unknown 0 to yes 94 / unknown 706 of 800,
but ShARC dev QA fell 0.596 -> 0.591, GDPR model answers 0.548 -> 0.500 accuracy, and GoldCoin compliance
macro-F1 (similarity retrieval, all 658) 0.566 -> 0.459 (most checks became undetermined); applicability rose
0.968 -> 0.976. Not used: the committed ``train.jsonl`` is built without it.
"""

import argparse
import ast
import csv
import json
import random
import re
from pathlib import Path

PROVIDER = re.compile(r"doctor|physician|nurse|hospital|clinic|health ?care provider|pharmac|therapist|psychiatr|"
                      r"dentist|surgeon|medical|provider|health plan|insur", re.I)
LAW = re.compile(r"police|law enforcement|detective|officer|fbi|prosecutor", re.I)
FAMILY = re.compile(r"wife|husband|spouse|mother|father|son|daughter|sister|brother|family|relative|friend|parent", re.I)


# Pack questions on a narrow topic, each with the words a narrative touching that topic would use. A case
# narrative that uses none of them does not tell: "unknown" (family goldcoin-unrelated). Question texts are the
# HIPAA pack's own, read by question id through pcd.packs.
UNRELATED = {
    ("hipaa:164.502(a)(5)(i)", "genetic"): r"genetic|dna|\bgenes?\b|family (?:medical )?history|hereditar",
    ("hipaa:164.508(a)(2)", "psychotherapy_notes"): r"psychotherap|therap|counsel|mental|psychiatr|psycholog",
    ("hipaa:164.508(a)(3)", "marketing"): r"market|promot|advertis|discount|offer|brochure|newsletter|sell|product",
    ("hipaa:164.510(a)", "directory"): r"directory",
    ("hipaa:164.510(b)", "disaster"): r"disaster|red cross|hurricane|flood|earthquake|relief",
    ("hipaa:164.512(g)", "coroner"): r"coroner|examiner|died|death|deceased|autopsy|dead",
    ("hipaa:164.512(g)", "funeral"): r"funeral|died|death|deceased|dead",
    ("hipaa:164.512(h)", "organ"): r"organ|tissue|transplant|donor|donat",
    ("hipaa:164.512(k)", "military"): r"military|armed forces|army|navy|air force|soldier|veteran|service member",
    ("hipaa:164.512(k)", "national_security"): r"intelligence|national security|federal|fbi|cia|president|secret",
    ("hipaa:164.512(k)", "inmate"): r"inmate|prison|jail|correctional|custody|arrest",
    ("hipaa:164.512(l)", "workers_comp"): r"workers'? ?comp|work-related|injur|on the job|workplace",
    ("hipaa:164.512(b)", "school"): r"school|immuni|vaccin|student",
    ("hipaa:164.406", "over_500"): r"breach|hack|stolen|lost|\b\d{3,}\b|media|residents",
    ("hipaa:164.406", "media"): r"media|news|press|newspaper|breach|television|tv\b",
    ("hipaa:164.514(b)", "expert"): r"de-?identif|statistic|expert|anonymi|identifier",
    ("hipaa:164.512(i)", "decedents"): r"research|study|trial|died|deceased|death",
}


def unrelated_questions() -> list[tuple[str, re.Pattern]]:
    from pcd.packs import provision

    def text(pid, key):
        return next(q.text for q in provision(pid).policy.questions if q.id == key)

    return [(text(pid, key), re.compile(guard, re.I)) for (pid, key), guard in UNRELATED.items()]


def unrelated_pairs(row, questions, rng, k: int = 2):
    """Up to ``k`` pack questions on topics the narrative never mentions, answered "unknown"."""
    s = row["generate_background"]
    if row["generate_HIPAA_type"].strip() == "Not Applicable":
        return []
    free = [q for q, guard in questions if not guard.search(s)]
    return [{"scenario": s, "question": q, "answer": "unknown", "family": "goldcoin-unrelated"}
            for q in rng.sample(free, min(k, len(free)))]


def _clean(v):
    return str(v or "").strip().strip(";.").strip()


def pairs_for(row):
    try:
        ch = ast.literal_eval(row["generate_characteristics"])
    except (ValueError, SyntaxError):
        return []
    ch = {k: _clean(v) for k, v in ch.items()}
    s = row["generate_background"]
    label = row["generate_HIPAA_type"].strip()
    out = []

    def add(q, a, fam):
        out.append({"scenario": s, "question": q, "answer": a, "family": f"goldcoin-{fam}"})

    if label == "Not Applicable":
        add("Is the organization handling the information a covered entity (a health plan, a health care "
            "clearinghouse or a health care provider) or a business associate acting for one?", "no", "ce")
        return out
    if PROVIDER.search(ch.get("Sender Role", "")):
        add("Is the organization handling the information a covered entity (a health plan, a health care "
            "clearinghouse or a health care provider) or a business associate acting for one?", "yes", "ce")
    if ch.get("About Role", "").lower().startswith("patient"):
        add("Is the information health information that identifies an individual patient or plan member "
            "(protected health information)?", "yes", "phi")
    rec = ch.get("Recipient Role", "")
    if LAW.search(rec):
        add("Is the information disclosed to a law enforcement official, such as the police, for a law "
            "enforcement purpose?", "yes", "law-enforcement")
    if FAMILY.search(rec):
        add("Is the information shared with a family member, relative, close friend or other person involved in "
            "the individual's care or payment, or to notify them of the individual's location, condition or "
            "death?", "yes", "family")
    if rec.lower() == ch.get("About Role", "").lower() or ch.get("Recipient") == ch.get("About"):
        add("Is the information disclosed to the individual it is about?", "yes", "to-individual")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", default="corpora/qa_goldcoin")
    ap.add_argument("--include-validation", action="store_true", help="also write validation pairs (not for training)")
    ap.add_argument("--unrelated", type=int, default=0,
                    help="per applicable case, this many 'unknown' pairs on pack topics the narrative never mentions")
    args = ap.parse_args()
    unrelated = unrelated_questions() if args.unrelated else []
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    splits = {"train": "train_generate_cases_hipaa_applicability.csv"}
    if args.include_validation:
        splits["validation"] = "val_generate_cases_hipaa_applicability.csv"
    for split, fname in splits.items():
        with open(Path(args.data) / fname, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        rng = random.Random(0)
        pairs = [dict(p, split=split) for r in rows
                 for p in pairs_for(r) + (unrelated_pairs(r, unrelated, rng, args.unrelated) if args.unrelated else [])]
        (out / f"{split}.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs),
                                            encoding="utf-8")
        counts = {}
        for p in pairs:
            counts[(p["family"], p["answer"])] = counts.get((p["family"], p["answer"]), 0) + 1
        print(split, len(pairs), dict(sorted(counts.items())))
    (out / "NOTICE.md").write_text(
        "Derived from GoldCoin (HKUST-KnowComp/GoldCoin, Apache-2.0; Fan et al., EMNLP 2024): case narratives "
        "copied verbatim, questions and answers derived from `generate_characteristics` by "
        "scripts/build_goldcoin_qa.py.\n", encoding="utf-8")


if __name__ == "__main__":
    main()
