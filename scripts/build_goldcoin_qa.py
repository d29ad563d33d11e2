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
"""

import argparse
import ast
import csv
import json
import re
from pathlib import Path

PROVIDER = re.compile(r"doctor|physician|nurse|hospital|clinic|health ?care provider|pharmac|therapist|psychiatr|"
                      r"dentist|surgeon|medical|provider|health plan|insur", re.I)
LAW = re.compile(r"police|law enforcement|detective|officer|fbi|prosecutor", re.I)
FAMILY = re.compile(r"wife|husband|spouse|mother|father|son|daughter|sister|brother|family|relative|friend|parent", re.I)


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
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    splits = {"train": "train_generate_cases_hipaa_applicability.csv"}
    if args.include_validation:
        splits["validation"] = "val_generate_cases_hipaa_applicability.csv"
    for split, fname in splits.items():
        with open(Path(args.data) / fname, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        pairs = [dict(p, split=split) for r in rows for p in pairs_for(r)]
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
