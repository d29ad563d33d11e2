"""Generate corpora/qa/contrasts.jsonl: contrastive first-person situations asked second-person
yes/no questions where word overlap between question and scenario points the wrong way.

    python corpora/qa/experiments/make_contrasts.py          # deterministic (seed 0)

Every template, word list, table and rule below was written by hand for this project from general
knowledge (UK / US / Australian benefits, tax, visas, work, study, housing, loans, exporting,
health privacy); nothing is derived from ShARC dev data, ``corpora/cases/`` or any evaluation data.

Families and their labelling convention:

* ``antonym-status``: mutually exclusive statuses (full-time / part-time study and work, employee /
  self-employed, employed / unemployed, working / retired, single / married, renting / owning,
  paid / unpaid leave, care and work, permanent / temporary contract and residence, UK resident /
  living abroad, state / private school, NHS / private treatment, public / private sector, new /
  used vehicle, alive / died, dates before / after a stated date (labels computed), inside /
  outside the UK / US / EU (unambiguous places only), day / night shifts, first-time / repeat
  applicant). The scenario states one side: a question about the other side is "no", the same
  side in other words is "yes"; attributes the statement leaves open (a part-time student's job
  hours, another relative, another application) are "unknown".
* ``affix-negation``: a scenario word whose affix negates the question's key word ("unpaid leave"
  -> "Is your leave paid?" no, "uninsured", "non-EU national", "non-profit", "tax-free",
  "disaster-free area", "ex-husband / divorced", "self-funded", "rent-free", ...) -> "no"; the
  affix-free word stated -> "yes"; questions that use the negated form ("Are you a non-smoker?")
  are labelled by what the scenario says; related but untouched attributes sharing the same affix
  or root ("I'm self-funding my course" -> "Are you self-employed?") are "unknown".
* ``exclusive-slot``: the scenario names the one thing an activity is about (the decision appealed,
  the claim, the loan applied for, the course, the grant, the shipment, the imported vehicle, the
  visa applied for, the complaint, the tax return's year, ...) and the question names another
  value of the same slot, usually sharing words (Child Benefit / Housing Benefit, Tier 2 / Tier 4)
  -> "no"; the same value -> "yes". Non-exclusive facts (benefits received, degrees held, visas
  held before, goods a firm exports in general, people one helps care for) asked about another
  value -> "unknown", and a non-exclusive fact asked as the slot (or the other way round) ->
  "unknown". Pairs that can coexist in one decision or overlap in meaning are skipped.
* ``implied-fact``: common-knowledge implications, only where unambiguous: named long-term
  conditions (multiple sclerosis, cerebral palsy, blindness, full-time wheelchair use, ...) ->
  disabled "yes"; a baby born last week -> pregnant "no"; a husband who died last month ->
  widowed "yes", partner alive "no"; a second-year undergraduate -> student "yes"; aged 17 ->
  adult "no"; weeks of pregnancy against thresholds (computed). Implications that do not hold
  (a broken arm -> long-term disability, a nurse or a care worker -> disabled, a father who died
  -> widowed, a disabled child -> are *you* disabled) are "unknown".
* ``hipaa-roles``: a clinic, hospital, pharmacy or practice staff member says to whom they gave a
  patient's information and why; questions ask who received it (law enforcement, family member,
  employer, media, researcher, health care provider, health plan, the individual), for what
  purpose (treatment, payment, marketing, research) and whether a written authorization was
  signed (signed -> yes; refused / did not sign / without consent -> no; not mentioned ->
  unknown). Whatever the scenario does not say is "unknown".

Pairs where a careful reader could disagree are skipped rather than guessed (for example civil
partnership -> "Are you married?", agency temps -> fixed-term contract, cancer or diabetes ->
"disabled", combined Housing Benefit / Council Tax Reduction decisions, Universal Credit with
tax credits, small business loans vs business loans, Skilled Worker vs Health and Care visas).
About half the scenarios carry one irrelevant distractor sentence that never touches the
attribute asked. Scenarios are at most 35 words. Pairs in ``HELDOUT`` of make_templated.py are
never written.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

HERE = Path(__file__).resolve().parent
OUT = HERE / "contrasts.jsonl"
MAX_WORDS = 35

Row = tuple[str, str, str]


def _heldout() -> set[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("make_templated", HERE.parent / "make_templated.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return set(mod.HELDOUT)


# --------------------------------------------------------------------------------------------
# helpers

def an(x: str) -> str:
    return ("an " if x[0].lower() in "aeiou" else "a ") + x


def yn(b: bool) -> str:
    return "yes" if b else "no"


def words(s: str) -> int:
    return len(s.split())


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# Irrelevant sentences; tags name what they touch, so a distractor never answers (or contradicts)
# the question or the key fact.
DISTRACTORS = [
    ("It has been raining here all week.", set()),
    ("A friend told me to get in touch.", set()),
    ("I'm asking because the guidance online is confusing.", set()),
    ("I found your website through a search engine.", set()),
    ("I'm not sure which form I need.", set()),
    ("I've been reading about this for days.", set()),
    ("My neighbour suggested I ask you.", set()),
    ("I'd like to get this sorted before the summer.", set()),
    ("I hope this is the right place to ask.", set()),
    ("I tried to call last week but couldn't get through.", set()),
    ("I'm writing this on my phone, sorry for any typos.", set()),
    ("Thanks in advance for your help.", set()),
    ("I have two cats.", {"pets"}),
    ("We have a dog called Max.", {"pets", "household"}),
    ("I enjoy gardening at the weekend.", {"hobby"}),
    ("I'm learning to play the guitar.", {"hobby"}),
    ("I love cooking for friends.", {"hobby"}),
    ("I go swimming most mornings.", {"hobby", "health"}),
    ("I support my local football team.", {"hobby"}),
    ("I read a lot of crime novels.", {"hobby"}),
    ("I'm a keen cyclist.", {"hobby", "health", "vehicle"}),
    ("My sister lives nearby.", {"family"}),
    ("My parents are both retired now.", {"family", "age", "work"}),
    ("My brother helped me write this.", {"family"}),
    ("My daughter is starting school in September.", {"children", "family", "age", "study"}),
    ("My husband thinks I should check.", {"marital", "family"}),
    ("My wife usually deals with our paperwork.", {"marital", "family"}),
]

_AUTO = [
    (("wife", "husband", "partner", "married", "marriage", "widow", "divorc", "spouse", "boyfriend",
      "girlfriend", "single", "couple", "fianc", "engaged", "relationship"), {"marital", "family"}),
    (("child", "son", "daughter", "kids", "baby", "parent", "pregnan", "birth", "school", "mum",
      "dad", "mother", "father", "twin"), {"children", "family"}),
    (("brother", "sister", "family", "cousin", "relative", "sibling", "only child", "orphan"), {"family"}),
    (("dog", "cat", "pet"), {"pets"}),
    (("alone", "on my own", "just me", "live with", "lives with", "household", "home"),
     {"marital", "family", "children", "household"}),
    (("aged", "older", "over", "under", "age", "years old", "pension", "retire", "adult", "year 10",
      " 16", " 17", " 18"), {"age"}),
    (("disab", "sick", "ill", "health", "injur", "hospital", "wheelchair", "blind", "deaf", "sclerosis",
      "dystrophy", "palsy", "amput", "pregnan", "flu", "cold", "broke", "fractur", "diabet", "stroke",
      "cancer", "spina", "syndrome", "neurone", "sight", "hearing", "treat", "medical", "patient"), {"health"}),
    (("cycl", "bicycle", "driv", "vehicle", "car", "van", "motorbike", "bike", "bus", "truck"), {"vehicle"}),
    (("play", "hobby", "sport", "football", "golf", "tennis", "guitar", "swim", "garden", "read", "cook"), {"hobby"}),
    (("work", "job", "employ", "retire", "shift", "career"), {"work"}),
    (("school", "student", "study", "studying", "course", "degree", "university", "college"), {"study"}),
]


def _auto_tags(text: str) -> set[str]:
    low = " " + text.lower()
    out: set[str] = set()
    for ws, tags in _AUTO:
        if any(w in low for w in ws):
            out |= tags
    return out


def say(rng: random.Random, facts: str | list[str], question: str, avoid: Iterable[str] = (),
        p: float = 0.5, neutral_only: bool = False) -> str:
    """Join the key fact sentence(s), adding an irrelevant sentence before or after in about
    p of the cases; the distractor never touches what the facts or the question talk about."""
    parts = [facts] if isinstance(facts, str) else list(facts)
    if rng.random() < p:
        bad = set(avoid) | _auto_tags(" ".join(parts)) | _auto_tags(question)
        pool = [d for d, tags in DISTRACTORS if not (tags & bad) and not (neutral_only and tags)]
        d = rng.choice(pool)
        if words(" ".join(parts)) + words(d) <= MAX_WORDS:
            if rng.random() < 0.5:
                parts.insert(0, d)
            else:
                parts.append(d)
    return " ".join(parts)


def quota(rng: random.Random, cands: list[Row], yes: int, no: int, unknown: int) -> list[Row]:
    """Deduplicate candidates and take up to the given number of each label."""
    seen: set[tuple[str, str]] = set()
    by: dict[str, list[Row]] = {"yes": [], "no": [], "unknown": []}
    for s, q, a in cands:
        if (s, q) in seen:
            continue
        seen.add((s, q))
        by[a].append((s, q, a))
    out: list[Row] = []
    for lab, k in (("yes", yes), ("no", no), ("unknown", unknown)):
        rows = by[lab]
        rng.shuffle(rows)
        out.extend(rows[:k])
    return out


ROLES = ["nurse", "teacher", "cleaner", "chef", "driver", "shop assistant", "care worker", "accountant",
         "receptionist", "warehouse worker", "office manager", "security guard"]
ORGS = ["a large company", "a local firm", "a national chain", "a family-run business", "a small local company",
        "a big company in town", "a firm in the city centre"]
UNIS = ["the University of Leeds", "a university in Glasgow", "my local college", "the Open University",
        "a college in Cardiff", "a university in Manchester"]
SUBJECTS = ["history", "nursing", "accounting", "law", "graphic design", "chemistry", "social work", "IT"]
TRADES = ["plumber", "hairdresser", "decorator", "gardener", "photographer", "web designer", "bookkeeper",
          "dog walker", "electrician", "tiler"]
BIZ = ["cleaning", "catering", "gardening", "photography", "bookkeeping", "window-cleaning", "bakery"]
UK_CITIES = ["Leeds", "Cardiff", "Glasgow", "Belfast", "Bristol", "Norwich", "Swansea", "Newcastle"]
ABROAD = ["Spain", "Portugal", "Australia", "Canada", "France", "Thailand", "Cyprus", "New Zealand"]


def fill(rng: random.Random) -> dict[str, object]:
    role = rng.choice(ROLES)
    trade = rng.choice(TRADES)
    return dict(role=role, a_role=an(role), org=rng.choice(ORGS), n=rng.randint(2, 15), y=rng.randint(2005, 2022),
                m=rng.choice(MONTHS), uni=rng.choice(UNIS), subject=rng.choice(SUBJECTS), trade=trade,
                a_trade=an(trade), biz=rng.choice(BIZ), ukcity=rng.choice(UK_CITIES), abroad=rng.choice(ABROAD),
                age=rng.randint(58, 69))


# --------------------------------------------------------------------------------------------
# 1. antonym-status: tables of states (scenario forms) and questions (label per state)
#
# A form is a string or (string, {question: label-or-None}) overriding the table for that form.
# A missing state in a question's labels (or None) means the pair is skipped.

Form = str | tuple[str, dict[str, str | None]]
Attr = tuple[dict[str, list[Form]], list[tuple[str, dict[str, str]]]]


def Q(q: str, **labels: str) -> tuple[str, dict[str, str]]:
    return (q, labels)


U = "unknown"

ATTRS: dict[str, Attr] = {
    "study_mode": (
        {"ft": ["I'm a full-time student at {uni}.", "I study full time at {uni}.",
                "I'm doing a full-time degree in {subject}.", "I'm at college full time, studying {subject}.",
                "My course in {subject} is full time."],
         "pt": ["I'm a part-time student at {uni}.", "I study part time at {uni} in the evenings.",
                "I'm doing a part-time degree in {subject}.", "I'm studying {subject} part time at college.",
                "My course in {subject} is part time, two evenings a week."]},
        [Q("Do you study part time?", ft="no", pt="yes"), Q("Are you a part-time student?", ft="no", pt="yes"),
         Q("Is your course part-time?", ft="no", pt="yes"), Q("Are you a full-time student?", ft="yes", pt="no"),
         Q("Do you study full time?", ft="yes", pt="no"), Q("Is your course full time?", ft="yes", pt="no"),
         Q("Are you in full-time education?", ft="yes", pt="no"), Q("Are you a student?", ft="yes", pt="yes"),
         Q("Do you work part time?", ft=U, pt=U), Q("Do you have a part-time job?", ft=U, pt=U),
         Q("Do you have a full-time job?", pt=U), Q("Do you get a student loan?", ft=U, pt=U)],
    ),
    "work_hours": (
        {"ft": ["I work full time as {a_role}.", "I have a full-time job as {a_role}.", "I'm in full-time work at {org}.",
                "My job at {org} is full time.", "I'm {a_role} and I work full time."],
         "pt": ["I work part time as {a_role}.", "I have a part-time job as {a_role}.",
                "I work part-time at {org}, three days a week.", "My job at {org} is part time.",
                "I'm {a_role} and I work part time."]},
        [Q("Do you work part time?", ft="no", pt="yes"), Q("Are you working part-time?", ft="no", pt="yes"),
         Q("Is your job part time?", ft="no", pt="yes"), Q("Are you a part-time worker?", ft="no", pt="yes"),
         Q("Do you work full time?", ft="yes", pt="no"), Q("Are you in full-time work?", ft="yes", pt="no"),
         Q("Is your job full-time?", ft="yes", pt="no"), Q("Are you in work?", ft="yes", pt="yes"),
         Q("Do you have a job?", ft="yes", pt="yes"), Q("Are you unemployed?", ft="no", pt="no"),
         Q("Do you study part time?", ft=U, pt=U), Q("Are you a part-time student?", ft=U, pt=U),
         Q("Do you work at least 16 hours a week?", ft="yes", pt=U)],
    ),
    "employee_self": (
        {"emp": ["I'm employed by {org} as {a_role}.", "I work for {org}, who employ me as {a_role}.",
                 "I'm {a_role} on the payroll at {org}.", "My employer is {org} and I work there as {a_role}.",
                 "I'm an employee of {org}."],
         "self": ["I'm self-employed as {a_trade}.", "I run my own {biz} business.", "I work for myself as {a_trade}.",
                  "I have my own {biz} business and work for myself.", "I'm {a_trade} and run my own business."]},
        [Q("Are you self-employed?", emp="no", self="yes"), Q("Do you work for yourself?", emp="no", self="yes"),
         Q("Do you run your own business?", emp="no", self="yes"), Q("Are you your own boss?", emp="no", self="yes"),
         Q("Are you an employee?", emp="yes", self="no"), Q("Do you work for an employer?", emp="yes", self="no"),
         Q("Are you employed by someone else?", emp="yes", self="no"),
         Q("Does an employer pay your wages?", emp="yes", self="no"), Q("Are you in work?", emp="yes", self="yes"),
         Q("Is your business a limited company?", self=U), Q("Are you registered for VAT?", self=U),
         Q("Do you work full time?", emp=U, self=U), Q("Do you employ any staff?", self=U)],
    ),
    "employed_unemployed": (
        {"emp": ["I have a job as {a_role}.", "I'm employed as {a_role} at {org}.", "I started a new job as {a_role} in {m}.",
                 "I've been working as {a_role} for {n} years."],
         "unemp": ["I lost my job in {m} and I'm still out of work.", "I was made redundant in {m} and haven't found work since.",
                   "I've been out of work for {n} months.", "I'm out of work at the moment.",
                   "I haven't had a job since {m}.", "I lost my job last year and haven't worked since."]},
        [Q("Are you employed?", emp="yes", unemp="no"), Q("Do you have a job?", emp="yes", unemp="no"),
         Q("Are you currently working?", emp="yes", unemp="no"), Q("Are you in paid work?", emp="yes", unemp="no"),
         Q("Are you unemployed?", emp="no", unemp="yes"), Q("Are you out of work?", emp="no", unemp="yes"),
         Q("Are you without a job?", emp="no", unemp="yes"), Q("Do you get Jobseeker's Allowance?", unemp=U),
         Q("Do you have any savings?", emp=U, unemp=U), Q("Are you self-employed?", unemp="no")],
    ),
    "retired_working": (
        {"ret": ["I retired in {y}.", "I'm retired; I used to be {a_role}.", "I retired from my job as {a_role} {n} years ago.",
                 "I've been retired since {y}.", "I'm retired and no longer work."],
         "work": ["I'm {age} and still working full time as {a_role}.", "I still work as {a_role}; I haven't retired.",
                  "I'm {a_role} and I'm still working.", "I'm {age} but I haven't retired; I still work at {org}."]},
        [Q("Are you retired?", ret="yes", work="no"), Q("Have you retired?", ret="yes", work="no"),
         Q("Are you still working?", ret="no", work="yes"), Q("Are you in work?", ret="no", work="yes"),
         Q("Do you still have a job?", ret="no", work="yes"), Q("Do you get a pension?", ret=U, work=U),
         Q("Do you get a workplace pension?", ret=U), Q("Are you over 65?", ret=U)],
    ),
    "marital": (
        {"single": ["I'm single.", "I'm single and live on my own.", "I've never been married and I'm not in a relationship.",
                    "I'm single and have never married."],
         "married": ["I'm married.", ("My wife and I have been married for {n} years.", {"Do you have any children?": U}),
                     "I married my husband in {y}.",
                     ("I'm married with two children.", {"Do you have any children?": "yes"}),
                     "My husband and I got married last year."],
         "civil": ["I'm in a civil partnership.", "My partner and I formed a civil partnership in {y}."]},
        [Q("Are you married?", single="no", married="yes"), Q("Are you single?", single="yes", married="no", civil="no"),
         Q("Are you in a civil partnership?", single="no", married="no", civil="yes"),
         Q("Are you married or in a civil partnership?", single="no", married="yes", civil="yes"),
         Q("Do you have a husband or wife?", single="no", married="yes"),
         Q("Are you part of a couple?", single="no", married="yes", civil="yes"),
         Q("Do you live with your partner?", married=U, civil=U), Q("Do you have any children?", single=U, civil=U)],
    ),
    "tenure": (
        {"rent": [("I rent a flat from a private landlord.", {"Do you rent from a private landlord?": "yes",
                                                               "Do you live in social housing?": "no"}),
                  ("We rent our house from the council.", {"Do you rent from a private landlord?": "no",
                                                            "Do you live in social housing?": "yes"}),
                  "I'm a tenant in a two-bedroom flat.",
                  ("I rent my home from a housing association.", {"Do you rent from a private landlord?": "no",
                                                                  "Do you live in social housing?": "yes"}),
                  "My partner and I rent a small house."],
         "own": [("I own my home.", {"Do you have a mortgage?": U}),
                 ("We own our house outright.", {"Do you have a mortgage?": "no"}),
                 ("I bought my flat in {y} and I'm still paying the mortgage.", {"Do you have a mortgage?": "yes"}),
                 ("I'm a homeowner.", {"Do you have a mortgage?": U}),
                 ("My partner and I own our house.", {"Do you have a mortgage?": U})]},
        [Q("Do you rent your home?", rent="yes", own="no"), Q("Are you a tenant?", rent="yes", own="no"),
         Q("Do you own your home?", rent="no", own="yes"), Q("Are you a homeowner?", rent="no", own="yes"),
         Q("Is your home owned by you?", rent="no", own="yes"), Q("Do you pay rent to a landlord?", rent="yes", own="no"),
         Q("Do you have a mortgage?"), Q("Do you rent from a private landlord?", rent=U, own="no"),
         Q("Do you live in social housing?", rent=U, own="no"), Q("Do you get Housing Benefit?", rent=U)],
    ),
    "paid_leave": (
        {"paid": ["I'm on paid leave from work.", "My employer is paying me in full while I'm on leave.",
                  "I'm on leave from my job and still getting my full salary.",
                  ("I'm on sick leave and my employer is still paying my full wages.", {"Are you on maternity leave?": "no"})],
         "unpaid": ["I'm on leave from my job without pay.", "I've taken a career break and my employer isn't paying me.",
                    "I'm off work on leave and I'm not getting paid.",
                    "My employer agreed to three months' leave, but they aren't paying me for it."]},
        [Q("Is your leave paid?", paid="yes", unpaid="no"), Q("Are you being paid while you're on leave?", paid="yes", unpaid="no"),
         Q("Are you on paid leave?", paid="yes", unpaid="no"), Q("Are you on unpaid leave?", paid="no", unpaid="yes"),
         Q("Is your employer paying you during your leave?", paid="yes", unpaid="no"),
         Q("Are you on leave?", paid="yes", unpaid="yes"), Q("Do you still have a job?", paid="yes", unpaid="yes"),
         Q("Are you on maternity leave?", paid=U, unpaid=U), Q("Do you work full time?", paid=U, unpaid=U)],
    ),
    "paid_carer": (
        {"paid": ["I work as a paid carer for a home care agency.", "I'm a care worker and I'm paid by the hour to look after elderly people.",
                  "I get a wage from an agency for caring for people in their homes."],
         "unpaid": ["I look after my disabled son full time and I don't get paid for it.", "I care for my mum every day, unpaid.",
                    "I'm an unpaid carer for my husband.", "I look after my dad and nobody pays me for it."]},
        [Q("Are you a paid carer?", paid="yes", unpaid="no"), Q("Are you paid for the care you provide?", paid="yes", unpaid="no"),
         Q("Are you an unpaid carer?", paid="no", unpaid="yes"), Q("Are you a carer?", paid="yes", unpaid="yes"),
         Q("Is your caring voluntary?", paid="no", unpaid="yes"), Q("Do you get Carer's Allowance?", unpaid=U),
         Q("Do you work full time?", paid=U)],
    ),
    "volunteer": (
        {"vol": ["I volunteer at a food bank three days a week; it's my only work and I'm not paid.",
                 "I do voluntary work at a charity shop and have no paid job."],
         "paid": ["I'm paid an hourly wage to work in a charity shop.", "I work for a charity and they pay me a salary."]},
        [Q("Are you in paid work?", vol="no", paid="yes"), Q("Are you paid for your work?", vol="no", paid="yes"),
         Q("Is your work voluntary?", vol="yes", paid="no"), Q("Are you a volunteer?", vol="yes"),
         Q("Do you get a wage?", vol="no", paid="yes"), Q("Do you work full time?", paid=U)],
    ),
    "contract": (
        {"perm": ["I'm on a permanent contract at {org}.", "My job at {org} is permanent.",
                  ("I have a permanent, full-time contract with {org}.", {"Do you work full time?": "yes"}),
                  "I was made permanent at {org} last year."],
         "temp": ["I'm on a temporary contract at {org} that ends in {m}.", "My job at {org} is a six-month fixed-term contract.",
                  ("I'm a temp, placed at {org} by an agency.", {"Is your contract fixed-term?": None,
                                                                 "Do you work through an agency?": "yes"}),
                  "I have a temporary job at {org} until {m}."]},
        [Q("Is your job permanent?", perm="yes", temp="no"), Q("Are you on a permanent contract?", perm="yes", temp="no"),
         Q("Do you have a permanent job?", perm="yes", temp="no"), Q("Is your contract temporary?", perm="no", temp="yes"),
         Q("Are you on a temporary contract?", perm="no", temp="yes"), Q("Is your job temporary?", perm="no", temp="yes"),
         Q("Is your contract fixed-term?", perm="no", temp="yes"), Q("Do you work through an agency?", temp=U),
         Q("Do you work full time?", perm=U, temp=U)],
    ),
    "residence_status": (
        {"perm": ["I have indefinite leave to remain in the UK.", "I'm a permanent resident of Australia.",
                  "I have a green card, so I'm a lawful permanent resident of the US.",
                  "I was granted permanent residence in Canada in {y}."],
         "temp": ["I'm in the UK on a two-year work visa.", "I'm in Australia on a temporary skill shortage visa.",
                  "I'm in the US on a student visa.", "I'm in Canada on a temporary work permit."]},
        [Q("Do you have permanent residence?", perm="yes", temp="no"), Q("Are you a permanent resident?", perm="yes", temp="no"),
         Q("Is your immigration status temporary?", perm="no", temp="yes"), Q("Are you a temporary resident?", perm="no", temp="yes"),
         Q("Is your permission to stay time-limited?", perm="no", temp="yes"),
         Q("Is your right to stay permanent?", perm="yes", temp="no"),
         Q("Are you married?", perm=U, temp=U), Q("Do you have a job?", perm=U)],
    ),
    "abroad": (
        {"home": [("I live in {ukcity} and always have.", {"Have you ever lived abroad?": "no"}),
                  "I'm a UK resident living in {ukcity}.", "I've lived in {ukcity} for {n} years.", "My home is in {ukcity}."],
         "abroad": [("I moved from the UK to {abroad} in {y} and live there now.", {"Have you ever lived in the UK?": "yes"}),
                    "I live abroad, in {abroad}.",
                    ("I'm British but I've lived in {abroad} for {n} years.", {"Are you a British citizen?": "yes"}),
                    ("I left the UK in {y} and now live in {abroad}.", {"Have you ever lived in the UK?": "yes"})]},
        [Q("Do you live in the UK?", home="yes", abroad="no"), Q("Are you a UK resident?", home="yes", abroad="no"),
         Q("Do you live abroad?", home="no", abroad="yes"), Q("Do you live outside the UK?", home="no", abroad="yes"),
         Q("Are you living overseas?", home="no", abroad="yes"), Q("Is your home in the UK?", home="yes", abroad="no"),
         Q("Are you a British citizen?", home=U, abroad=U), Q("Have you ever lived abroad?", home=U, abroad="yes"),
         Q("Have you ever lived in the UK?", home="yes", abroad=U)],
    ),
    "school": (
        {"uk_state": ["My son goes to a state school.", "My daughter attends our local state primary school.",
                      "Our kids go to a state secondary school."],
         "uk_private": [("My son goes to a private school and we pay the fees.", {"Do you pay school fees?": "yes"}),
                        "My daughter attends an independent, fee-paying school.", "Our kids go to a private school."],
         "us_public": ["My son attends a public high school in Ohio.", "My kids go to our local public elementary school."],
         "us_private": ["My daughter goes to a private Catholic school.", "Our son attends a private high school in Texas."]},
        [Q("Does your child go to a private school?", uk_state="no", uk_private="yes", us_public="no", us_private="yes"),
         Q("Is your child's school fee-paying?", uk_state="no", uk_private="yes"),
         Q("Does your child attend a state school?", uk_state="yes", uk_private="no"),
         Q("Does your child go to a public school?", us_public="yes", us_private="no"),
         Q("Is your child's school private?", uk_state="no", uk_private="yes", us_public="no", us_private="yes"),
         Q("Does your child have special educational needs?", uk_state=U, uk_private=U, us_public=U, us_private=U),
         Q("Do you pay school fees?"), Q("Do you have a child?", uk_state="yes", uk_private="yes", us_public="yes",
                                         us_private="yes")],
    ),
    "hospital": (
        {"nhs": [("I had my knee operation at an NHS hospital.", {"Did you have an operation?": "yes"}),
                 "My treatment was on the NHS.", "I was treated free on the NHS at my local hospital."],
         "private": [("I paid for my operation at a private hospital myself.", {"Did you have an operation?": "yes"}),
                     "I had private treatment and paid the bill myself.",
                     ("I went private for my hip replacement and paid for it myself.", {"Did you have an operation?": "yes"})]},
        [Q("Was your treatment private?", nhs="no", private="yes"), Q("Did you pay for private treatment?", nhs="no", private="yes"),
         Q("Were you treated on the NHS?", nhs="yes", private="no"), Q("Was your treatment paid for by the NHS?", nhs="yes", private="no"),
         Q("Did you have an operation?", nhs=U, private=U), Q("Do you have private health insurance?", nhs=U, private=U),
         Q("Are you still in hospital?", nhs=U, private=U)],
    ),
    "sector": (
        {"public": [("I work in the public sector as a civil servant.", {"Are you a civil servant?": "yes"}),
                    ("I'm a civil servant in a government department.", {"Are you a civil servant?": "yes"}),
                    "I work for the local council.",
                    ("I'm a teacher at a state school.", {"Is your employer a public body?": None})],  # academy trusts: skip
         "private": ["I work in the private sector for a software company.", "I'm employed by a private company that makes furniture.",
                     "I work for a private firm of accountants."]},
        [Q("Do you work in the private sector?", public="no", private="yes"), Q("Do you work in the public sector?", public="yes", private="no"),
         Q("Are you a public sector worker?", public="yes", private="no"), Q("Is your employer a public body?", public="yes", private="no"),
         Q("Is your employer a private company?", public="no", private="yes"), Q("Are you a civil servant?", private="no"),
         Q("Do you work full time?", public=U, private=U), Q("Do you have a workplace pension?", public=U, private=U)],
    ),
    "new_used": (
        {"new": ["I'm buying a brand-new car from a dealer.", "The van I'm buying is brand new.",
                 "I've ordered a new car straight from the factory.", "I've just bought a brand-new motorbike from the showroom."],
         "used": ["I'm buying a second-hand car.", "The van I'm buying is used; it's five years old.",
                  "I bought a used car from a private seller.", "I'm buying a pre-owned motorbike.",
                  "The car I'm buying has had three previous owners."]},
        [Q("Is the vehicle new?", new="yes", used="no"), Q("Is the vehicle second-hand?", new="no", used="yes"),
         Q("Is the vehicle used?", new="no", used="yes"), Q("Is it a brand-new vehicle?", new="yes", used="no"),
         Q("Has the vehicle had a previous owner?", new="no", used="yes"), Q("Is the vehicle electric?", new=U, used=U),
         Q("Are you buying the vehicle on finance?", new=U, used=U)],
    ),
    "shift": (
        {"night": ["I work nights at a warehouse.", "I'm on permanent night shifts as {a_role}.",
                   "I only work night shifts, 10pm to 6am.", "My shifts are all at night, at a care home."],
         "day": [("My job is 9 to 5, Monday to Friday, in an office.", {"Do you work weekends?": "no", "Do you work shifts?": None}),
                 "I work day shifts only, 8am to 4pm.", ("I work days at the factory and never do nights.", {"Do you work shifts?": None}),
                 "All my shifts are during the day."]},
        [Q("Do you work night shifts?", night="yes", day="no"), Q("Do you work nights?", night="yes", day="no"),
         Q("Do you work during the night?", night="yes", day="no"), Q("Do you work day shifts?", night="no", day="yes"),
         Q("Are your shifts during the day?", night="no", day="yes"), Q("Do you work weekends?", night=U, day=U),
         Q("Do you work shifts?", night="yes", day="yes"), Q("Do you work full time?", night=U, day=U)],
    ),
}

ATTR_QUOTA = {name: (5, 6, 4) for name in ATTRS}  # yes, no, unknown (up to)


def table_pairs(rng: random.Random, attr: Attr, draws: int = 600) -> list[Row]:
    states, questions = attr
    names = sorted(states)
    cands: list[Row] = []
    for _ in range(draws):
        st = rng.choice(names)
        form = rng.choice(states[st])
        over: dict[str, str | None] = {}
        if isinstance(form, tuple):
            form, over = form
        q, labs = rng.choice(questions)
        lab = over[q] if q in over else labs.get(st)
        if lab is None:
            continue
        fact = form.format(**fill(rng))
        cands.append((say(rng, fact, q), q, lab))
    return cands


# alive / died, same relative or another one

RELS = {"husband": "husband", "wife": "wife", "mother": "mother", "mum": "mother", "father": "father", "dad": "father",
        "brother": "brother", "sister": "sister"}
DIED_S = ["My {r} died in {y}.", "My {r} passed away last {m}.", "I lost my {r} {n} years ago; {p} died of cancer.",
          "My {r} died suddenly last year."]
ALIVE_S = ["My {r} is alive and well.", "My {r} is {a} and still lives independently.",
           "My {r} is still alive but very frail.", "My {r} lives with us and is in good health."]
ALIVE_Q = [("Is your {r} alive?", True), ("Is your {r} still living?", True), ("Has your {r} died?", False),
           ("Is your {r} deceased?", False), ("Did your {r} pass away?", False)]
PRON = {"husband": "he", "wife": "she", "mother": "she", "father": "he", "brother": "he", "sister": "she"}


def alive_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(300):
        r = rng.choice(sorted(RELS))
        canon = RELS[r]
        died = rng.random() < 0.5
        form = rng.choice(DIED_S if died else ALIVE_S)
        age = rng.randint(75, 95) if canon in ("mother", "father") else rng.randint(45, 80)
        fact = form.format(r=r, y=rng.randint(2005, 2022), m=rng.choice(MONTHS), n=rng.randint(2, 10), a=age, p=PRON[canon])
        k = rng.random()
        if k < 0.72:
            qf, alive_q = rng.choice(ALIVE_Q)
            q = qf.format(r=rng.choice([x for x in RELS if RELS[x] == canon]))
            lab = yn(alive_q != died)
        elif k < 0.9:
            others = sorted({RELS[x] for x in RELS} - {canon} - ({"husband", "wife"} if canon in ("husband", "wife") else set()))
            qf, _ = rng.choice(ALIVE_Q)
            q = qf.format(r=rng.choice(others))
            lab = U
        else:
            if not died:
                continue
            q, lab = rng.choice([("Are you bereaved?", "yes"), ("Has someone close to you died?", "yes")])
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=6, no=7, unknown=4)


# before / after explicit dates (labels computed)

EVENTS = [  # scenario, question stems (before / after / on or after)
    ("I moved to the UK on {d}.", "Did you arrive in the UK {c} {t}?", "Did you come to the UK {c} {t}?"),
    ("I started my current job on {d}.", "Did you start your current job {c} {t}?", "Did you begin working for your employer {c} {t}?"),
    ("My wife and I got married on {d}.", "Did you get married {c} {t}?", "Did your marriage take place {c} {t}?"),
    ("I made my claim on {d}.", "Did you make your claim {c} {t}?", "Was your claim made {c} {t}?"),
    ("My business started trading on {d}.", "Did your business start trading {c} {t}?", "Did you start trading {c} {t}?"),
    ("I bought my house on {d}.", "Did you buy your home {c} {t}?", "Was your home bought {c} {t}?"),
    ("My husband died on {d}.", "Did your husband die {c} {t}?", "Was your husband's death {c} {t}?"),
    ("I left the armed forces on {d}.", "Did you leave the armed forces {c} {t}?", "Was your discharge {c} {t}?"),
]
POLICY_DATES = [dt.date(2016, 4, 6), dt.date(2013, 4, 1), dt.date(2021, 1, 1), dt.date(2020, 12, 31), dt.date(2017, 4, 6),
                dt.date(2014, 7, 1), dt.date(2019, 10, 1), dt.date(2023, 4, 1), dt.date(2011, 1, 1), dt.date(2018, 9, 1)]


def fmt_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def date_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(500):
        s_form, *q_forms = rng.choice(EVENTS)
        t = rng.choice(POLICY_DATES)
        shift = rng.choice([-900, -400, -60, -20, -5, -1, 0, 1, 3, 10, 45, 200, 700])
        d = t + dt.timedelta(days=shift)
        c = rng.choice(["before", "before", "after", "after", "on or after", "on or before"])
        if c == "before":
            lab = yn(d < t)
        elif c == "after":
            if d == t:
                continue
            lab = yn(d > t)
        elif c == "on or after":
            lab = yn(d >= t)
        else:
            lab = yn(d <= t)
        q = rng.choice(q_forms).format(c=c, t=fmt_date(t))
        fact = s_form.format(d=fmt_date(d))
        cands.append((say(rng, fact, q), q, lab))
    # another event's date says nothing about this one
    for _ in range(60):
        (s_form, *_), (_, *q_forms) = rng.sample(EVENTS, 2)
        t = rng.choice(POLICY_DATES)
        d = t + dt.timedelta(days=rng.choice([-300, 300]))
        q = rng.choice(q_forms).format(c=rng.choice(["before", "after"]), t=fmt_date(t))
        cands.append((say(rng, s_form.format(d=fmt_date(d)), q), q, U))
    return quota(rng, cands, yes=8, no=9, unknown=2)


# inside / outside the UK / US / EU (unambiguous places only)

PLACES = {  # place -> country
    "Manchester": "UK", "Cardiff": "UK", "Belfast": "UK", "Edinburgh": "UK", "Leeds": "UK",
    "Paris": "France", "Lyon": "France", "Madrid": "Spain", "Berlin": "Germany", "Rome": "Italy", "Lisbon": "Portugal",
    "Warsaw": "Poland", "Athens": "Greece", "Amsterdam": "Netherlands", "Dublin": "Ireland",
    "New York": "US", "Chicago": "US", "Houston": "US", "Toronto": "Canada", "Sydney": "Australia",
    "Mumbai": "India", "Lagos": "Nigeria", "Tokyo": "Japan", "Oslo": "Norway", "Zurich": "Switzerland",
    "Mexico City": "Mexico",
}
EU_COUNTRIES = {"France", "Spain", "Germany", "Italy", "Portugal", "Poland", "Greece", "Netherlands", "Ireland"}
PLACE_FRAMES = [  # scenario, question with {io} (in / outside) and {r}
    ("I was born in {p}.", "Were you born {io} {r}?"),
    ("I live in {p}.", "Do you live {io} {r}?"),
    ("My home is in {p}.", "Is your home {io} {r}?"),
    ("My business is based in {p}.", "Is your business based {io} {r}?"),
    ("The property I'm selling is in {p}.", "Is the property {io} {r}?"),
    ("I'm working in {p} at the moment.", "Are you working {io} {r}?"),
]
REGIONS = [("the UK", lambda c: c == "UK", False), ("the United Kingdom", lambda c: c == "UK", False),
           ("the US", lambda c: c == "US", False), ("the United States", lambda c: c == "US", False),
           ("the EU", lambda c: c in EU_COUNTRIES, True), ("the European Union", lambda c: c in EU_COUNTRIES, True)]


def place_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(500):
        p = rng.choice(sorted(PLACES))
        c = PLACES[p]
        s_form, q_form = rng.choice(PLACE_FRAMES)
        r, inside, skip_uk = rng.choice(REGIONS)
        if skip_uk and c == "UK":
            continue  # EU questions about UK places depend on the date: skip
        io = rng.choice(["in", "outside"])
        lab = yn(inside(c) == (io == "in"))
        q = q_form.format(io=io, r=r)
        cands.append((say(rng, s_form.format(p=p), q), q, lab))
    return quota(rng, cands, yes=6, no=8, unknown=0)


# first-time / repeat applicant

APPLY_ITEMS = ["a passport", "a student loan", "a Blue Badge", "Pension Credit", "a visa", "a council house",
               "a grant from the council", "a mortgage", "a driving licence", "Carer's Allowance"]
FIRST_S = ["This is my first time applying for {x}.", "I've never applied for {x} before.", "I'm applying for {x} for the first time."]
REPEAT_S = [("I applied for {x} last year and was turned down, so I'm applying again.", True),
            ("This is my second application for {x}; the first was refused.", True),
            ("I've applied for {x} twice before.", None)]


def applicant_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(400):
        x = rng.choice(APPLY_ITEMS)
        first = rng.random() < 0.5
        if first:
            fact, refused = rng.choice(FIRST_S).format(x=x), None
        else:
            f, refused = rng.choice(REPEAT_S)
            fact = f.format(x=x)
        k = rng.random()
        if k < 0.8:
            opts = [("Have you applied for {x} before?", not first), ("Is this your first application for {x}?", first),
                    ("Are you a first-time applicant?", first), ("Have you previously applied for {x}?", not first),
                    ("Is this a repeat application?", not first)]
            qf, b = rng.choice(opts)
            q, lab = qf.format(x=x), yn(b)
            if not first and refused is not None and rng.random() < 0.3:
                q, lab = f"Was a previous application for {x} refused?", "yes"
        else:
            x2 = rng.choice([i for i in APPLY_ITEMS if i != x])
            q, lab = f"Have you applied for {x2} before?", U
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=6, no=7, unknown=4)


def antonym_pairs(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    for name in ATTRS:
        y, n, u = ATTR_QUOTA[name]
        out += quota(rng, table_pairs(rng, ATTRS[name]), yes=y, no=n, unknown=u)
    out += alive_pairs(rng)
    out += date_pairs(rng)
    out += place_pairs(rng)
    out += applicant_pairs(rng)
    return out


# --------------------------------------------------------------------------------------------
# 2. affix-negation: hand-written entries (scenario forms, [(question, label)])

AFFIX: list[tuple[list[str], list[tuple[str, str]]]] = [
    (["I live in a disaster-free area; nothing has been declared here.", "Our county is disaster-free this year.",
      "The area where I live is disaster-free."],
     [("Are you in a declared disaster area?", "no"), ("Do you live in a disaster area?", "no"),
      ("Is your area disaster-free?", "yes")]),
    (["My county was declared a disaster area after the floods.", "The government declared my town a disaster area last month."],
     [("Are you in a declared disaster area?", "yes"), ("Is your area disaster-free?", "no"),
      ("Do you have flood insurance?", U)]),
    (["The lump sum I received was tax-free.", "My employer says the payment I got is tax-free.",
      "I got a tax-free lump sum from my pension."],
     [("Is the payment taxable?", "no"), ("Do you have to pay tax on the payment?", "no"),
      ("Is the payment tax-free?", "yes"), ("Are you a taxpayer?", U)]),
    (["My bonus is taxed just like my wages.", "The payment I got is taxable income."],
     [("Is the payment tax-free?", "no"), ("Is the payment taxable?", "yes"), ("Do you pay tax on the payment?", "yes")]),
    (["I'm a non-EU national from India.", "I'm a non-EU national working in Germany.", "As a non-EU national, I need a visa."],
     [("Are you an EU national?", "no"), ("Are you a citizen of an EU country?", "no"),
      ("Are you a non-EU national?", "yes"), ("Do you live in the EU?", U)]),
    (["I'm an Italian citizen.", "I'm a French national living in London.", "I hold a Spanish passport."],
     [("Are you a non-EU national?", "no"), ("Are you an EU national?", "yes")]),
    (["I hold a Spanish passport and no other nationality.", "My only citizenship is Italian."],
     [("Are you a non-EU national?", "no"), ("Are you a citizen of a non-EU country?", "no")]),
    (["I'm an American citizen with no other nationality.", "My only citizenship is Canadian.", "I only have Indian citizenship."],
     [("Are you a non-EU national?", "yes"), ("Are you an EU citizen?", "no")]),
    (["I'm on unpaid leave from my job.", "I've taken two months' unpaid leave.", "My employer has put me on unpaid leave."],
     [("Is your leave paid?", "no"), ("Are you being paid during your leave?", "no"), ("Are you on paid leave?", "no"),
      ("Are you on leave?", "yes"), ("Are you on maternity leave?", U), ("Are you on unpaid leave?", "yes")]),
    (["I'm unemployed.", "I've been unemployed since {m}.", "I'm currently unemployed and looking for work."],
     [("Are you employed?", "no"), ("Are you in employment?", "no"), ("Are you an employee?", "no"),
      ("Are you unemployed?", "yes"), ("Are you unmarried?", U), ("Do you have a disability?", U)]),
    (["I'm employed as {a_role} at {org}.", "I've been employed by {org} for {n} years."],
     [("Are you unemployed?", "no"), ("Are you employed?", "yes"), ("Are you self-employed?", "no")]),
    (["I'm uninsured at the moment.", "I've been uninsured since I lost my job.", "I don't have any health cover; I'm uninsured."],
     [("Do you have health insurance?", "no"), ("Are you covered by health insurance?", "no"), ("Are you insured?", "no"),
      ("Are you uninsured?", "yes"), ("Have you lost your job?", U)]),
    (["My car is uninsured.", "The car on my drive is uninsured."],
     [("Is your car insured?", "no"), ("Is the vehicle uninsured?", "yes"), ("Do you have health insurance?", U)]),
    (["I have health insurance through my job.", "My employer pays for my health insurance."],
     [("Are you uninsured?", "no"), ("Do you have health insurance?", "yes"), ("Is your car insured?", U)]),
    (["I'm divorced; my ex-husband moved out in {y}.", "I divorced my husband in {y} and haven't remarried.",
      "My ex-wife and I divorced {n} years ago and I'm still single."],
     [("Are you married?", "no"), ("Are you currently married?", "no"), ("Are you divorced?", "yes"),
      ("Have you ever been married?", "yes"), ("Do you have any children?", U)]),
    (["I run a non-profit that helps refugees.", "My organisation is a non-profit community group.",
      "We're a small non-profit running a youth club."],
     [("Is your organisation run for profit?", "no"), ("Is your business run for profit?", "no"),
      ("Is your organisation a non-profit?", "yes"), ("Is your organisation a registered charity?", U)]),
    (["I run a small for-profit bakery.", "My business is a profit-making company."],
     [("Is your business a non-profit?", "no"), ("Is your business run for profit?", "yes"),
      ("Is your business a charity?", "no")]),
    (["I'm unmarried and live with my boyfriend.", "My partner and I are unmarried but live together.",
      "I'm unmarried and have no partner."],
     [("Are you married?", "no"), ("Are you unmarried?", "yes"), ("Are you married to your partner?", "no"),
      ("Do you have any children?", U)]),
    (["I'm a non-resident for UK tax purposes.", "I'm non-resident in the UK for tax."],
     [("Are you a UK resident for tax purposes?", "no"), ("Are you a UK tax resident?", "no"),
      ("Are you a non-resident?", "yes"), ("Are you a British citizen?", U)]),
    (["I've lived in London all my life.", "I live in Birmingham and always have."],
     [("Are you a non-resident?", "no"), ("Are you non-resident in the UK?", "no"), ("Are you a UK resident?", "yes")]),
    (["I live abroad now, in Spain.", "I left the UK {n} years ago and live in Canada."],
     [("Are you a non-resident?", "yes"), ("Are you non-resident in the UK?", "yes"), ("Are you a UK resident?", "no")]),
    (["I'm ineligible for Pension Credit because my savings are too high.", "I was ineligible for Pension Credit, so it was refused."],
     [("Are you eligible for Pension Credit?", "no"), ("Are you ineligible for Pension Credit?", "yes"),
      ("Are you eligible for Housing Benefit?", U)]),
    (["I'm ineligible for a student loan because I already have a degree."],
     [("Are you eligible for a student loan?", "no"), ("Do you have a degree?", "yes"), ("Are you eligible for a grant?", U)]),
    (["I qualify for Pension Credit and get it every week.", "I'm eligible for Pension Credit and receive it."],
     [("Are you ineligible for Pension Credit?", "no"), ("Are you eligible for Pension Credit?", "yes")]),
    (["The bar I run is unlicensed, so we don't sell alcohol.", "My cafe is unlicensed."],
     [("Are your premises licensed to sell alcohol?", "no"), ("Do you have an alcohol licence?", "no"),
      ("Are your premises unlicensed?", "yes"), ("Do you employ staff?", U)]),
    (["My pub is licensed to sell alcohol.", "Our restaurant has a licence to sell alcohol."],
     [("Are your premises unlicensed?", "no"), ("Do you have an alcohol licence?", "yes")]),
    (["My landlord's house in multiple occupation is unlicensed."],
     [("Is the property licensed?", "no"), ("Is the property unlicensed?", "yes"), ("Is your landlord registered?", U)]),
    (["My course is self-funded.", "I'm self-funding my master's degree.", "I'm paying for my course myself."],
     [("Is your course funded by your employer?", "no"), ("Is your employer paying for your course?", "no"),
      ("Are you paying for the course yourself?", "yes"), ("Are you self-employed?", U), ("Is your course self-funded?", "yes")]),
    (["My employer is paying for my MBA.", "My course fees are funded by my employer."],
     [("Is your course self-funded?", "no"), ("Are you paying for the course yourself?", "no"),
      ("Is your employer funding the course?", "yes"), ("Do you study part time?", U)]),
    (["I'm self-funding my place in a care home.", "I pay my own care home fees; I'm a self-funder."],
     [("Does the council pay for your care?", "no"), ("Is your care funded by the local authority?", "no"),
      ("Are you paying for your own care?", "yes"), ("Are you self-employed?", U)]),
    (["I'm a non-smoker.", "I've been a non-smoker all my life."],
     [("Do you smoke?", "no"), ("Are you a smoker?", "no"), ("Are you a non-smoker?", "yes"), ("Do you drink alcohol?", U)]),
    (["I smoke about ten cigarettes a day.", "I'm a smoker."],
     [("Are you a non-smoker?", "no"), ("Do you smoke?", "yes")]),
    (["I'm a non-taxpayer because my income is below the personal allowance."],
     [("Do you pay income tax?", "no"), ("Are you a taxpayer?", "no"), ("Is your income below the personal allowance?", "yes"),
      ("Are you married?", U)]),
    (["We're childless.", "My husband and I are childless."],
     [("Do you have any children?", "no"), ("Do you have a child?", "no"), ("Are you married?", U)]),
    (["I'm jobless at the moment.", "I've been jobless since the factory closed."],
     [("Do you have a job?", "no"), ("Are you in work?", "no"), ("Are you looking for a job?", U)]),
    (["I'm homeless and sleeping on a friend's sofa.", "I've been homeless since {m}."],
     [("Do you have a home of your own?", "no"), ("Do you own your home?", "no"), ("Are you homeless?", "yes"),
      ("Do you rent your home?", "no"), ("Do you have a job?", U)]),
    (["My visa is invalid now because it expired in {m}.", "I've been told my visa is invalid."],
     [("Do you have a valid visa?", "no"), ("Is your visa valid?", "no"), ("Do you have a visa?", "yes"),
      ("Do you have a valid passport?", U)]),
    (["My partner is non-working; she stays at home.", "My husband is a non-working spouse."],
     [("Does your partner work?", "no"), ("Is your partner in work?", "no"), ("Do you work?", U)]),
    (["Our tenancy agreement is still unsigned.", "The contract for my new job is unsigned."],
     [("Have you signed the agreement?", "no"), ("Is the agreement signed?", "no")]),
    (["My tax refund is still unclaimed.", "The refund I'm owed is unclaimed."],
     [("Have you claimed your tax refund?", "no"), ("Are you owed a refund?", "yes")]),
    (["My old car is untaxed and off the road.", "My motorbike is untaxed."],
     [("Is your vehicle taxed?", "no"), ("Is your vehicle untaxed?", "yes"), ("Is your vehicle insured?", U)]),
    (["The deposit I paid is non-refundable.", "My booking deposit was non-refundable."],
     [("Is your deposit refundable?", "no"), ("Can you get your deposit back?", "no"), ("Did you pay a deposit?", "yes")]),
    (["The deposit I paid is fully refundable."],
     [("Is your deposit non-refundable?", "no"), ("Is your deposit refundable?", "yes")]),
    (["I rent an unfurnished flat.", "The house I rent is unfurnished."],
     [("Is your home furnished?", "no"), ("Is your rented home unfurnished?", "yes"), ("Do you rent your home?", "yes"),
      ("Do you own your home?", "no")]),
    (["I rent a furnished flat."],
     [("Is your home unfurnished?", "no"), ("Is your home furnished?", "yes")]),
    (["I received a dishonorable discharge from the Army.", "I was dishonorably discharged from the Navy."],
     [("Did you receive an honorable discharge?", "no"), ("Were you honorably discharged?", "no"),
      ("Have you served in the military?", "yes")]),
    (["I was honorably discharged from the Marines in {y}."],
     [("Did you receive a dishonorable discharge?", "no"), ("Were you honorably discharged?", "yes"),
      ("Have you served in the military?", "yes")]),
    (["I'm disqualified from driving for a year.", "I've been disqualified from driving until {m}."],
     [("Are you allowed to drive at the moment?", "no"), ("Are you currently disqualified from driving?", "yes"),
      ("Do you own a car?", U)]),
    (["My application for a grant was unsuccessful.", "I applied for a business grant but was unsuccessful."],
     [("Was your application successful?", "no"), ("Were you awarded the grant?", "no"), ("Did you apply for a grant?", "yes"),
      ("Are you appealing the decision?", U)]),
    (["My application for a grant was successful."],
     [("Was your application unsuccessful?", "no"), ("Were you awarded the grant?", "yes")]),
    (["I'm the non-resident parent; my kids live with their mum.", "As the non-resident parent, I see my son at weekends."],
     [("Do your children live with you?", "no"), ("Are you the non-resident parent?", "yes"), ("Do you pay child maintenance?", U)]),
    (["I'm a non-native English speaker.", "English isn't my first language; I'm a non-native speaker."],
     [("Is English your first language?", "no"), ("Are you a native English speaker?", "no"), ("Do you speak English?", "yes")]),
    (["I'm unvaccinated.", "I'm unvaccinated against COVID-19."],
     [("Have you been vaccinated against COVID-19?", "no"), ("Are you vaccinated against COVID-19?", "no"),
      ("Have you had COVID-19?", U)]),
    (["My loan from my parents is interest-free.", "The loan I took out is interest-free for two years."],
     [("Do you pay interest on your loan?", "no"), ("Does your loan charge interest?", "no"),
      ("Is your loan interest-free?", "yes")]),
    (["I live rent-free with my parents.", "I live rent-free in my sister's flat."],
     [("Do you pay rent?", "no"), ("Do you rent your home?", "no"), ("Do you live rent-free?", "yes"), ("Are you working?", U)]),
    (["We're mortgage-free now.", "We've been mortgage-free since {y}."],
     [("Do you have a mortgage?", "no"), ("Do you own your home?", "yes"), ("Are you paying off a mortgage?", "no")]),
    (["I'm debt-free now.", "I've been debt-free since {y}."],
     [("Do you have any debts?", "no"), ("Are you in debt?", "no"), ("Do you have any savings?", U)]),
    (["We're a car-free household.", "Our household is car-free."],
     [("Do you own a car?", "no"), ("Does your household have a car?", "no"), ("Do you have a driving licence?", U)]),
    (["The goods I brought back were duty-free.", "Everything I bought abroad was duty-free."],
     [("Did you pay customs duty on the goods?", "no"), ("Were the goods duty-free?", "yes"), ("Did you pay VAT on the goods?", U)]),
    (["My childminder is unregistered.", "The childminder we use is unregistered."],
     [("Is your childminder registered?", "no"), ("Is your childcare provider registered?", "no"), ("Do you pay for childcare?", U)]),
    (["My business is unregistered for VAT.", "I'm a small trader and I'm unregistered for VAT."],
     [("Are you registered for VAT?", "no"), ("Is your business VAT-registered?", "no"), ("Is your business unregistered for VAT?", "yes")]),
    (["I'm an ex-serviceman; I left the Army in {y}.", "I'm ex-Navy; I served for {n} years."],
     [("Are you currently serving in the armed forces?", "no"), ("Have you served in the armed forces?", "yes"),
      ("Are you a serving member of the armed forces?", "no"), ("Do you get a military pension?", U)]),
    (["I'm non-disabled.", "I don't have any disability."],
     [("Do you have a disability?", "no"), ("Are you disabled?", "no"), ("Are you a carer?", U)]),
    (["My job is non-manual; I work in an office.", "I do non-manual office work."],
     [("Is your job manual work?", "no"), ("Do you do manual work?", "no"), ("Do you work full time?", U)]),
    (["I'm an unaccompanied asylum-seeking child, aged 16.", "I came to the UK as an unaccompanied child at 15."],
     [("Did you arrive with a parent?", "no"), ("Were you accompanied by an adult when you arrived?", "no"),
      ("Do you have refugee status?", U)]),
]


def affix_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for forms, qs in AFFIX:
        for q, lab in qs:
            for form in forms:
                fact = form.format(**fill(rng))
                cands.append((say(rng, fact, q), q, lab))
                if rng.random() < 0.3:
                    cands.append((say(rng, fact, q, p=1.0), q, lab))
    return quota(rng, cands, yes=115, no=145, unknown=80)


# --------------------------------------------------------------------------------------------
# 3. exclusive-slot: the one value of a slot vs another value sharing words

UK_BENEFITS = ["Child Benefit", "Housing Benefit", "Child Tax Credit", "Working Tax Credit", "Council Tax Reduction",
               "Universal Credit", "Pension Credit", "Personal Independence Payment", "Disability Living Allowance",
               "Attendance Allowance", "Carer's Allowance", "Employment and Support Allowance", "Jobseeker's Allowance",
               "Maternity Allowance", "Bereavement Support Payment"]
# two values one decision (or one form) can cover together: skipped
BEN_TOGETHER = {frozenset(p) for p in [("Housing Benefit", "Council Tax Reduction"), ("Child Tax Credit", "Working Tax Credit")]}
# benefits one can get at the same time (non-exclusive facts -> unknown); pairs that cannot coexist are left out
NX_BENEFITS = ["Child Benefit", "Housing Benefit", "Council Tax Reduction", "Carer's Allowance",
               "Personal Independence Payment", "Universal Credit", "Pension Credit", "Child Tax Credit", "Working Tax Credit"]
NX_BEN_SKIP = {frozenset(p) for p in [("Universal Credit", "Child Tax Credit"), ("Universal Credit", "Working Tax Credit"),
                                      ("Universal Credit", "Pension Credit"), ("Pension Credit", "Child Tax Credit"),
                                      ("Pension Credit", "Working Tax Credit"), ("Pension Credit", "Carer's Allowance")]}


class Slot:
    def __init__(self, name: str, values: list[str] | list[list[str]], s: list[str], q: list[str],
                 nx_s: list[str] = (), nx_q: list[str] = (), nx_values: list[str] | None = None,
                 cross: bool = False, skip: set[frozenset[str]] = frozenset(), nx_skip: set[frozenset[str]] = frozenset(),
                 article: dict[str, str] | None = None, weight: int = 22):
        groups = values if values and isinstance(values[0], list) else [values]
        self.name, self.groups, self.s, self.q = name, groups, s, q
        self.nx_s, self.nx_q = list(nx_s), list(nx_q)
        self.nx_values = nx_values
        self.cross, self.skip, self.nx_skip = cross, skip, nx_skip
        self.article = article or {}
        self.weight = weight

    def render(self, template: str, v: str, first: bool) -> str:
        p = "my" if first else "your"
        val = v.format(P=p)
        vowel = val[0].lower() in "aeiou" and not val.lower().startswith(("uni", "use", "eu", "one"))
        art = self.article.get(v, "an" if vowel else "a")
        return template.format(v=val, a_v=f"{art} {val}")


STOP = {"a", "an", "the", "my", "your", "of", "and", "for", "to", "{p}", "{P}"}


def content_words(v: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9'-]+", v.replace("{P}", ""))} - STOP


SLOTS = [
    Slot("appeal", UK_BENEFITS,
         ["I'm appealing a decision about {v}.", "I want to appeal the decision on my {v} claim.",
          "The decision I'm appealing is about my {v}.", "I've lodged an appeal against {a_v} decision.",
          "I'm challenging a decision about my {v}."],
         ["Are you appealing a decision about {v}?", "Is your appeal about {v}?", "Is the decision you're appealing about {v}?",
          "Is your appeal against {a_v} decision?"],
         nx_s=["I get {v}.", "I receive {v}.", "I'm claiming {v} at the moment."],
         nx_q=["Do you get {v}?", "Are you receiving {v}?", "Do you claim {v}?"],
         nx_values=NX_BENEFITS, cross=True, skip=BEN_TOGETHER, nx_skip=NX_BEN_SKIP, weight=40),
    Slot("claim_form", UK_BENEFITS,
         ["My new claim is for {v}.", "I'm filling in a claim form for {v}.", "The benefit I'm claiming for is {v}."],
         ["Is your claim for {v}?", "Is the claim form for {v}?", "Is the benefit you're claiming {v}?"],
         skip=BEN_TOGETHER, weight=22),
    Slot("insurance_claim", ["storm damage to {P} roof", "storm damage to {P} car", "water damage to {P} kitchen",
                             "fire damage to {P} kitchen", "a stolen car", "a stolen bike", "flood damage to {P} garage"],
         ["My insurance claim is for {v}.", "I'm making an insurance claim for {v}.", "The claim I've put in is for {v}."],
         ["Is your claim for {v}?", "Is the insurance claim for {v}?", "Is your insurance claim for {v}?"],
         skip={frozenset(("water damage to {P} kitchen", "flood damage to {P} garage"))}, weight=18),
    Slot("loan", [["business loan", "home loan", "car loan", "student loan", "payday loan"],
                  ["buy-to-let mortgage", "residential mortgage", "commercial mortgage"]],
         ["I'm applying for {a_v}.", "The loan I want is {a_v}.", "My application is for {a_v}.", "I need {a_v}."],
         ["Are you applying for {a_v}?", "Is the loan {a_v}?", "Is your application for {a_v}?"],
         nx_s=["I already have {a_v}.", "I'm still paying off {a_v}."], nx_q=["Do you have {a_v}?", "Are you paying off {a_v}?"],
         cross=True, weight=24),
    Slot("course", ["Business Studies", "Media Studies", "Computer Science", "Political Science", "Sports Science",
                    "Civil Engineering", "Mechanical Engineering", "English Literature", "English Language",
                    "Primary Education", "Physical Education"],
         ["The course I'm taking is {v}.", "I'm studying {v} at university.", "My degree is in {v}.",
          "I'm doing a degree in {v}.", "I'm in my first year studying {v}."],
         ["Is your course in {v}?", "Are you studying {v}?", "Is your degree in {v}?", "Is the course you're taking {v}?"],
         nx_s=["I already have a degree in {v}.", "I graduated in {v} years ago."],
         nx_q=["Do you have a degree in {v}?", "Have you got a qualification in {v}?"], cross=True, weight=26),
    Slot("grant", ["home insulation", "home adaptations", "solar panels", "starting a business", "business training",
                   "university tuition fees", "childcare costs"],
         ["The grant I'm applying for is for {v}.", "My grant is for {v}.", "The council grant I want is for {v}."],
         ["Is the grant for {v}?", "Is your grant for {v}?", "Is the grant you want for {v}?"],
         nx_s=["I got a grant for {v} a few years ago."], nx_q=["Have you had a grant for {v} before?"], cross=True, weight=20),
    Slot("export", ["frozen fish", "fresh fish", "frozen chicken", "live cattle", "live sheep", "red wine", "white wine",
                    "wooden furniture", "metal furniture", "cotton shirts", "used cars", "used car parts"],
         ["The goods I'm exporting are {v}.", "The shipment I'm exporting is {v}.", "This consignment I'm sending abroad is {v}.",
          "My export this month is a container of {v}."],
         ["Are the goods you're exporting {v}?", "Is the shipment {v}?", "Is the consignment {v}?", "Are the goods {v}?"],
         nx_s=["My company exports {v}.", "We export {v} to France every month."],
         nx_q=["Do you export {v}?", "Does your business export {v}?"], weight=24),
    Slot("vehicle", ["delivery van", "camper van", "motorbike", "quad bike", "minibus", "saloon car", "pickup truck"],
         ["The vehicle I'm importing is {a_v}.", "I'm importing {a_v} from Japan.", "The vehicle I'm bringing into the country is {a_v}."],
         ["Is the vehicle {a_v}?", "Is the vehicle you're importing {a_v}?", "Is the imported vehicle {a_v}?"],
         nx_s=["I own {a_v}.", "I already have {a_v}."], nx_q=["Do you own {a_v}?"], weight=20),
    Slot("visa", [["Tier 1", "Tier 2", "Tier 4", "Tier 5"], ["Skilled Worker", "Student", "Graduate", "Family",
                                                             "Standard Visitor", "Global Talent"],
                  ["H-1B", "H-2B", "F-1", "J-1", "L-1"]],
         ["My visa application is for {a_v} visa.", "I'm applying for {a_v} visa.", "The visa I've applied for is {a_v} visa."],
         ["Is your visa application for {a_v} visa?", "Are you applying for {a_v} visa?", "Is the visa you've applied for {a_v} visa?"],
         nx_s=["I've held {a_v} visa before.", "I had {a_v} visa a few years ago."],
         nx_q=["Have you ever held {a_v} visa?", "Have you had {a_v} visa before?"], cross=True,
         article={"H-1B": "an", "H-2B": "an", "F-1": "an", "L-1": "an", "J-1": "a", "Family": "a"}, weight=26),
    Slot("complaint", ["{P} GP surgery", "{P} dentist", "{P} landlord", "{P} letting agent", "{P} energy supplier",
                       "{P} water supplier", "{P} broadband provider", "{P} mobile phone provider", "{P} child's school",
                       "{P} local council"],
         ["My complaint is about {v}.", "The complaint I'm making is about {v}.", "The complaint I've sent in is about {v}."],
         ["Is your complaint about {v}?", "Is the complaint about {v}?", "Is the complaint you're making about {v}?"],
         nx_s=["I've complained about {v} before."], nx_q=["Have you complained about {v} before?"], cross=True, weight=22),
    Slot("leave_payment", ["Statutory Maternity Pay", "Maternity Allowance", "Statutory Paternity Pay", "Shared Parental Pay"],
         ["The payment I get during my leave is {v}.", "The only leave payment I get is {v}.",
          "I'm on leave and the payment I receive is {v}."],
         ["Is the payment you get during your leave {v}?", "Is your leave payment {v}?", "Is the payment {v}?"], weight=14),
    Slot("pension_question", ["{P} State Pension", "{P} workplace pension", "{P} private pension"],
         ["My question is about {v}.", "I'm asking about {v}.", "The pension I'm asking about is {v}."],
         ["Is your question about {v}?", "Are you asking about {v}?", "Is the pension you're asking about {v}?"],
         skip={frozenset(("{P} workplace pension", "{P} private pension"))}, weight=10),
    Slot("property_sale", ["{P} main home", "{P} holiday home", "{P} buy-to-let flat", "{P} late mother's house"],
         ["The property I'm selling is {v}.", "The home I'm selling is {v}.", "The property I want to sell is {v}."],
         ["Is the property you're selling {v}?", "Is the home you're selling {v}?", "Is the property {v}?"], weight=14),
    Slot("tax_year", ["2021-22", "2022-23", "2023-24", "2024-25"],
         ["The tax return I'm filing is for the {v} tax year.", "I'm completing my tax return for {v}.",
          "My tax return is for the {v} tax year."],
         ["Is your tax return for the {v} tax year?", "Is the return for {v}?", "Is the tax return you're filing for {v}?"],
         weight=14),
    Slot("licence", ["personal licence", "premises licence", "private hire driver's licence", "street trading licence"],
         ["The licence I'm applying for is {a_v}.", "My application to the council is for {a_v}.", "The licence I need is {a_v}."],
         ["Is the licence {a_v}?", "Is your application for {a_v}?", "Is the licence you're applying for {a_v}?"], weight=14),
    Slot("cared_for", ["{P} mother", "{P} mother-in-law", "{P} father", "{P} grandmother", "{P} husband", "{P} son"],
         ["The person I care for is {v}.", "The only person I look after is {v}.", "The person I'm a carer for is {v}."],
         ["Is the person you care for {v}?", "Is the person you look after {v}?", "Do you care for {v}?"],
         nx_s=["I help look after {v}.", "I care for {v} at weekends."], nx_q=["Do you help care for {v}?", "Do you look after {v}?"],
         weight=20),
]


def slot_pairs(rng: random.Random, sl: Slot) -> list[Row]:
    cands: list[Row] = []
    for _ in range(sl.weight * 12):
        group = rng.choice(sl.groups)
        v = rng.choice(group)
        k = rng.random()
        if k < 0.27:  # exclusive slot, same value -> yes
            s_t, q_t, v2, lab = rng.choice(sl.s), rng.choice(sl.q), v, "yes"
        elif k < 0.65:  # exclusive slot, another value (preferably sharing words) -> no
            others = [w for w in group if w != v and frozenset((v, w)) not in sl.skip]
            sharing = [w for w in others if content_words(w) & content_words(v)]
            v2 = rng.choice(sharing if sharing and rng.random() < 0.8 else others)
            s_t, q_t, lab = rng.choice(sl.s), rng.choice(sl.q), "no"
        else:  # non-exclusive fact
            if not sl.nx_s:
                continue
            pool = [w for w in group if sl.nx_values is None or w in sl.nx_values]
            if v not in pool:
                continue
            kk = rng.random()
            if kk < 0.55:  # another value -> unknown
                others = [w for w in pool if w != v and frozenset((v, w)) not in sl.nx_skip]
                sharing = [w for w in others if content_words(w) & content_words(v)]
                v2 = rng.choice(sharing if sharing and rng.random() < 0.7 else others)
                s_t, q_t, lab = rng.choice(sl.nx_s), rng.choice(sl.nx_q), U
            elif kk < 0.75:  # the same value -> yes
                s_t, q_t, v2, lab = rng.choice(sl.nx_s), rng.choice(sl.nx_q), v, "yes"
            else:  # slot asked about a non-exclusive fact, or the other way round -> unknown
                if not sl.cross:
                    continue
                v2 = v if rng.random() < 0.6 else rng.choice(pool)
                if v2 != v and frozenset((v, v2)) in sl.nx_skip:
                    continue
                if rng.random() < 0.5:
                    s_t, q_t = rng.choice(sl.nx_s), rng.choice(sl.q)
                else:
                    s_t, q_t = rng.choice(sl.s), rng.choice(sl.nx_q)
                lab = U
        fact = sl.render(s_t, v, True)
        q = sl.render(q_t, v2, False)
        cands.append((say(rng, fact, q), q, lab))
    n = sl.weight
    has_nx = bool(sl.nx_s)
    return quota(rng, cands, yes=round(n * (0.28 if has_nx else 0.4)), no=round(n * (0.42 if has_nx else 0.6)),
                 unknown=round(n * 0.36) if has_nx else 0)


def exclusive_pairs(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    for sl in SLOTS:
        out += slot_pairs(rng, sl)
    return out


# --------------------------------------------------------------------------------------------
# 4. implied-fact: hand-written implications (scenario forms, [(question, label)])

IMPLIED: list[tuple[list[str], list[tuple[str, str]]]] = [
    (["I have muscular dystrophy.", "I was diagnosed with muscular dystrophy as a child.", "I've lived with muscular dystrophy since I was young."],
     [("Do you have a disability?", "yes"), ("Are you disabled?", "yes"), ("Do you have a long-term health condition?", "yes"),
      ("Do you use a wheelchair?", U), ("Do you get Personal Independence Payment?", U)]),
    (["I have multiple sclerosis.", "I was diagnosed with MS {n} years ago.", "I've had multiple sclerosis since {y}."],
     [("Do you have a disability?", "yes"), ("Are you disabled?", "yes"), ("Do you have a long-term health condition?", "yes"),
      ("Do you use a wheelchair?", U), ("Do you need help with personal care?", U), ("Are you working?", U)]),
    (["I have cerebral palsy.", "I was born with cerebral palsy."],
     [("Do you have a disability?", "yes"), ("Are you disabled?", "yes"), ("Do you have a learning disability?", U),
      ("Do you drive?", U)]),
    (["I have motor neurone disease.", "I was diagnosed with motor neurone disease last year."],
     [("Do you have a disability?", "yes"), ("Are you disabled?", "yes"), ("Do you have a long-term health condition?", "yes"),
      ("Do you live alone?", U)]),
    (["I was born with spina bifida."],
     [("Do you have a disability?", "yes"), ("Have you had your condition since birth?", "yes"), ("Do you use a wheelchair?", U)]),
    (["I'm blind.", "I've been blind since birth.", "I'm registered blind."],
     [("Do you have a disability?", "yes"), ("Are you visually impaired?", "yes"), ("Do you have a sight impairment?", "yes"),
      ("Are you deaf?", U), ("Do you have a guide dog?", U)]),
    (["I'm profoundly deaf.", "I've been deaf since I was a child.", "I'm deaf and use British Sign Language."],
     [("Do you have a disability?", "yes"), ("Do you have a hearing impairment?", "yes"), ("Are you blind?", U),
      ("Are you visually impaired?", U)]),
    (["I use a wheelchair all the time.", "I'm a full-time wheelchair user.", "I've used a wheelchair since a spinal injury in {y}."],
     [("Do you have a disability?", "yes"), ("Are you disabled?", "yes"), ("Do you have mobility problems?", "yes"),
      ("Do you have multiple sclerosis?", U), ("Do you own a car?", U)]),
    (["I had my left leg amputated after an accident.", "I lost my right arm in an accident at work."],
     [("Do you have a physical disability?", "yes"), ("Do you have a disability?", "yes"), ("Were you injured in an accident?", "yes"),
      ("Do you use a wheelchair?", U)]),
    (["My son has Down's syndrome.", "Our son was born with Down's syndrome."],
     [("Does your son have a disability?", "yes"), ("Is your child disabled?", "yes"), ("Do you have a disability?", U),
      ("Are you a parent?", "yes"), ("Are you disabled?", U)]),
    (["My daughter has cerebral palsy.", "Our daughter was born with cerebral palsy."],
     [("Does your daughter have a disability?", "yes"), ("Do you have a disability?", U), ("Are you disabled?", U),
      ("Do you have children?", "yes")]),
    (["I work as a care worker for disabled adults.", "I'm a support worker for people with learning disabilities."],
     [("Are you disabled?", U), ("Do you have a learning disability?", U), ("Do you work with disabled people?", "yes"),
      ("Do you have a job?", "yes")]),
    (["I'm a nurse.", "I work as a nurse at a hospital in {ukcity}.", "I've been a nurse for {n} years."],
     [("Are you disabled?", U), ("Do you have a disability?", U), ("Do you work in healthcare?", "yes"), ("Are you a student?", U)]),
    (["I care for my disabled wife.", "I look after my wife, who is disabled."],
     [("Are you disabled?", U), ("Is your wife disabled?", "yes"), ("Are you a carer?", "yes"), ("Are you married?", "yes"),
      ("Do you get Carer's Allowance?", U)]),
    (["I broke my arm last week.", "I fractured my wrist last week and it's in plaster.", "I sprained my ankle a few days ago."],
     [("Do you have a long-term disability?", U), ("Are you disabled?", U), ("Are you injured?", "yes"),
      ("Do you have an injury?", "yes")]),
    (["I've had flu for the past few days.", "I've got a bad cold this week."],
     [("Are you ill?", "yes"), ("Do you have a long-term illness?", U), ("Do you have a disability?", U)]),
    (["My baby was born last week.", "We had a baby girl last week."],
     [("Are you pregnant?", "no"), ("Have you had a baby?", "yes"), ("Do you have a child under one?", "yes"),
      ("Are you expecting a baby?", "no"), ("Are you on maternity leave?", U), ("Are you married?", U)]),
    (["I gave birth to my son ten days ago.", "I gave birth to twins last week."],
     [("Are you pregnant?", "no"), ("Have you given birth?", "yes"), ("Are you expecting a baby?", "no"),
      ("Do you have a newborn baby?", "yes"), ("Are you on maternity leave?", U)]),
    (["I'm pregnant and my baby is due in {m}.", "I'm expecting a baby in {m}."],
     [("Are you pregnant?", "yes"), ("Are you expecting a baby?", "yes"), ("Has your baby been born?", "no"),
      ("Have you had your baby?", "no"), ("Do you have any children?", U), ("Are you working?", U)]),
    (["I'm pregnant with my first child.", "I'm expecting my first baby in {m}."],
     [("Do you have any children?", "no"), ("Are you pregnant?", "yes"), ("Are you married?", U)]),
    (["My wife is pregnant with our first child."],
     [("Is your partner pregnant?", "yes"), ("Do you have any children?", "no"), ("Are you married?", "yes")]),
    (["My partner is expecting our first baby in {m}."],
     [("Is your partner pregnant?", "yes"), ("Do you have any children?", "no"), ("Are you married?", U)]),
    (["My partner gave birth to our son last week."],
     [("Is your partner pregnant?", "no"), ("Do you have a child?", "yes"), ("Do you have a newborn baby?", "yes")]),
    (["My husband passed away last month.", "My husband died in {m} this year.", "I lost my husband to cancer this {m}."],
     [("Are you widowed?", "yes"), ("Is your husband alive?", "no"), ("Is your partner alive?", "no"), ("Are you bereaved?", "yes"),
      ("Are you married?", "no"), ("Do you have children?", U), ("Do you get Bereavement Support Payment?", U)]),
    (["My wife died {n} years ago and I live alone now.", "I've been on my own since my wife passed away in {y}."],
     [("Are you a widower?", "yes"), ("Is your wife alive?", "no"), ("Are you married?", "no"), ("Do you live with a partner?", "no"),
      ("Do you have children?", U)]),
    (["My father died last year.", "My dad passed away in {m}."],
     [("Are you widowed?", U), ("Is your father alive?", "no"), ("Are you bereaved?", "yes"), ("Is your mother alive?", U),
      ("Are you married?", U)]),
    (["I used to care for my mum until she died in {m}."],
     [("Is your mother alive?", "no"), ("Are you still caring for your mother?", "no"), ("Did you care for your mother?", "yes"),
      ("Are you widowed?", U)]),
    (["I'm in my second year at university.", "I'm a second-year student at {uni}.", "I'm halfway through my degree at {uni}."],
     [("Are you a student?", "yes"), ("Are you in higher education?", "yes"), ("Are you studying?", "yes"),
      ("Do you work part time?", U), ("Do you have a student loan?", U), ("Are you under 25?", U)]),
    (["I graduated last year and now work in a shop.", "I finished my degree last summer and now work full time as {a_role}."],
     [("Are you a student?", "no"), ("Are you in full-time education?", "no"), ("Do you have a degree?", "yes"),
      ("Are you working?", "yes"), ("Do you have a student loan?", U)]),
    (["I'm 17.", "I'm 17 and live with my parents.", "I'll be 18 next month."],
     [("Are you an adult?", "no"), ("Are you under 18?", "yes"), ("Are you 18 or older?", "no"), ("Are you over 18?", "no"),
      ("Do you have a job?", U)]),
    (["I'm 16 and still at school.", "I'm 17 and in sixth form."],
     [("Are you an adult?", "no"), ("Are you in education?", "yes"), ("Are you under 18?", "yes"), ("Are you at university?", "no")]),
    (["I'm 45.", "I turned 18 last week.", "I'm 32 and live on my own."],
     [("Are you an adult?", "yes"), ("Are you under 18?", "no"), ("Are you a child?", "no")]),
    (["I'm in Year 10 at secondary school."],
     [("Are you at school?", "yes"), ("Are you an adult?", "no"), ("Are you at university?", "no"), ("Are you over 18?", "no")]),
    (["I'm currently serving a prison sentence.", "I have two more years of my prison sentence to serve."],
     [("Are you in prison?", "yes"), ("Are you serving a custodial sentence?", "yes"), ("Are you married?", U)]),
    (["My partner is serving a three-year prison sentence.", "My partner has been in prison since {m}."],
     [("Is your partner in prison?", "yes"), ("Does your partner live with you?", "no"), ("Are you married?", U),
      ("Are you in prison?", U)]),
    (["My husband is in prison until next year."],
     [("Is your partner in prison?", "yes"), ("Does your husband live with you?", "no"), ("Are you married?", "yes")]),
    (["I'm a veteran; I served in the Army for {n} years.", "I left the Royal Navy in {y} after {n} years' service."],
     [("Have you served in the armed forces?", "yes"), ("Are you currently serving in the armed forces?", "no"),
      ("Are you a veteran?", "yes"), ("Do you have a disability?", U)]),
    (["I'm a sole trader.", "I run my bakery as a sole trader."],
     [("Are you self-employed?", "yes"), ("Is your business a limited company?", "no"), ("Do you have employees?", U),
      ("Are you registered for VAT?", U)]),
    (["I run my business as a limited company and I'm its only director."],
     [("Are you a sole trader?", "no"), ("Is your business a limited company?", "yes"), ("Are you a company director?", "yes")]),
    (["I became a British citizen in {y}.", "I was naturalised as a British citizen {n} years ago."],
     [("Are you a British citizen?", "yes"), ("Do you need a visa to live in the UK?", "no"), ("Do you have a British passport?", U)]),
    (["We got married last Saturday.", "I married my partner last month."],
     [("Are you married?", "yes"), ("Are you single?", "no"), ("Do you have a spouse?", "yes"), ("Do you have children?", U)]),
    (["I'm engaged and we're getting married next summer.", "My fiancé and I are getting married in {m}."],
     [("Are you married?", "no"), ("Are you in a relationship?", "yes"), ("Are you single?", "no"), ("Do you have children?", U)]),
    (["I retired last year at 67 after forty years as a teacher."],
     [("Have you worked as a teacher?", "yes"), ("Are you still working?", "no"), ("Are you under 65?", "no"),
      ("Are you 66 or over?", "yes"), ("Do you get a teacher's pension?", U)]),
    (["I'm an only child."],
     [("Do you have any brothers or sisters?", "no"), ("Do you have a sibling?", "no"), ("Do you have children?", U)]),
    (["I have a twin sister.", "My twin brother lives in Australia."],
     [("Do you have a sibling?", "yes"), ("Do you have any brothers or sisters?", "yes"), ("Are you an only child?", "no")]),
    (["Both my parents died when I was a child.", "I lost both my parents when I was young."],
     [("Are your parents alive?", "no"), ("Is your mother alive?", "no"), ("Is your father still living?", "no"),
      ("Are you widowed?", U)]),
    (["I'm a stay-at-home dad to our two kids.", "I stay at home to look after our three children while my wife works."],
     [("Are you in paid work?", "no"), ("Do you have children?", "yes"), ("Are you a parent?", "yes"), ("Do you own your home?", U)]),
    (["I'm a retired police officer."],
     [("Are you a serving police officer?", "no"), ("Have you worked for the police?", "yes"), ("Are you retired?", "yes"),
      ("Do you get a police pension?", U)]),
    (["I'm doing a PhD in chemistry.", "I'm a PhD student at {uni}."],
     [("Are you a student?", "yes"), ("Are you in higher education?", "yes"), ("Are you studying?", "yes"), ("Do you have a job?", U)]),
    (["I was diagnosed with cancer last month and I'm having chemotherapy."],
     [("Are you ill?", "yes"), ("Are you having medical treatment?", "yes"), ("Are you working?", U)]),
    (["I'm an apprentice electrician in my second year."],
     [("Are you doing an apprenticeship?", "yes"), ("Are you a qualified electrician?", "no"), ("Are you married?", U)]),
    (["I have type 1 diabetes and inject insulin every day."],
     [("Do you have a long-term health condition?", "yes"), ("Do you take medication?", "yes"), ("Do you use a wheelchair?", U)]),
    (["I've been housebound since a stroke two years ago."],
     [("Have you had a stroke?", "yes"), ("Can you leave your home easily?", "no"), ("Do you live alone?", U)]),
    (["My mum is 92 and lives with us.", "My mother is 88 and lives in our spare room."],
     [("Is your mother alive?", "yes"), ("Is your mother over 80?", "yes"), ("Does your mother live with you?", "yes"),
      ("Are you a carer?", U)]),
    (["I've just qualified as a doctor."],
     [("Are you a medical student?", "no"), ("Are you a doctor?", "yes"), ("Do you work for the NHS?", U)]),
    (["I'm a first-year medical student."],
     [("Are you a qualified doctor?", "no"), ("Are you a student?", "yes"), ("Are you at university?", "yes"), ("Do you work part time?", U)]),
    (["I was made redundant last month and haven't found work yet."],
     [("Have you lost your job?", "yes"), ("Are you working?", "no"), ("Did you get redundancy pay?", U)]),
    (["I'm deaf in one ear after an infection last year."],
     [("Do you have a hearing impairment?", "yes"), ("Are you blind?", U)]),
]


def pregnancy_weeks_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(120):
        w = rng.randint(8, 39)
        fact = rng.choice(["I'm {w} weeks pregnant.", "I'm {w} weeks pregnant with my second child.", "I'm {w} weeks into my pregnancy."]).format(w=w)
        t = rng.choice([11, 12, 15, 20, 24, 25, 26, 28, 29, 30, 34])
        kind = rng.randrange(3)
        if kind == 0:
            q, lab = f"Are you at least {t} weeks pregnant?", yn(w >= t)
        elif kind == 1:
            if w == t:
                continue
            q, lab = f"Are you more than {t} weeks pregnant?", yn(w > t)
        else:
            left = 40 - w
            if left == t:
                continue
            q, lab = f"Is your baby due within the next {t} weeks?", yn(left < t)
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=8, no=8, unknown=0)


def implied_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for forms, qs in IMPLIED:
        for q, lab in qs:
            for form in forms:
                fact = form.format(**fill(rng))
                cands.append((say(rng, fact, q), q, lab))
                if rng.random() < 0.25:
                    cands.append((say(rng, fact, q, p=1.0), q, lab))
    return quota(rng, cands, yes=135, no=90, unknown=95) + pregnancy_weeks_pairs(rng)


# --------------------------------------------------------------------------------------------
# 5. hipaa-roles: who received a patient's information, why, and whether authorization was signed

ACTORS = [  # intro, information types
    ("I'm a nurse at a clinic.", ["test results", "medical records", "diagnosis", "blood test results"]),
    ("I'm a receptionist at a doctor's office.", ["appointment history", "medical records", "test results"]),
    ("I work in billing at a hospital.", ["treatment records", "diagnosis", "hospital bills"]),
    ("I'm a pharmacist.", ["prescription history", "medication list"]),
    ("I'm a doctor in a private practice.", ["diagnosis", "medical records", "X-ray results"]),
    ("I work in the records department of a hospital.", ["medical records", "discharge summary"]),
    ("I'm a medical assistant at a family practice.", ["test results", "vaccination records"]),
    ("I'm a dentist.", ["dental records", "X-rays"]),
]
PATIENTS = [("Ms Garcia", "her", "she"), ("Mr Chen", "his", "he"), ("Mrs Okafor", "her", "she"), ("Mr Patel", "his", "he"),
            ("a patient", "her", "she"), ("a patient", "his", "he")]
OBJ = {"her": "her", "his": "him"}
RECIPIENTS = {  # kind -> phrases ({pos} / {obj} / {subj})
    "police": ["to the police because they asked", "to a police officer investigating a burglary",
               "to a detective who came in to ask"],
    "police_court": ["to the police after they showed me a court order"],
    "employer": ["to {pos} employer's HR department", "to {pos} boss, who phoned to ask"],
    "journalist": ["to a journalist writing a story about us", "to a local newspaper reporter"],
    "researcher": ["to a university researcher for a study", "to a research team studying heart disease"],
    "treating": ["to another doctor who is treating {obj}", "to {pos} specialist so {subj} could be treated",
                 "to the hospital admitting {obj}, for {pos} care"],
    "patient": ["to {obj} when {subj} asked for a copy", "to {obj} directly at {pos} request"],
    "family": ["to {pos} mother", "to {pos} {spouse}, who called to ask", "to {pos} adult son", "to {pos} sister"],
    "insurer": ["to {pos} health insurer so we could be paid", "to {pos} health plan with our bill"],
    "marketing": ["to a marketing company that sells vitamins", "to a drug company for its advertising mailings"],
    "marketing_sold": ["to a marketing company, which paid us for them"],
}
AUTH = {  # state -> sentences
    "none": [""],
    "signed": ["{Subj} had signed a written authorization.", "{Subj} signed an authorization form first."],
    "refused": ["{Subj} had refused to sign an authorization.", "{Subj} did not sign any authorization."],
    "no_consent": ["I did it without {pos} consent.", "I didn't ask for {pos} permission."],
}
VERBS = ["gave", "sent", "emailed", "faxed", "passed"]

_REC_FLAGS = {  # kind -> set of true recipient/purpose flags
    "police": {"le"}, "police_court": {"le", "court"}, "employer": {"employer"}, "journalist": {"media"},
    "researcher": {"research"}, "treating": {"treatment", "provider"}, "patient": {"individual"}, "family": {"family"},
    "insurer": {"payment", "plan"}, "marketing": {"marketing"}, "marketing_sold": {"marketing", "sold"},
}


def _flag_q(flag: str, skip: set[str]) -> Callable[[str, str], str | None]:
    def f(kind: str, auth: str) -> str | None:
        if kind in skip:
            return None
        return yn(flag in _REC_FLAGS[kind])
    return f


def _auth_q(kind: str, auth: str) -> str | None:
    return {"signed": "yes", "refused": "no", "no_consent": "no", "none": U}[auth]


HIPAA_Q: list[tuple[list[str], Callable[[str, str], str | None]]] = [
    (["Is the information disclosed to a law enforcement official?", "Was the information given to the police?"], _flag_q("le", set())),
    (["Is the information shared with a family member?", "Was the information given to a relative of the patient?"],
     _flag_q("family", set())),
    (["Is the information disclosed for treatment?", "Was the disclosure for treatment purposes?"],
     _flag_q("treatment", {"family", "patient"})),
    (["Is the information disclosed for payment?", "Was the disclosure made to get paid for care?"],
     _flag_q("payment", {"family", "patient"})),
    (["Is the information disclosed for marketing?", "Is the disclosure for marketing purposes?"], _flag_q("marketing", set())),
    (["Did the individual sign a written authorization?", "Has the patient signed a written authorization?",
      "Did the patient give written authorization for the disclosure?"], _auth_q),
    (["Is the information disclosed to the individual it is about?", "Was the information given to the patient themselves?"],
     _flag_q("individual", set())),
    (["Is the information disclosed to the individual's employer?"], _flag_q("employer", set())),
    (["Is the information disclosed for research?", "Is the information given to a researcher?"], _flag_q("research", set())),
    (["Is the information disclosed to a health care provider?"], _flag_q("provider", {"family", "patient", "researcher"})),
    (["Is the information disclosed to a health plan?"], _flag_q("plan", set())),
    (["Is the information disclosed to the media?"], _flag_q("media", set())),
    (["Did the police have a court order?"],
     lambda kind, auth: "yes" if kind == "police_court" else (U if kind == "police" else None)),
    (["Was the information sold?", "Did you receive payment for the information?"],
     lambda kind, auth: "yes" if kind == "marketing_sold" else (U if kind in ("marketing", "journalist", "researcher") else None)),
    (["Was the disclosure made in an emergency?", "Is the patient a minor?"], lambda kind, auth: U),
    (["Did the patient agree to the disclosure?"],
     lambda kind, auth: {"signed": "yes", "refused": "no", "no_consent": "no"}.get(auth, U if kind != "patient" else None)),
]


def hipaa_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(1500):
        intro, infos = rng.choice(ACTORS)
        name, pos, subj = rng.choice(PATIENTS)
        kind = rng.choice(sorted(RECIPIENTS))
        auth = rng.choice(["none", "none", "signed", "refused", "no_consent"])
        if kind == "patient" and auth != "none":
            continue  # authorization talk is odd when patients get their own records
        rec = rng.choice(RECIPIENTS[kind]).format(pos=pos, obj=OBJ[pos], subj=subj, spouse="husband" if pos == "her" else "wife")
        info = rng.choice(infos)
        whose = f"{name}'s" if name != "a patient" else "a patient's"
        action = f"I {rng.choice(VERBS)} {whose} {info} {rec}."
        auth_s = rng.choice(AUTH[auth]).format(Subj=subj.capitalize(), pos=pos)
        fact = " ".join(x for x in (intro, action, auth_s) if x)
        qs, fn = rng.choice(HIPAA_Q)
        lab = fn(kind, auth)
        if lab is None:
            continue
        q = rng.choice(qs)
        if q == "Is the patient a minor?" and "adult son" in rec:
            continue  # a patient with an adult son is not a minor
        cands.append((say(rng, fact, q, neutral_only=True, p=0.35), q, lab))
    return quota(rng, cands, yes=55, no=70, unknown=28)


# --------------------------------------------------------------------------------------------

FAMILIES: list[tuple[str, Callable[[random.Random], list[Row]]]] = [
    ("antonym-status", antonym_pairs), ("affix-negation", affix_pairs), ("exclusive-slot", exclusive_pairs),
    ("implied-fact", implied_pairs), ("hipaa-roles", hipaa_pairs),
]


def generate(seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    heldout = _heldout()
    rows: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for fam, fn in FAMILIES:
        for s, q, a in fn(rng):
            assert a in ("yes", "no", "unknown"), (s, q, a)
            assert words(s) <= MAX_WORDS, s
            assert "{" not in s and "{" not in q, (s, q)
            if (s, q) in heldout or (s, q) in seen:
                continue
            seen.add((s, q))
            rows.append({"scenario": s, "question": q, "answer": a, "family": fam})
    return rows


def main() -> None:
    rows = generate(0)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    fams = Counter(r["family"] for r in rows)
    for fam, _fn in FAMILIES:
        c = Counter(r["answer"] for r in rows if r["family"] == fam)
        print(f"  {fam:16s} {fams[fam]:4d}  yes {c['yes']:3d}  no {c['no']:3d}  unknown {c['unknown']:3d}")
    tot = Counter(r["answer"] for r in rows)
    print("answers:", {k: f"{v} ({v / len(rows):.0%})" for k, v in sorted(tot.items())})
    print("max words:", max(words(r["scenario"]) for r in rows))


if __name__ == "__main__":
    main()
