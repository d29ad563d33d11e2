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

``--balanced`` adds "no" (and more "yes") pairs on who receives the information (law enforcement, family, the
individual), why (treatment, research) and whether the individual authorized it, from the annotated roles,
purpose and consent (for consent, the narrative's own "without her consent" / "signed" wording too). Tried
2026-11-29 as a HIPAA-only answerer (``--balanced --unrelated 1`` to a separate folder, 2,039 pairs, then
``train_answerer.py --init pcd/models/answerer --mix real,curated,goldcoin --goldcoin-dir THAT_FOLDER
--part-cap real=300,curated=1200 --lr 5e-5 --epochs 2``, 7 min): the yes-bias weakened (probe: yes 539, no 58,
unknown 203 of 800) and ShARC dev QA held (0.594), but GoldCoin compliance macro-F1 fell (similarity retrieval,
all 658: 0.566 -> 0.534; validation 20 unchanged 0.436; oracle provision 0.655 -> 0.614) and GDPR model answers
fell (0.422 -> 0.296), so it is not shipped and no separate HIPAA answerer exists.
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


# Roles a recipient can have, read from the annotated "Recipient Role" (first match wins).
ROLE_CLASSES = [
    ("patient", r"^patient$|^the patient$|^individual$"),
    ("law", LAW.pattern),
    ("family", FAMILY.pattern),
    ("research", r"research|university|scientist|study"),
    ("employer", r"employer|hr\b|human resources|manager|supervisor|plan sponsor"),
    ("legal", r"attorney|lawyer|legal|court|judge"),
    ("associate", r"business associate|vendor|contractor|consult"),
    ("insurer", r"insur|health plan"),
    ("provider", r"doctor|physician|nurse|hospital|clinic|health ?care provider|pharmac|therapist|psychiatr|dentist|"
                 r"surgeon|specialist|cardiolog|oncolog|practitioner|radiolog|neurolog|pediatric"),
    ("media", r"journalist|reporter|media|news"),
]
TREATMENT = re.compile(r"treat|care|consult|referr|diagnos|surgery|prescri|therapy", re.I)
# "yes" / "no" per recipient class, for pack questions about who receives the information; a class absent from a
# question's map leaves it unanswered (a specialist may or may not count as "involved in the individual's care").
RECIPIENT_QUESTIONS = {
    ("hipaa:164.512(f)", "law_enforcement"): {"yes": {"law"}, "no": {"patient", "family", "research", "employer",
                                                                      "associate", "provider", "media", "insurer"}},
    ("hipaa:164.510(b)", "involved"): {"yes": {"family"}, "no": {"law", "research", "employer", "legal", "associate",
                                                                 "media", "insurer"}},
    ("hipaa:164.502(a)", "to_individual"): {"yes": {"patient"}, "no": {"law", "family", "research", "employer", "legal",
                                                                     "associate", "provider", "media", "insurer"}},
}
AUTHORIZED = [("hipaa:164.502(a)", "authorized"), ("hipaa:164.508(a)(1)", "authorized"),
              ("hipaa:164.508(b)", "authorized"), ("hipaa:164.502(b)", "authorized")]
CONSENT_WITHHELD = re.compile(r"revok|declin|opt(?:ed)? out|refus|withdr|\bnot\b", re.I)
WITHOUT_CONSENT = re.compile(r"without (?:\w+ ){0,3}(?:consent|authori[sz]ation|permission)|"
                             r"(?:did not|didn't|never) (?:\w+ ){0,2}(?:consent|authori[sz]e|sign|agree)", re.I)
WITH_CONSENT = re.compile(r"\bsigned\b|written (?:consent|authori[sz]ation)|gave (?:\w+ ){0,2}(?:consent|permission|"
                          r"authori[sz]ation)|\bconsented\b|\bauthori[sz]ed\b", re.I)


def pack_question(pid: str, key: str) -> str:
    from pcd.packs import provision

    return next(q.text for q in provision(pid).policy.questions if q.id == key)


def recipient_class(role: str) -> str | None:
    for name, pattern in ROLE_CLASSES:
        if re.search(pattern, role, re.I):
            return name
    return None


def balanced_pairs(row, rng):
    """"No" as well as "yes" for who receives the information, why, and whether the individual authorized it,
    where the annotation (and, for consent, the narrative's own words) decides; one authorization question per case."""
    try:
        ch = ast.literal_eval(row["generate_characteristics"])
    except (ValueError, SyntaxError):
        return []
    if row["generate_HIPAA_type"].strip() == "Not Applicable":
        return []
    ch = {k: _clean(v) for k, v in ch.items()}
    s = row["generate_background"]
    out = []

    def add(pid, key, a, fam):
        out.append({"scenario": s, "question": pack_question(pid, key), "answer": a, "family": f"goldcoin-{fam}"})

    about = ch.get("About Role", "").lower()
    role = ch.get("Recipient Role", "")
    cls = "patient" if role.lower() == about and about.startswith("patient") else recipient_class(role)
    for (pid, key), answers in RECIPIENT_QUESTIONS.items():
        for value, classes in answers.items():
            if cls in classes:
                add(pid, key, value, f"recipient-{value}")
    purpose = ch.get("Purpose", "")
    if cls == "provider" and TREATMENT.search(purpose):
        add("hipaa:164.506", "treatment_other", "yes", "purpose-yes")
    elif cls in {"law", "research", "employer", "legal", "media"} and purpose != "None" and not TREATMENT.search(purpose):
        add("hipaa:164.506", "treatment_other", "no", "purpose-no")
    if re.search(r"research|stud", purpose, re.I):
        add("hipaa:164.512(i)", "research", "yes", "purpose-yes")
    elif TREATMENT.search(purpose) and cls in {"provider", "patient", "family"}:
        add("hipaa:164.512(i)", "research", "no", "purpose-no")
    consent = ch.get("Consented By", "")
    pid, key = rng.choice(AUTHORIZED)
    if CONSENT_WITHHELD.search(consent) or (consent.lower() in {"none", ""} and WITHOUT_CONSENT.search(s)):
        add(pid, key, "no", "consent-no")
    elif consent.lower() not in {"none", ""} and WITH_CONSENT.search(s) and not WITHOUT_CONSENT.search(s):
        add(pid, key, "yes", "consent-yes")
    if re.search(r"revok", consent + " " + s, re.I):
        add("hipaa:164.508(b)", "revoked", "yes", "revoked")
    return out


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
    ap.add_argument("--balanced", action="store_true",
                    help="also 'no' pairs (and more 'yes' pairs) on recipient, purpose and authorization questions")
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
                 for p in pairs_for(r) + (balanced_pairs(r, rng) if args.balanced else [])
                 + (unrelated_pairs(r, unrelated, rng, args.unrelated) if args.unrelated else [])]
        seen = set()  # one pair per (narrative, question): the balanced families repeat pairs_for's "yes" rows
        pairs = [p for p in pairs if (p["scenario"], p["question"]) not in seen and not seen.add((p["scenario"], p["question"]))]
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
