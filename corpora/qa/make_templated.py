"""Generate corpora/qa/templated.jsonl from the hand-written templates below.

    python corpora/qa/make_templated.py            # deterministic (seed 0)

Every template, word list and rule here was written by hand for this project; nothing is
derived from ShARC dev data. Labels follow from the template's logic (numbers compared,
mutually exclusive categories, stated consent, ...). Pairs listed in HELDOUT are never
written, so tests can check the trained model on them.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# (scenario, question) pairs that tests/answering uses as unseen examples.
HELDOUT = {
    ("I am 70 years old.", "Are you over 65?"),
    ("I'm buying a sports car.", "Is the item an ambulance?"),
    ("I live in France and work as a teacher.", "Do you have any children?"),
    ("I have never been married.", "Are you married?"),
    ("I work 40 hours a week.", "Do you work at least 16 hours a week?"),
}

ROLES = ["nurse", "teacher", "builder", "student", "shop assistant", "farmer", "driver", "carer", "cleaner", "engineer"]
NAMES = ["Sam", "Priya", "Tom", "Aisha", "Liam", "Mei", "Carlos", "Fatima", "Olga", "Ben"]


def age_pairs(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    s_forms = [
        "I am {n} years old.", "I'm {n}.", "I turned {n} last month.", "I'm a {n}-year-old {role}.",
        "I was born {n} years ago.", "I am {n} and I live alone.", "I'm {n} years of age and work as a {role}.",
    ]
    q_forms = [
        ("Are you over {t}?", lambda n, t: n > t), ("Are you under {t}?", lambda n, t: n < t),
        ("Are you {t} or older?", lambda n, t: n >= t), ("Are you aged {t} or over?", lambda n, t: n >= t),
        ("Are you at least {t} years old?", lambda n, t: n >= t), ("Are you younger than {t}?", lambda n, t: n < t),
        ("Are you older than {t}?", lambda n, t: n > t), ("Are you over the age of {t}?", lambda n, t: n > t),
        ("Are you under {t} years old?", lambda n, t: n < t),
    ]
    for _ in range(220):
        t = rng.choice([16, 18, 19, 21, 25, 55, 60, 62, 65, 66, 67, 75, 80])
        n = max(1, t + rng.choice([-30, -12, -5, -2, -1, 0, 1, 2, 4, 9, 20]))
        s = rng.choice(s_forms).format(n=n, role=rng.choice(ROLES))
        qf, fn = rng.choice(q_forms)
        out.append((s, qf.format(t=t), "yes" if fn(n, t) else "no"))
    # an age question the scenario does not decide
    for _ in range(40):
        s = rng.choice(["I work as a {role}.", "I live with my partner.", "I have a {role} job in town."]).format(role=rng.choice(ROLES))
        qf, _fn = rng.choice(q_forms)
        out.append((s, qf.format(t=rng.choice([18, 60, 65])), "unknown"))
    return out


def quantity_pairs(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    units = [
        ("I earn £{n} a week.", ["Do you earn more than £{t} a week?", "Do you earn less than £{t} a week?", "Is your weekly income at least £{t}?"], [100, 120, 166, 200, 500]),
        ("I work {n} hours a week.", ["Do you work more than {t} hours a week?", "Do you work fewer than {t} hours a week?", "Do you work at least {t} hours per week?"], [10, 16, 20, 24, 30, 35]),
        ("I have lived in the UK for {n} years.", ["Have you lived in the UK for more than {t} years?", "Have you lived in the UK for at least {t} years?", "Have you lived in the UK for less than {t} years?"], [1, 2, 3, 5, 10]),
        ("My savings are ${n}.", ["Do you have more than ${t} in savings?", "Are your savings under ${t}?"], [2000, 3000, 6000, 16000]),
        ("I've been off work sick for {n} days.", ["Have you been off sick for more than {t} days?", "Have you been sick for at least {t} days?"], [3, 4, 7, 28]),
        ("My business has {n} employees.", ["Does your business have fewer than {t} employees?", "Does your business employ more than {t} people?"], [10, 50, 250, 500]),
        ("I need a loan of ${n}.", ["Do you need a loan of more than ${t}?", "Is the loan for less than ${t}?"], [5000, 50000, 2000000]),
        ("I care for my mother {n} hours a week.", ["Do you care for someone at least {t} hours a week?", "Do you spend more than {t} hours a week caring?"], [20, 35]),
    ]
    for _ in range(260):
        s_form, q_forms, ts = rng.choice(units)
        t = rng.choice(ts)
        n = max(1, int(t * rng.choice([0.3, 0.5, 0.9, 1.0, 1.1, 1.5, 3])))
        qf = rng.choice(q_forms)
        if "more than" in qf or "over" in qf:
            lab = n > t
        elif "less than" in qf or "fewer than" in qf or "under" in qf:
            lab = n < t
        else:  # at least
            lab = n >= t
        out.append((s_form.format(n=n), qf.format(t=t), "yes" if lab else "no"))
    # children counts, including none
    for _ in range(50):
        n = rng.choice([0, 0, 1, 2, 3, 4])
        s = "I don't have any children." if n == 0 else rng.choice(["I have {n} children.", "We have {n} kids.", "I'm a parent of {n}."]).format(n=n)
        q, lab = rng.choice([("Do you have any children?", n > 0), ("Do you have more than two children?", n > 2), ("Do you have at least one child?", n >= 1), ("Are you a parent?", n > 0)])
        out.append((s, q, "yes" if lab else "no"))
    return out


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date_pairs(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for _ in range(140):
        y = rng.randint(1990, 2023)
        m = rng.randint(1, 12)
        ty = y + rng.choice([-3, -1, 0, 0, 1, 2])
        tm = rng.randint(1, 12)
        event, q_event = rng.choice([
            ("I started my job in {M} {Y}.", "Did you start your job"),
            ("My child was born in {M} {Y}.", "Was your child born"),
            ("I moved to the UK in {M} {Y}.", "Did you move to the UK"),
            ("My husband died in {M} {Y}.", "Did your husband die"),
            ("I bought the house in {M} {Y}.", "Did you buy the house"),
            ("We got married in {M} {Y}.", "Did you get married"),
        ])
        s = event.format(M=MONTHS[m - 1], Y=y)
        rel = rng.choice(["before", "after", "on or after"])
        q = f"{q_event} {rel} {rng.randint(1, 28)} {MONTHS[tm - 1]} {ty}?"
        if (y, m) == (ty, tm):
            continue  # same month: the day decides, which the scenario does not give
        before = (y, m) < (ty, tm)
        lab = before if rel == "before" else not before
        out.append((s, q, "yes" if lab else "no"))
    return out


EXCLUSIVE = [
    ("I'm buying {x}.", "Is the item {y}?", ["a sports car", "an ambulance", "a motorbike", "a wheelchair", "a bicycle", "a tractor", "a caravan", "a boat"]),
    ("The item I'm importing is {x}.", "Is it {y}?", ["a work of art", "a medical device", "a computer", "a bottle of wine", "a piece of furniture", "children's clothing"]),
    ("I live in {x}.", "Do you live in {y}?", ["France", "Spain", "Canada", "Australia", "Germany", "India", "Ireland", "the United States"]),
    ("I am {x}.", "Are you {y}?", ["married", "single", "divorced", "widowed"]),
    ("I'm {x}.", "Are you {y}?", ["retired", "unemployed", "a full-time student", "employed by a bank"]),
    ("My business is {x}.", "Is your business {y}?", ["a sole trader", "a limited company", "a partnership", "a charity"]),
    ("I rent {x}.", "Do you rent {y}?", ["a flat from the council", "a room from a private landlord", "a house from a housing association"]),
    ("The payment was {x}.", "Was the payment {y}?", ["a gift from my parents", "a salary from my employer", "a lottery win", "a pension payment", "a student loan"]),
    ("I'm claiming for {x}.", "Are you claiming for {y}?", ["my son", "my mother", "myself", "my husband", "my neighbour"]),
    ("The land is used as {x}.", "Is the land {y}?", ["cropland", "woodland", "a car park", "pasture for sheep", "a golf course"]),
    ("I travel to work by {x}.", "Do you travel to work by {y}?", ["train", "bus", "car", "bicycle"]),
    ("I'm a citizen of {x}.", "Are you a citizen of {y}?", ["Brazil", "Japan", "Nigeria", "Poland", "the UK", "Mexico"]),
]
CONTAINED = [
    ("I live in England.", "Do you live in the UK?", "yes"), ("I live in Scotland.", "Do you live in the UK?", "yes"),
    ("I live in Wales.", "Are you a UK resident?", "yes"), ("I live in Paris.", "Do you live in the UK?", "no"),
    ("I live in Texas.", "Do you live in the United States?", "yes"), ("I live in Toronto.", "Do you live in the United States?", "no"),
    ("I live in Berlin.", "Do you live in the EU?", "yes"), ("I'm a farmer in Iowa.", "Do you live in the US?", "yes"),
    ("I work as a nurse at the hospital.", "Are you employed?", "yes"), ("I work as a nurse at the hospital.", "Are you unemployed?", "no"),
    ("I run my own plumbing business.", "Are you self-employed?", "yes"), ("I run my own plumbing business.", "Are you an employee?", "no"),
    ("I am a full-time student at university.", "Are you in full-time education?", "yes"), ("I left school last year and now work in a shop.", "Are you in full-time education?", "no"),
    ("My wife and I live together.", "Are you married?", "yes"), ("My wife and I live together.", "Do you live alone?", "no"),
    ("I served in the Army for ten years.", "Are you a veteran?", "yes"), ("I have never served in the military.", "Are you a veteran?", "no"),
]


def exclusion_pairs(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for s_form, q_form, xs in EXCLUSIVE:
        for x in xs:
            s = s_form.format(x=x)
            out.append((s, q_form.format(y=x), "yes"))
            for y in rng.sample([v for v in xs if v != x], min(3, len(xs) - 1)):
                out.append((s, q_form.format(y=y), "no"))
    for s, q, a in CONTAINED:
        out.append((s, q, a))
    return out


NEGATION = [
    ("I have never been married.", ["Have you ever been married?", "Are you married?"], "no"),
    ("I've never worked in the UK.", ["Have you worked in the UK?", "Have you ever had a job in the UK?"], "no"),
    ("I no longer receive Jobseeker's Allowance.", ["Do you receive Jobseeker's Allowance?", "Are you still getting Jobseeker's Allowance?"], "no"),
    ("I stopped working last year.", ["Are you currently working?", "Are you in work?"], "no"),
    ("Neither my wife nor I have a pension.", ["Do you have a pension?"], "no"),
    ("I haven't paid any National Insurance.", ["Have you paid National Insurance contributions?"], "no"),
    ("Nobody helps me with the costs.", ["Does anyone help you with the costs?"], "no"),
    ("I am not a British citizen.", ["Are you a British citizen?"], "no"),
    ("I'm not disabled and I don't have a long-term illness.", ["Do you have a disability?", "Do you have a long-term health condition?"], "no"),
    ("I refused to sign the form.", ["Did you sign the form?"], "no"),
    ("I didn't apply in time.", ["Did you apply on time?"], "no"),
    ("I failed to report the change.", ["Did you report the change?"], "no"),
    ("I still live with my parents.", ["Do you live with your parents?"], "yes"),
    ("I haven't stopped looking for work.", ["Are you looking for work?"], "yes"),
    ("It's not true that I'm unemployed.", ["Are you unemployed?"], "no"),
    ("I can't work because of my injury.", ["Are you able to work?", "Can you work?"], "no"),
    ("I was unable to attend the interview.", ["Did you attend the interview?"], "no"),
    ("I'm a widower since my wife passed away.", ["Has your spouse died?", "Is your wife alive?"], None),
    ("My son lives with me full time.", ["Does your child live with you?"], "yes"),
    ("My daughter moved out last year.", ["Does your daughter live with you?"], "no"),
    ("I lost my job in March.", ["Are you employed?"], "no"),
    ("I got my driving licence yesterday.", ["Do you have a driving licence?"], "yes"),
    ("I don't own a car.", ["Do you own a vehicle?", "Do you have a car?"], "no"),
]


def negation_pairs(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for s, qs, lab in NEGATION:
        for q in qs:
            if lab is None:
                lab2 = "yes" if "died" in q else "no"
            else:
                lab2 = lab
            out.append((s, q, lab2))
    return out


UNKNOWN_CONTEXT = [
    "I'm {n} and I live in {city}.", "I work as a {role} in {city}.", "My partner and I have just moved to {city}.",
    "I'm a {role} and I have a dog.", "I have been a {role} for {n} years.", "{name} is my neighbour and we share a garden.",
]
UNKNOWN_Q = [
    "Do you have any children?", "Are you receiving Universal Credit?", "Did you pay the fee?", "Is the property your main home?",
    "Are you a carer?", "Do you have a disability?", "Have you applied before?", "Is the business VAT registered?",
    "Did you sign an authorization form?", "Is the loan for working capital?", "Do you have a valid passport?",
    "Are you a member of the armed forces?", "Did the patient consent?", "Do you have savings over £16,000?",
]
CITIES = ["Leeds", "Glasgow", "Cardiff", "Boston", "Denver", "Perth", "Dublin", "Bristol"]


def unknown_pairs(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for _ in range(160):
        s = rng.choice(UNKNOWN_CONTEXT).format(n=rng.randint(20, 70), city=rng.choice(CITIES), role=rng.choice(ROLES), name=rng.choice(NAMES))
        out.append((s, rng.choice(UNKNOWN_Q), "unknown"))
    return out


# HIPAA / GDPR roles: (scenario template, question, answer)
PRIVACY = [
    ("{org} is a hospital that bills insurers electronically for its patients.", "Is {org} a covered entity?", "yes"),
    ("{org} is a health plan that pays for its members' medical care.", "Is {org} a covered entity?", "yes"),
    ("{org} is a healthcare clearinghouse that converts billing data for clinics.", "Is {org} a covered entity?", "yes"),
    ("{org} is a shoe shop that keeps a list of its customers' addresses.", "Is {org} a covered entity?", "no"),
    ("{org} is a bank that processes mortgage applications.", "Is {org} a covered entity?", "no"),
    ("{org} is a software vendor that hosts patient records on behalf of a hospital.", "Is {org} a business associate?", "yes"),
    ("{org} is a software vendor that hosts patient records on behalf of a hospital.", "Is {org} a covered entity?", "no"),
    ("{org} is a billing company that handles claims for a clinic under contract.", "Is {org} a business associate?", "yes"),
    ("{org} is a hospital treating its own patients.", "Is {org} a business associate?", "no"),
    ("Dr. {name} sent the patient's lab results to a specialist.", "Is the information protected health information?", "yes"),
    ("Dr. {name} sent the patient's diagnosis to her employer.", "Does the disclosure involve health information?", "yes"),
    ("{org} shared its employees' salary data with an auditor.", "Is the information protected health information?", "no"),
    ("{org} published anonymous statistics with no names or identifiers.", "Is the data individually identifiable?", "no"),
    ("The patient signed a written authorization allowing the disclosure.", "Did the patient give authorization?", "yes"),
    ("The clinic sent the records without asking the patient.", "Did the patient give authorization?", "no"),
    ("The clinic sent the records without asking the patient.", "Did the patient consent to the disclosure?", "no"),
    ("{name} agreed in writing that her data could be shared with researchers.", "Did the individual consent?", "yes"),
    ("{name} refused to let the clinic share her records.", "Did the individual consent?", "no"),
    ("Dr. {name} disclosed the records to the police under a court order.", "Was the disclosure required by law?", "yes"),
    ("Dr. {name} disclosed the records to a marketing firm for advertising.", "Is the disclosure for treatment?", "no"),
    ("Dr. {name} disclosed the records to a marketing firm for advertising.", "Is the disclosure for marketing?", "yes"),
    ("The hospital sent the X-rays to another doctor treating the patient.", "Is the disclosure for treatment purposes?", "yes"),
    ("The hospital sent the bill to the patient's insurer for payment.", "Is the disclosure for payment?", "yes"),
    ("We decide why and how our customers' data is processed.", "Are you the data controller?", "yes"),
    ("We run payroll for our clients and only follow their instructions about the data.", "Are you the data controller?", "no"),
    ("We run payroll for our clients and only follow their instructions about the data.", "Are you a data processor?", "yes"),
    ("{org} decides what data its app collects and uses it for its own analytics.", "Is {org} a processor acting on someone else's behalf?", "no"),
    ("We use customers' email addresses to send newsletters about our products.", "Is the data used for direct marketing?", "yes"),
    ("We use customers' addresses only to deliver their orders.", "Is the data used for direct marketing?", "no"),
    ("We use customers' addresses only to deliver their orders.", "Is the processing necessary to perform a contract?", "yes"),
    ("Our customers live in Germany and France.", "Are the data subjects in the EU?", "yes"),
    ("All our customers live in Canada and we have no office in Europe.", "Are the data subjects in the EU?", "no"),
    ("Our app is used by children aged 10 to 12.", "Does the processing concern children's data?", "yes"),
    ("Our service is only for adults over 21.", "Does the processing concern children's data?", "no"),
    ("We store customers' health records and genetic test results.", "Do you process special category data?", "yes"),
    ("We only store customers' names and delivery addresses.", "Do you process special category data?", "no"),
    ("Users tick a box agreeing to our newsletter before we email them.", "Have the users given consent?", "yes"),
    ("We added everyone who bought from us to our mailing list without asking.", "Have the users given consent?", "no"),
    ("We transfer our customer database to a server in the United States.", "Is personal data transferred outside the EU?", "yes"),
    ("All our data stays on servers in Ireland.", "Is personal data transferred outside the EU?", "no"),
    ("A hacker accessed our customer database last week.", "Has there been a personal data breach?", "yes"),
    ("{org} is a hospital that bills insurers electronically for its patients.", "Did the patient consent?", "unknown"),
    ("We decide why and how our customers' data is processed.", "Are the data subjects in the EU?", "unknown"),
    ("{org} is a software vendor that hosts patient records on behalf of a hospital.", "Was the disclosure required by law?", "unknown"),
    ("Our customers live in Germany and France.", "Are you the data controller?", "unknown"),
    ("The patient signed a written authorization allowing the disclosure.", "Is the disclosure for marketing?", "unknown"),
]
ORGS = ["Acme Health", "Northside Clinic", "BlueCare", "DataWorks", "ShopRight", "MediSoft", "Riverside", "CityBank"]


def privacy_pairs(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for s, q, a in PRIVACY:
        for _ in range(4):
            org, name = rng.choice(ORGS), rng.choice(NAMES)
            out.append((s.format(org=org, name=name), q.format(org=org, name=name), a))
    return out


def generate(seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    seen = set()
    for fam, fn in [("age", age_pairs), ("quantity", quantity_pairs), ("date", date_pairs), ("exclusion", exclusion_pairs),
                    ("negation", negation_pairs), ("unknown", unknown_pairs), ("privacy", privacy_pairs)]:
        for s, q, a in fn(rng):
            if (s, q) in HELDOUT or (s, q) in seen:
                continue
            seen.add((s, q))
            rows.append({"scenario": s, "question": q, "answer": a, "family": fam})
    return rows


if __name__ == "__main__":
    rows = generate(0)
    out = Path(__file__).with_name("templated.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    print(f"wrote {len(rows)} rows to {out}")
    print(Counter(r["family"] for r in rows), Counter(r["answer"] for r in rows))
