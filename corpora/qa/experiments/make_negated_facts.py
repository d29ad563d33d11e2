"""Generate corpora/qa/negated_facts.jsonl: first-person situations that deny, list or stop things,
asked second-person yes/no questions.

    python corpora/qa/experiments/make_negated_facts.py          # deterministic (seed 0)

Not part of the answerer's training data: this folder is not read by scripts/train_answerer.py (see
corpora/qa/README.md, "Tried and not used").

Every template and word list below was written by hand for this project from general knowledge
(UK / US benefits, documents, services, family); nothing is derived from ShARC dev data or any
evaluation data. Families (the ``family`` field):

* ``denied-list``: "I don't get Income Support, Pension Credit or Housing Benefit." / "I receive
  neither X nor Y." -> every listed item "no"; an item not mentioned "unknown";
* ``denied-all``: "I don't receive any benefits." -> every benefit "no"; a question on another kind of
  thing (a car, a child) "unknown";
* ``stated-list``: "I get Child Benefit and Carer's Allowance." -> each listed item "yes"; others "unknown"
  (people get several benefits at once);
* ``stopped``: "I used to get X but it stopped last year." / "I no longer claim X." -> "Do you get X?" "no",
  "Have you ever received X?" "yes";
* ``never``: "I have never claimed X." -> "Have you claimed X before?" "no", "Do you get X?" "no";
* ``someone-else``: "I don't get X, but my husband does." -> "Do you get X?" "no", "Does your partner get X?"
  "yes"; "My mother gets X." -> "Do you get X?" "unknown";
* ``has-none``: "We have no children." / "I don't own a car." / "I have no savings." -> "no" to having it
  (in several wordings), "unknown" to unrelated things.

About half the scenarios carry a distractor sentence that touches none of the things asked about.
Pairs in ``HELDOUT`` of make_templated.py are never written.
"""

from __future__ import annotations

import importlib.util
import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "negated_facts.jsonl"

BENEFITS = ["Income Support", "Jobseeker's Allowance", "Pension Credit", "Universal Credit", "Housing Benefit",
            "Child Benefit", "Carer's Allowance", "Disability Living Allowance", "Attendance Allowance",
            "Working Tax Credit", "Child Tax Credit", "Employment and Support Allowance", "SNAP benefits", "Medicaid",
            "Supplemental Security Income", "a VA pension", "Personal Independence Payment", "Council Tax Reduction",
            "Bereavement Support Payment", "Statutory Sick Pay", "Maternity Allowance", "Winter Fuel Payment"]
GET_Q = ["Do you get {x}?", "Are you getting {x}?", "Do you receive {x}?", "Are you claiming {x}?", "Are you on {x}?",
         "Do you currently receive {x}?"]
EVER_Q = ["Have you ever received {x}?", "Have you claimed {x} before?", "Did you get {x} in the past?"]
PARTNER_Q = ["Does your partner get {x}?", "Does your husband or wife receive {x}?", "Is your partner claiming {x}?"]
PARTNERS = ["husband", "wife", "partner"]

# things one has or does not have: (statement of having none, questions answered "no", unrelated questions)
HAS_NONE = [
    (["We have no children.", "I don't have any kids.", "I have no children of my own."],
     ["Do you have any children?", "Are you responsible for a child under 16?", "Do you have a child under 5 living with you?",
      "Are you looking after children under 12?", "Do you have dependent children?"]),
    (["I don't own a car.", "I have never owned a vehicle.", "I don't have a car."],
     ["Do you own a car?", "Do you have a vehicle?", "Is the car registered in your name?"]),
    (["I have no savings.", "I don't have any savings at all.", "I have nothing saved."],
     ["Do you have savings over £16,000?", "Do you have any savings?", "Are your savings more than £6,000?"]),
    (["I'm not married.", "I have never been married.", "I'm single and have never married."],
     ["Are you married?", "Are you married or in a civil partnership?", "Is your marriage valid in the UK?"]),
    (["I don't have a job.", "I'm not working at the moment.", "I am currently unemployed."],
     ["Are you employed?", "Do you work at least 16 hours a week?", "Are you working?", "Does your employer pay you?"]),
    (["I have never served in the military.", "I have never been in the armed forces.", "I did not serve in the military."],
     ["Are you a veteran?", "Did you serve in the armed forces?", "Are you a member of the armed forces?"]),
    (["I don't have a mortgage.", "I own my home outright, with no mortgage.", "There is no mortgage on my house."],
     ["Do you have a mortgage?", "Are you paying a mortgage?", "Is your home mortgaged?"]),
    (["I don't have a disability.", "I'm not disabled.", "I have no disabilities or long-term illness."],
     ["Are you disabled?", "Do you have a disability?", "Do you have a long-term illness or disability?"]),
    (["I have no pension.", "I never paid into a pension.", "I don't have any private pensions."],
     ["Do you have a private pension?", "Do you have any pensions?", "Are you paying into a pension?"]),
]
# asked where the scenario touches none of them (no rent, self-employment or income question: "I own my home
# outright" or "I don't have a job" would decide those)
UNRELATED = ["Do you live in Scotland?", "Are you over 65?", "Are you a student?", "Do you have a National Insurance number?",
             "Were you born in the UK?", "Do you have a driving licence?"]
DISTRACTORS = ["I live in a small town near the coast.", "My birthday is in March.", "I enjoy gardening at weekends.",
               "I moved house two years ago.", "I speak English and French.", "The weather here has been awful.",
               "I walk my dog every morning.", "My brother lives in Canada."]


def _heldout() -> set[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("make_templated", HERE.parent / "make_templated.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return set(mod.HELDOUT)


def _listing(items: list[str], conj: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conj} " + items[-1]


def _with_distractor(rng: random.Random, sentences: list[str]) -> str:
    if rng.random() < 0.5:
        sentences = list(sentences)
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(DISTRACTORS))
    return " ".join(sentences)


def _others(rng: random.Random, used: list[str], k: int) -> list[str]:
    return rng.sample([b for b in BENEFITS if b not in used], k)


def generate(rng: random.Random) -> list[dict]:
    rows: list[dict] = []

    def add(scenario: str, question: str, answer: str, family: str) -> None:
        rows.append({"scenario": scenario, "question": question, "answer": answer, "family": family})

    for _ in range(90):  # denied-list
        items = rng.sample(BENEFITS, rng.choice([1, 2, 3]))
        if len(items) == 2 and rng.random() < 0.5:
            s = f"I receive neither {items[0]} nor {items[1]}."
        else:
            s = rng.choice(["I don't get {}.", "I do not receive {}.", "I'm not claiming {}.", "I'm not on {}."]).format(
                _listing(items, "or"))
        s = _with_distractor(rng, [s])
        for x in rng.sample(items, min(2, len(items))):
            add(s, rng.choice(GET_Q).format(x=x), "no", "denied-list")
        add(s, rng.choice(GET_Q).format(x=_others(rng, items, 1)[0]), "unknown", "denied-list")
    for _ in range(40):  # denied-all
        s = _with_distractor(rng, [rng.choice(["I don't receive any benefits.", "I don't get any benefits at all.",
                                               "I'm not on any benefits.", "I have never claimed any benefits."])])
        for x in rng.sample(BENEFITS, 2):
            add(s, rng.choice(GET_Q).format(x=x), "no", "denied-all")
        add(s, rng.choice(UNRELATED), "unknown", "denied-all")
    for _ in range(80):  # stated-list
        items = rng.sample(BENEFITS, rng.choice([1, 2, 3]))
        s = rng.choice(["I get {}.", "I receive {}.", "I'm currently claiming {}.", "At the moment I'm on {}."]).format(
            _listing(items, "and"))
        s = _with_distractor(rng, [s])
        for x in rng.sample(items, min(2, len(items))):
            add(s, rng.choice(GET_Q).format(x=x), "yes", "stated-list")
        add(s, rng.choice(GET_Q).format(x=_others(rng, items, 1)[0]), "unknown", "stated-list")
    for _ in range(50):  # stopped
        x = rng.choice(BENEFITS)
        bare = x.removeprefix("a ")
        s = rng.choice([f"I used to get {x} but it stopped last year.", f"I no longer claim {x}.",
                        f"My {bare} ended in 2019.", f"I stopped receiving {x} when I moved."])
        s = _with_distractor(rng, [s])
        add(s, rng.choice(GET_Q).format(x=x), "no", "stopped")
        add(s, rng.choice(EVER_Q).format(x=x), "yes", "stopped")
    for _ in range(40):  # never
        x = rng.choice(BENEFITS)
        s = _with_distractor(rng, [rng.choice([f"I have never claimed {x}.", f"I've never received {x}.",
                                                f"I have never applied for {x} before."])])
        add(s, rng.choice(EVER_Q).format(x=x), "no", "never")
        add(s, rng.choice(GET_Q).format(x=x), "no", "never")
    for _ in range(60):  # someone-else
        x = rng.choice(BENEFITS)
        who = rng.choice(PARTNERS)
        if rng.random() < 0.5:
            s = f"I don't get {x}, but my {who} does."
            add(s, rng.choice(GET_Q).format(x=x), "no", "someone-else")
            add(s, rng.choice(PARTNER_Q).format(x=x), "yes", "someone-else")
        else:
            s = f"My {rng.choice(['mother', 'son', 'neighbour', 'sister'])} gets {x}."
            add(_with_distractor(rng, [s]), rng.choice(GET_Q).format(x=x), "unknown", "someone-else")
    for statements, questions in HAS_NONE:  # has-none
        for s0 in statements:
            for q in rng.sample(questions, min(3, len(questions))):
                add(_with_distractor(rng, [s0]), q, "no", "has-none")
            add(_with_distractor(rng, [s0]), rng.choice(UNRELATED), "unknown", "has-none")
    return rows


def main() -> None:
    rng = random.Random(0)
    held = _heldout()
    seen: set[tuple[str, str]] = set()
    out = []
    for r in generate(rng):
        key = (r["scenario"], r["question"])
        if key in held or key in seen:
            continue
        seen.add(key)
        out.append(r)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(len(out), "rows", dict(Counter(r["answer"] for r in out)), dict(Counter(r["family"] for r in out)))


if __name__ == "__main__":
    main()
