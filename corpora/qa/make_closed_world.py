"""Generate corpora/qa/closed_world.jsonl: first-person situations asked second-person yes/no
questions, labelled with the closed-world convention.

    python corpora/qa/make_closed_world.py          # deterministic (seed 0)

Every template, word list and rule below was written by hand for this project from general
knowledge (UK / US / Australian benefits, tax, visas, work, loans, exporting, veterans, student
finance, housing); nothing is derived from ShARC dev data or any evaluation data.

Labelling convention taught here:

* closed-world exclusion -> "no": the scenario states the value of a *mutually exclusive*
  attribute (where you live, the one job you describe, marital status, age, the course you study,
  the vehicle / goods / item in question, the business you run, the loan's purpose, the year
  something happened, nationality) and the question asks about a different value;
* the same value, paraphrased or contained (Cardiff -> Wales -> the UK) -> "yes";
* a "no" implied by stated facts ("we have no children" -> "looking after children under 12?")
  -> "no";
* anything the scenario does not touch, or a non-exclusive attribute (benefits, hobbies, one of
  several jobs), or a finer value than the one stated ("I live in England" -> "Leeds?") ->
  "unknown".

Pairs where the convention is debatable (dual roles, overlapping categories, Brexit-dependent
EU questions about UK places, ...) are skipped rather than guessed. About half the scenarios carry
an irrelevant distractor sentence that never touches the attribute asked about. Pairs in
``HELDOUT`` of make_templated.py are never written.
"""

from __future__ import annotations

import importlib.util
import json
import random
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

HERE = Path(__file__).resolve().parent
OUT = HERE / "closed_world.jsonl"
MAX_WORDS = 50

Row = tuple[str, str, str]


def _heldout() -> set[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("make_templated", HERE / "make_templated.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return set(mod.HELDOUT)


# --------------------------------------------------------------------------------------------
# helpers

def an(x: str) -> str:
    return ("an " if x[0].lower() in "aeiou" else "a ") + x


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def yn(b: bool) -> str:
    return "yes" if b else "no"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# Irrelevant sentences; tags name what they touch, so a distractor never answers (or contradicts)
# the question or the key fact.
DISTRACTORS = [
    ("It has been raining here all week.", set()),
    ("A friend told me I might be eligible.", set()),
    ("I'm asking because the guidance online is confusing.", set()),
    ("I found your website through a search engine.", set()),
    ("I'm not sure which form I need.", set()),
    ("I've been reading about this for days.", set()),
    ("My neighbour suggested I ask you.", set()),
    ("I'd like to get this sorted before the summer.", set()),
    ("I want to make sure I fill the form in correctly.", set()),
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
    ("My parents are both retired now.", {"family", "age"}),
    ("My brother helped me write this.", {"family"}),
    ("My daughter is starting school in September.", {"children", "family", "age"}),
    ("My husband thinks I should check.", {"marital", "family"}),
    ("My wife usually deals with our paperwork.", {"marital", "family"}),
]

_AUTO = [
    (("wife", "husband", "partner", "married", "marriage", "widow", "divorc", "spouse", "boyfriend",
      "girlfriend", "single", "couple"), {"marital", "family"}),
    (("child", "son", "daughter", "kids", "baby", "parent"), {"children", "family"}),
    (("brother", "sister", "mum", "dad", "mother", "father", "family", "cousin"), {"family"}),
    (("dog", "cat", "pet"), {"pets"}),
    (("alone", "on my own", "just me", "live with"), {"marital", "family", "children", "household"}),
    (("aged", "older", "over", "under", "age", "years old", "pension", "retire", "adult"), {"age"}),
    (("disab", "sick", "ill", "health", "injur", "hospital"), {"health"}),
    (("cycl", "bicycle", "driv", "vehicle", "car"), {"vehicle"}),
    (("play", "hobby", "sport", "football", "golf", "tennis", "guitar", "swim", "garden", "read"), {"hobby"}),
]


def _auto_tags(text: str) -> set[str]:
    low = text.lower()
    out: set[str] = set()
    for words, tags in _AUTO:
        if any(w in low for w in words):
            out |= tags
    return out


def say(rng: random.Random, facts: str | list[str], question: str, avoid: Iterable[str] = (),
        p: float = 0.5) -> str:
    """Join the key fact sentence(s), adding an irrelevant sentence before or after in about
    p of the cases; the distractor never touches what the facts or the question talk about."""
    parts = [facts] if isinstance(facts, str) else list(facts)
    if rng.random() < p:
        bad = set(avoid) | _auto_tags(" ".join(parts)) | _auto_tags(question)
        pool = [d for d, tags in DISTRACTORS if not (tags & bad)]
        d = rng.choice(pool)
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


ROLES = ["nurse", "teacher", "builder", "shop assistant", "driver", "cleaner", "engineer", "chef",
         "accountant", "care worker"]

# --------------------------------------------------------------------------------------------
# residence: city -> region -> country containment

PARENT: dict[str, str] = {}


def _under(parent: str, *kids: str) -> None:
    for k in kids:
        PARENT[k] = parent


_under("the UK", "England", "Wales", "Scotland", "Northern Ireland")
_under("England", "Leeds", "Manchester", "Birmingham", "Bristol", "Sheffield")
_under("Wales", "Cardiff", "Swansea")
_under("Scotland", "Glasgow", "Edinburgh", "Aberdeen")
_under("Northern Ireland", "Belfast")
_under("France", "Paris", "Lyon")
_under("Spain", "Madrid", "Barcelona")
_under("Germany", "Berlin", "Munich")
_under("Ireland", "Dublin", "Cork")
_under("Italy", "Rome", "Milan")
_under("Poland", "Warsaw", "Krakow")
_under("Norway", "Oslo")
_under("Switzerland", "Zurich", "Geneva")
_under("Canada", "Ontario", "British Columbia")
_under("Ontario", "Toronto", "Ottawa")
_under("British Columbia", "Vancouver")
_under("Australia", "New South Wales", "Queensland")
_under("New South Wales", "Sydney")
_under("Queensland", "Brisbane")
_under("the US", "Texas", "California", "Florida")
_under("Texas", "Houston", "Austin", "Dallas")
_under("California", "Los Angeles", "San Diego")
_under("Florida", "Miami", "Orlando")
_under("New Zealand", "Auckland", "Wellington")
_under("India", "Mumbai", "Delhi")

PLACES = sorted(set(PARENT) | set(PARENT.values()))
TOPS = sorted(set(PARENT.values()) - set(PARENT))
EU = {"France", "Spain", "Germany", "Ireland", "Italy", "Poland"}
EEA = EU | {"Norway"}
EUROPE = EEA | {"Switzerland", "the UK"}
SURFACE = {"the UK": ["the UK", "the United Kingdom"], "the US": ["the US", "the United States"]}


def ancestors(p: str) -> list[str]:
    out = [p]
    while out[-1] in PARENT:
        out.append(PARENT[out[-1]])
    return out


def descendants(p: str) -> set[str]:
    return {c for c in PLACES if c != p and p in ancestors(c)}


def country(p: str) -> str:
    return ancestors(p)[-1]


def place_label(s: str, q: str) -> str | None:
    """Does someone living in s live in q?"""
    if q == "Ireland" and ("Northern Ireland" in ancestors(s) or "Northern Ireland" in descendants(s)):
        return None
    if q == "Northern Ireland" and s == "Ireland":
        return None  # island of Ireland vs the Republic: skip
    if q in ancestors(s):
        return "yes"
    if q in descendants(s):
        return "unknown"
    return "no"


def group_label(s: str, group: set[str], skip_uk: bool) -> str | None:
    if skip_uk and "the UK" in ancestors(s):
        return None  # EU / EEA membership of UK places depends on the date: skip
    if set(ancestors(s)) & group:
        return "yes"
    if descendants(s) & group:
        return "unknown"
    return "no"


RES_S = ["I live in {p}.", "I'm based in {p}.", "My home is in {p}.", "We live in {p}.",
         "I've lived in {p} for {n} years.", "My family and I live in {p}.",
         "I moved to {p} {n} years ago.", "I'm {role} living in {p}.", "Home for me is {p}."]
RES_Q = ["Do you live in {p}?", "Are you living in {p}?", "Are you a resident of {p}?",
         "Is your home in {p}?", "Do you reside in {p}?", "Is your main home in {p}?"]
RES_GROUPS = [
    (["Do you live in the EU?", "Do you live in an EU country?", "Are you resident in an EU member state?"], EU, True),
    (["Are you a resident of an EEA country?", "Do you live in the EEA?"], EEA, True),
    (["Are you a resident of an EEA country or Switzerland?", "Do you live in the EEA or Switzerland?"],
     EEA | {"Switzerland"}, True),
    (["Do you live in Europe?"], EUROPE, False),
    (["Do you live in Great Britain?"], {"England", "Scotland", "Wales"}, False),
    (["Do you live outside the UK?", "Are you resident outside the UK?"], set(TOPS) - {"the UK"}, False),
    (["Do you live in North America?"], {"Canada", "the US"}, False),
]


def _surf(rng: random.Random, p: str) -> str:
    return rng.choice(SURFACE.get(p, [p]))


def residence_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(900):
        s_place = rng.choice(PLACES)
        form = rng.choice(RES_S)
        fact = form.format(p=_surf(rng, s_place), n=rng.randint(2, 20), role=an(rng.choice(ROLES)))
        kind = rng.random()
        if kind < 0.55:
            # another single place: a sibling, an ancestor, a descendant or anything else
            sibs = [c for c in PLACES if PARENT.get(c) == PARENT.get(s_place) and c != s_place and s_place in PARENT]
            pool = rng.choice([sibs or PLACES, ancestors(s_place)[1:] or PLACES, sorted(descendants(s_place)) or PLACES, PLACES])
            q_place = rng.choice(pool)
            lab = place_label(s_place, q_place)
            q = rng.choice(RES_Q).format(p=_surf(rng, q_place))
        else:
            qs, group, skip_uk = rng.choice(RES_GROUPS)
            lab = group_label(s_place, group, skip_uk)
            q = rng.choice(qs)
        if lab is None:
            continue
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=50, no=65, unknown=30)


# --------------------------------------------------------------------------------------------
# nationality

NATS = [  # adjective, country
    ("British", "the UK"), ("French", "France"), ("Spanish", "Spain"), ("German", "Germany"),
    ("Irish", "Ireland"), ("Italian", "Italy"), ("Polish", "Poland"), ("Norwegian", "Norway"),
    ("Swiss", "Switzerland"), ("American", "the United States"), ("Canadian", "Canada"),
    ("Australian", "Australia"), ("Indian", "India"), ("Nigerian", "Nigeria"), ("Brazilian", "Brazil"),
    ("Japanese", "Japan"),
]
NAT_EU = {"French", "Spanish", "German", "Irish", "Italian", "Polish"}
NAT_EEA = NAT_EU | {"Norwegian"}
NAT_S = ["I'm {a} citizen.", "I am {a} national.", "I have {adj} citizenship.", "I hold {a} passport.",
         "My nationality is {adj}.", "I'm {adj} by nationality."]
NAT_Q = ["Are you {a} citizen?", "Are you {a} national?", "Do you have {adj} citizenship?",
         "Are you a citizen of {c}?", "Do you hold {a} passport?"]
NAT_GROUP_Q = [
    (["Are you an EU citizen?", "Are you an EU national?", "Are you a citizen of an EU country?"], NAT_EU),
    (["Are you an EEA national?", "Are you a citizen of an EEA country?"], NAT_EEA),
    (["Are you a national of an EEA country or Switzerland?"], NAT_EEA | {"Swiss"}),
]


def nationality_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(500):
        adj, c = rng.choice(NATS)
        fact = rng.choice(NAT_S).format(a=an(adj), adj=adj)
        if rng.random() < 0.6:
            adj2, c2 = rng.choice(NATS) if rng.random() < 0.7 else (adj, c)
            if {adj, adj2} == {"Irish", "British"}:
                continue  # Irish / British dual citizenship is common: skip
            q = rng.choice(NAT_Q).format(a=an(adj2), adj=adj2, c=c2)
            lab = yn(adj2 == adj)
        else:
            if adj == "British":
                continue  # EU questions about British citizens depend on the date
            qs, group = rng.choice(NAT_GROUP_Q)
            q = rng.choice(qs)
            lab = yn(adj in group)
        cands.append((say(rng, fact, q), q, lab))
    # where you live says nothing about your citizenship, and the other way round
    for _ in range(120):
        p = rng.choice(PLACES)
        adj, c = rng.choice(NATS)
        if rng.random() < 0.5:
            fact = rng.choice(RES_S[:4]).format(p=_surf(rng, p))
            q = rng.choice(NAT_Q).format(a=an(adj), adj=adj, c=c)
        else:
            fact = rng.choice(NAT_S).format(a=an(adj), adj=adj)
            q = rng.choice(RES_Q).format(p=_surf(rng, p))
        cands.append((say(rng, fact, q), q, "unknown"))
    return quota(rng, cands, yes=20, no=38, unknown=30)


# --------------------------------------------------------------------------------------------
# employer (the one job described) and employment status

EMPLOYERS = [  # phrase after "work", tags
    ("at a local hardware store", {"shop", "retail", "private"}),
    ("at a supermarket", {"shop", "retail", "private"}),
    ("in a clothes shop", {"shop", "retail", "private"}),
    ("for a high street bank", {"bank", "private"}),
    ("for a homeless charity", {"charity"}),
    ("for an animal welfare charity", {"charity"}),
    ("for the NHS", {"nhs", "health", "public"}),
    ("at an NHS hospital", {"nhs", "health", "public"}),
    ("for the local council", {"council", "public"}),
    ("for a software company", {"software", "private"}),
    ("for a building firm", {"construction", "private"}),
    ("in a restaurant", {"restaurant", "hospitality", "private"}),
    ("in a hotel", {"hotel", "hospitality", "private"}),
    ("on a dairy farm", {"farm", "private"}),
    ("in a car factory", {"factory", "private"}),
]
EMP_Q = {
    "charity": ["Are you working for a charity?", "Is your employer a charity?", "Do you work in the voluntary sector?"],
    "shop": ["Do you work in a shop?", "Do you work in retail?"],
    "bank": ["Do you work for a bank?", "Is your employer a bank?"],
    "nhs": ["Do you work for the NHS?", "Are you an NHS employee?"],
    "health": ["Do you work in healthcare?"],
    "public": ["Do you work in the public sector?", "Is your employer a public body?"],
    "council": ["Do you work for the local council?", "Are you employed by a local authority?"],
    "software": ["Do you work for a software company?"],
    "construction": ["Do you work in construction?", "Is your employer a building firm?"],
    "restaurant": ["Do you work in a restaurant?"],
    "hotel": ["Do you work in a hotel?"],
    "hospitality": ["Do you work in hospitality?"],
    "farm": ["Do you work on a farm?", "Do you work in farming?"],
    "factory": ["Do you work in a factory?", "Do you work in manufacturing?"],
    "private": ["Do you work in the private sector?"],
}
# (employer keyword, question tag) pairs whose answer is debatable: skipped
EMP_SKIP = {("hotel", "restaurant"), ("restaurant", "hotel"), ("charity", "private"), ("charity", "public"),
            ("council", "health"), ("homeless", "health"), ("dairy farm", "shop"), ("charity", "health")}
EMP_S = ["I work {p}.", "I've worked {p} for {n} years.", "I have a full-time job {p}.",
         "I've been working {p} since {y}.", "I'm employed full time {p}.", "My job is {p}."]
EMP_SEVERAL = ["One of my two jobs is {p}.", "I have two part-time jobs, and one of them is {p}.",
               "As well as my main job, I do weekend shifts {p}."]


def _emp_skip(phrase: str, tag: str) -> bool:
    return any(k in phrase and t == tag for k, t in EMP_SKIP)


def employer_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(900):
        phrase, tags = rng.choice(EMPLOYERS)
        several = rng.random() < 0.2
        form = rng.choice(EMP_SEVERAL if several else EMP_S)
        if form.startswith("My job is") and phrase.startswith("for"):
            form = "I work {p}."
        if form.startswith("I'm employed") and phrase.startswith("for "):
            phrase = "by " + phrase[4:]
        fact = form.format(p=phrase, n=rng.randint(2, 15), y=rng.randint(2005, 2022))
        r = rng.random()
        if r < 0.15:
            q, lab = rng.choice([("Are you employed?", "yes"), ("Are you unemployed?", "no"),
                                 ("Do you have a job?", "yes"), ("Are you out of work?", "no")])
        else:
            tag = rng.choice(sorted(EMP_Q))
            if _emp_skip(phrase, tag):
                continue
            q = rng.choice(EMP_Q[tag])
            if tag in tags:
                lab = "yes"
            else:
                lab = "unknown" if several else "no"
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=35, no=58, unknown=32)


TRADES = ["plumber", "electrician", "hairdresser", "painter and decorator", "gardener", "taxi driver",
          "photographer", "web designer", "dog groomer", "builder"]


def employment_status_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    mon = lambda: rng.choice(MONTHS)  # noqa: E731
    states = {
        "self": lambda: rng.choice(["I'm a self-employed {t}.", "I work for myself as a {t}.",
                                    "I've been a self-employed {t} for {n} years.",
                                    "I'm {a_t} and I'm self-employed."]),
        "employee": lambda: rng.choice(["I work full time as {a_r} for a large company.",
                                        "I'm employed full time as {a_r} by the local council.",
                                        "I have a full-time job as {a_r} at a private hospital.",
                                        "My employer pays me a salary; I work full time as {a_r}."]),
        "unemployed": lambda: rng.choice(["I'm unemployed.", "I lost my job in {m} and haven't found another.",
                                          "I've been out of work since {m}.", "I'm currently out of work.",
                                          "I was made redundant last year and I'm still unemployed."]),
        "retired": lambda: rng.choice(["I retired from my job as {a_r} {n} years ago.", "I'm retired and don't work any more.",
                                       "I stopped working when I retired in {y}."]),
        "student": lambda: rng.choice(["I'm a full-time student and I don't have a job.",
                                       "I'm at university full time and not working."]),
    }
    # question -> label per state (None: skip)
    table = [
        ("Are you self-employed?", {"self": "yes", "employee": "no", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Do you work for yourself?", {"self": "yes", "employee": "no", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Are you an employee?", {"self": "no", "employee": "yes", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Do you have an employer?", {"self": "no", "employee": "yes", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Are you employed?", {"self": None, "employee": "yes", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Are you in work?", {"self": "yes", "employee": "yes", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Are you currently working?", {"self": "yes", "employee": "yes", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Are you unemployed?", {"self": "no", "employee": "no", "unemployed": "yes", "retired": None, "student": None}),
        ("Are you working at least 16 hours a week?", {"self": None, "employee": "yes", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Do you work 30 hours or more a week?", {"self": None, "employee": "yes", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Are you working part time?", {"self": None, "employee": "no", "unemployed": "no", "retired": "no", "student": "no"}),
        ("Are you retired?", {"self": "no", "employee": "no", "unemployed": None, "retired": "yes", "student": "no"}),
        ("Are you a full-time student?", {"self": None, "employee": "no", "unemployed": None, "retired": None, "student": "yes"}),
        ("Are you in full-time education?", {"self": None, "employee": "no", "unemployed": None, "retired": None, "student": "yes"}),
        ("Do you have a workplace pension?", {"self": None, "employee": "unknown", "unemployed": None, "retired": None, "student": None}),
        ("Do you have any savings?", {k: "unknown" for k in ("self", "employee", "unemployed", "retired", "student")}),
        ("Do you have a disability?", {k: "unknown" for k in ("self", "employee", "unemployed", "retired", "student")}),
        ("Do you own your home?", {k: "unknown" for k in ("self", "employee", "unemployed", "retired")} | {"student": None}),
        ("Is your income more than £20,000 a year?", {"self": "unknown", "employee": "unknown", "unemployed": None, "retired": "unknown", "student": None}),
        ("Are you registered for VAT?", {"self": "unknown", "employee": None, "unemployed": None, "retired": None, "student": None}),
    ]
    for _ in range(700):
        st = rng.choice(sorted(states))
        t = rng.choice(TRADES)
        fact = states[st]().format(t=t, a_t=an(t), a_r=an(rng.choice(ROLES)), n=rng.randint(2, 12), m=mon(),
                                   y=rng.randint(2010, 2023))
        q, labs = rng.choice(table)
        lab = labs[st]
        if lab is None:
            continue
        cands.append((say(rng, fact, q), q, lab))
    # hours changes
    for _ in range(300):
        kind = rng.choice(["promoted", "cut", "increased", "same"])
        if kind == "promoted":
            fact = rng.choice(["I was promoted and earn more now, but I work the same hours as before.",
                               "I got a pay rise last month; my hours haven't changed.",
                               "My wages went up in {m} and I still work the same hours."]).format(m=rng.choice(MONTHS))
            q, lab = rng.choice([("Are you working more hours?", "no"), ("Have your hours changed?", "no"),
                                 ("Has your pay gone up?", "yes"), ("Are you earning more than before?", "yes"),
                                 ("Are you working fewer hours?", "no"), ("Has your income gone down?", "no")])
        elif kind in ("cut", "increased"):
            a, b = sorted(rng.sample([8, 10, 12, 15, 16, 20, 24, 25, 30, 35, 37, 40], 2))
            if kind == "cut":
                a, b = b, a
            fact = rng.choice(["My hours went from {a} to {b} a week in {m}.", "My employer changed my hours from {a} to {b} a week.",
                               "Since {m} I work {b} hours a week instead of {a}."]).format(a=a, b=b, m=rng.choice(MONTHS))
            t = rng.choice([16, 20, 24, 30, 35])
            q, lab = rng.choice([("Are you working more hours than before?", yn(b > a)),
                                 ("Have your hours been reduced?", yn(b < a)),
                                 ("Are you working fewer hours?", yn(b < a)),
                                 (f"Do you now work at least {t} hours a week?", yn(b >= t)),
                                 (f"Do you now work fewer than {t} hours a week?", yn(b < t)),
                                 ("Has your employer changed your hours?", "yes"),
                                 ("Has your hourly pay gone up?", "unknown")])
        else:
            fact = rng.choice(["I've worked the same {n} hours a week for years.", "My hours are the same as last year: {n} a week."]).format(
                n=rng.choice([16, 20, 25, 30, 37]))
            q, lab = rng.choice([("Have your working hours changed?", "no"), ("Are you working more hours than last year?", "no"),
                                 ("Have your hours been cut?", "no"), ("Has your pay changed?", "unknown")])
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=40, no=55, unknown=35)


# --------------------------------------------------------------------------------------------
# marital status

MARITAL_S = {
    "married": ["I'm married.", "My wife and I have been married for {n} years.", "My husband and I got married {n} years ago.",
                "I've been married to my husband since {y}.", "I live with my wife of {n} years."],
    "civil": ["I'm in a civil partnership.", "My partner and I entered a civil partnership in {y}."],
    "divorced": ["I'm divorced.", "I got divorced {n} years ago and haven't remarried.", "My divorce came through in {y} and I haven't remarried."],
    "widowed": ["I'm widowed.", "My husband died {n} years ago and I haven't remarried.", "I lost my wife in {y} and I'm still on my own.",
                "I've been a widower since {y}."],
    "never": ["I've never married.", "I'm single and have never been married.", "I have never had a husband or wife."],
    "cohab": ["I live with my boyfriend but we aren't married.", "My girlfriend and I live together; we're not married.",
              "My partner and I have lived together for {n} years but never married."],
}
_ALL = ("married", "civil", "divorced", "widowed", "never", "cohab")


def _m(**kw: str | None) -> dict[str, str | None]:
    return {k: kw.get(k) for k in _ALL}


MARITAL_Q = [
    ("Are you married?", _m(married="yes", divorced="no", widowed="no", never="no", cohab="no")),
    ("Are you currently married?", _m(married="yes", divorced="no", widowed="no", never="no", cohab="no")),
    ("Are you married or in a civil partnership?", _m(married="yes", civil="yes", divorced="no", widowed="no", never="no", cohab="no")),
    ("Are you in a civil partnership?", _m(married="no", civil="yes", divorced="no", widowed="no", never="no", cohab="no")),
    ("Are you divorced?", _m(married="no", civil="no", divorced="yes", widowed="no", never="no")),
    ("Are you widowed?", _m(married="no", civil="no", divorced="no", widowed="yes", never="no")),
    ("Has your husband or wife died?", _m(married="no", widowed="yes")),
    ("Are you a surviving spouse?", _m(married="no", widowed="yes")),
    ("Have you ever been married?", _m(married="yes", divorced="yes", widowed="yes", never="no")),
    ("Do you have a husband or wife?", _m(married="yes", divorced="no", widowed="no", never="no", cohab="no")),
    ("Are you part of a couple?", _m(married="yes", civil="yes", cohab="yes")),
    ("Do you live with a partner?", _m(cohab="yes")),
    ("Are you single?", _m(married="no", civil="no", cohab="no")),
    ("Do you have any children?", {k: "unknown" for k in _ALL}),
    ("Do you own your home?", {k: "unknown" for k in _ALL}),
    ("Are you over 60?", {k: "unknown" for k in _ALL}),
    ("Are you working?", {k: "unknown" for k in _ALL}),
    ("Do you claim Child Benefit?", {k: "unknown" for k in _ALL}),
    ("Does your partner work?", _m(married="unknown", civil="unknown", cohab="unknown")),
]


def marital_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(700):
        st = rng.choice(_ALL)
        fact = rng.choice(MARITAL_S[st]).format(n=rng.randint(2, 30), y=rng.randint(1990, 2022))
        if st == "never" and "single" in fact:
            q, labs = rng.choice(MARITAL_Q + [("Are you single?", {"never": "yes"})])
        else:
            q, labs = rng.choice(MARITAL_Q)
        lab = labs.get(st)
        if lab is None:
            continue
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=28, no=45, unknown=30)


# --------------------------------------------------------------------------------------------
# age (exact or a decade range; a label only where every age in the range agrees)

AGE_Q: list[tuple[str, Callable[[int], bool | None]]] = [
    ("Are you 65 or over?", lambda a: a >= 65),
    ("Are you aged 60 or above?", lambda a: a >= 60),
    ("Are you 18 or older?", lambda a: a >= 18),
    ("Are you under 25?", lambda a: a < 25),
    ("Are you aged between 16 and 24?", lambda a: 16 <= a <= 24),
    ("Are you aged 18 to 64?", lambda a: 18 <= a <= 64),
    ("Are you under the age of 21?", lambda a: a < 21),
    ("Are you older than 50?", lambda a: a > 50),
    ("Are you at least 55?", lambda a: a >= 55),
    ("Are you 75 or older?", lambda a: a >= 75),
    ("Are you 80 or over?", lambda a: a >= 80),
    ("Are you an adult?", lambda a: a >= 18),
    ("Have you reached State Pension age?", lambda a: None if 60 < a < 68 else a >= 68),
]


def age_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(700):
        r = rng.random()
        if r < 0.7:
            n = rng.choice(list(range(17, 90)) + [24, 25, 59, 60, 64, 65, 66, 74, 75])
            lo = hi = n
            fact = rng.choice(["I'm {n}.", "I am {n} years old.", "I'll be {n1} next month.",
                               "I celebrated my {o} birthday last week.", "I'm {n} and work as {a_r}.",
                               "I'm {n} and I live on my own.", "I'm {n} years old and I rent a flat."]).format(
                n=n, n1=n + 1, o=ordinal(n), a_r=an(rng.choice(ROLES)))
            q_about_partner = False
            if rng.random() < 0.2:
                m = max(18, n + rng.randint(-12, 12))
                fact = rng.choice(["I'm {n} and my husband is {m}.", "My wife is {m} and I am {n}."]).format(n=n, m=m)
                if rng.random() < 0.4:
                    q_about_partner = True
                    lo = hi = m
        else:
            d = rng.choice([20, 30, 40, 50, 60, 70, 80])
            lo, hi = d, d + 9
            words = {20: "twenties", 30: "thirties", 40: "forties", 50: "fifties", 60: "sixties", 70: "seventies", 80: "eighties"}
            fact = rng.choice(["I'm in my {w}.", "I am in my {w} and live alone."]).format(w=words[d])
            q_about_partner = False
        q, fn = rng.choice(AGE_Q)
        vals = {fn(a) for a in range(lo, hi + 1)}
        if None in vals or len(vals) != 1:
            continue
        lab = yn(vals.pop())
        if q_about_partner:
            spouse = "husband" if "husband" in fact else "wife"
            q = (q.replace("Are you", f"Is your {spouse}").replace("Have you", f"Has your {spouse}"))
        cands.append((say(rng, fact, q, avoid={"age"}), q, lab))
    for _ in range(80):
        fact = rng.choice(["I work as {a_r} in {city}.", "I've just moved to {city}.", "I rent a flat in {city}.",
                           "I'm {a_r} and I have a dog."]).format(a_r=an(rng.choice(ROLES)), city=rng.choice(["Leeds", "Cardiff", "Glasgow", "Bristol"]))
        q = rng.choice([q for q, _ in AGE_Q if "adult" not in q and "18" not in q and "21" not in q and "16" not in q])
        cands.append((say(rng, fact, q, avoid={"age"}), q, "unknown"))
    return quota(rng, cands, yes=30, no=48, unknown=20)


# --------------------------------------------------------------------------------------------
# the one course someone studies, its level and where

COURSES = [  # subject, tags
    ("nursing", {"health"}), ("medicine", {"health"}), ("midwifery", {"health"}), ("law", set()),
    ("mechanical engineering", {"engineering"}), ("civil engineering", {"engineering"}), ("history", set()),
    ("computer science", set()), ("accounting", set()), ("English literature", set()), ("physics", set()),
]
UNIS = [("the University of Leeds", "England"), ("the University of Glasgow", "Scotland"), ("Cardiff University", "Wales"),
        ("Queen's University Belfast", "Northern Ireland"), ("the University of Manchester", "England"),
        ("the University of Edinburgh", "Scotland"), ("Swansea University", "Wales")]


def course_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(900):
        subj, tags = rng.choice(COURSES)
        uni, nation = rng.choice(UNIS)
        level = rng.choice(["ug", "pg", "phd", None, None])
        if level == "ug":
            fact = rng.choice(["I'm an undergraduate studying {s} at {u}.", "I'm in my {o} year of an undergraduate degree in {s} at {u}."])
        elif level == "pg":
            fact = rng.choice(["I'm doing a master's degree in {s} at {u}.", "I'm a postgraduate student on a master's in {s} at {u}."])
        elif level == "phd":
            fact = "I'm doing a PhD in {s} at {u}."
        else:
            fact = rng.choice(["I'm studying {s} at {u}.", "I've just started {an_s} course at {u}.", "I study {s} full time at {u}."])
        fact = fact.format(s=subj, an_s=an(subj), u=uni, o=rng.choice(["first", "second", "third"]))
        r = rng.random()
        if r < 0.45:
            subj2, _t = rng.choice(COURSES) if rng.random() < 0.75 else (subj, tags)
            if ("engineering" in subj) and ("engineering" in subj2) and subj != subj2 and rng.random() < 0.5:
                q = rng.choice(["Are you studying engineering?", "Is your course in engineering?"])
                lab = "yes"
            else:
                q = rng.choice(["Are you studying {s}?", "Is your course in {s}?", "Is your degree subject {s}?",
                                "Are you taking a course in {s}?"]).format(s=subj2)
                lab = yn(subj2 == subj)
        elif r < 0.55:
            q = rng.choice(["Are you studying a healthcare subject?", "Is your course in a health profession?"])
            lab = yn("health" in tags)
        elif r < 0.7:
            if level is None:
                continue
            q, fn = rng.choice([("Are you an undergraduate?", lambda lv: lv == "ug"),
                                ("Are you a postgraduate student?", lambda lv: lv in ("pg", "phd")),
                                ("Are you studying for a master's degree?", lambda lv: lv == "pg"),
                                ("Are you doing a doctorate?", lambda lv: lv == "phd"),
                                ("Are you on a postgraduate course?", lambda lv: lv in ("pg", "phd"))])
            lab = yn(fn(level))
        elif r < 0.85:
            nation2 = rng.choice(["England", "Scotland", "Wales", "Northern Ireland"])
            q = rng.choice(["Is your university in {n}?", "Are you studying in {n}?", "Are you at a university in {n}?"]).format(n=nation2)
            lab = yn(nation2 == nation)
            if rng.random() < 0.25:
                q, lab = rng.choice(["Are you studying at a UK university?", "Is your university in the UK?"]), "yes"
        else:
            q = rng.choice(["Do you normally live in {n}?", "Are you studying part time?", "Do you have a student loan?",
                            "Do you have children?", "Are you over 25?", "Have you studied at university before?",
                            "Do you work alongside your studies?"]).format(n=rng.choice(["England", "Scotland", "Wales"]))
            if "part time" in q and "full time" in fact:
                continue
            if "before" in q and level in ("pg", "phd"):
                continue  # a master's or PhD implies earlier study
            lab = "unknown"
        cands.append((say(rng, fact, q), q, lab))
    for _ in range(40):
        fact = rng.choice(["I'm studying {s}.", "I'm a student of {s}."]).format(s=rng.choice(COURSES)[0])
        q, lab = rng.choice([("Are you a student?", "yes"), ("Are you in education?", "yes"), ("Are you retired?", "no")])
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=30, no=42, unknown=25)


# --------------------------------------------------------------------------------------------
# the vehicle someone imports

VEHICLES = [  # phrase, type, build year or "new" or None
    ("a second-hand car", "car", None), ("a 1967 Ford Mustang", "car", 1967), ("a classic Mini built in 1972", "car", 1972),
    ("a 2019 Volkswagen Golf", "car", 2019), ("a Honda motorbike", "motorcycle", None),
    ("a 1974 Triumph motorcycle", "motorcycle", 1974), ("a brand new Yamaha motorbike", "motorcycle", "new"),
    ("a Ford Transit van", "van", None), ("a used delivery van", "van", None), ("a brand new Mercedes van", "van", "new"),
    ("a tractor for my farm", "tractor", None), ("a 1958 Massey Ferguson tractor", "tractor", 1958),
    ("a lorry for my haulage business", "lorry", None), ("a 2020 Scania lorry", "lorry", 2020),
]
VEH_Q = {
    "car": ["Is the vehicle a car?", "Are you importing a car?", "Is it a passenger car?"],
    "motorcycle": ["Is the vehicle a motorcycle?", "Are you importing a motorbike?", "Is the item a motorcycle?"],
    "van": ["Is the vehicle a van?", "Are you importing a van?"],
    "tractor": ["Is the vehicle a tractor?", "Is it an agricultural tractor?"],
    "lorry": ["Is the vehicle a lorry?", "Is it a heavy goods vehicle?"],
}
VEH_FROM = ["Germany", "France", "Italy", "Japan", "the United States", "Australia"]


def vehicle_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(800):
        phrase, vt, yr = rng.choice(VEHICLES)
        origin = rng.choice(VEH_FROM)
        fact = rng.choice(["I'm importing {v} from {c}.", "I want to bring {v} over from {c}.",
                           "I've bought {v} in {c} and I'm shipping it home.", "We are importing {v} from {c}."]).format(v=phrase, c=origin)
        r = rng.random()
        if r < 0.5:
            vt2 = rng.choice(sorted(VEH_Q)) if rng.random() < 0.75 else vt
            q = rng.choice(VEH_Q[vt2])
            lab = yn(vt2 == vt)
        elif r < 0.6:
            q = rng.choice(["Is it a goods vehicle?", "Is the vehicle designed to carry goods?"])
            if vt == "tractor":
                continue
            lab = yn(vt in ("van", "lorry"))
        elif r < 0.65:
            q, lab = rng.choice(["Is it a motor vehicle?", "Are you importing a motor vehicle?"]), "yes"
        elif r < 0.8:
            o2 = rng.choice(VEH_FROM)
            q, lab = rng.choice([(f"Are you importing it from {o2}?", yn(o2 == origin)),
                                 (f"Is the vehicle coming from {o2}?", yn(o2 == origin)),
                                 ("Is the vehicle coming from an EU country?", yn(origin in ("Germany", "France", "Italy"))),
                                 ("Are you importing the vehicle from outside the EU?", yn(origin not in ("Germany", "France", "Italy")))])
        elif r < 0.9:
            if yr is None:
                continue
            q, fn = rng.choice([("Is the vehicle more than 40 years old?", lambda y: y != "new" and y < 1980),
                                ("Is the vehicle over 30 years old?", lambda y: y != "new" and y < 1990),
                                ("Is it a new vehicle?", lambda y: True if y == "new" else (False if y < 2000 else None)),
                                ("Was the vehicle built before 1980?", lambda y: y != "new" and y < 1980)])
            v = fn(yr)
            if v is None:
                continue
            lab = yn(v)
        else:
            q = rng.choice(["Is the vehicle for your personal use?", "Have you owned the vehicle for more than six months?",
                            "Has the vehicle been registered in the UK before?", "Have you paid import duty?",
                            "Are you moving to the UK permanently?"])
            if "personal use" in q and ("business" in phrase or "farm" in phrase):
                continue
            lab = "unknown"
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=25, no=42, unknown=20)


# --------------------------------------------------------------------------------------------
# the business someone runs (one business), its legal form

BUSINESSES = [  # noun, tags
    ("bakery", {"bakery"}), ("hair salon", {"salon"}), ("café", {"cafe", "hospitality"}), ("pub", {"pub", "hospitality"}),
    ("hotel", {"hotel", "hospitality"}), ("plumbing business", {"plumbing"}), ("taxi firm", {"taxi", "transport"}),
    ("dairy farm", {"farm", "agriculture"}), ("clothing shop", {"clothing", "retail"}), ("IT consultancy", {"it"}),
    ("dental practice", {"dental", "healthcare"}), ("florist's shop", {"florist", "retail"}),
    ("building company", {"construction"}), ("car repair garage", {"garage"}),
]
BIZ_Q = {
    "bakery": ["Do you run a bakery?", "Is your business a bakery?"],
    "salon": ["Is your business a hair salon?", "Do you run a hairdresser's?"],
    "cafe": ["Do you run a café?", "Is your business a café?"],
    "pub": ["Is your business a pub?", "Do you run a pub?"],
    "hotel": ["Is your business a hotel?", "Do you run a hotel?"],
    "plumbing": ["Is your business a plumbing firm?"],
    "taxi": ["Do you run a taxi business?"],
    "farm": ["Is your business a farm?", "Do you run a farm?"],
    "clothing": ["Do you sell clothes?", "Is your business a clothes shop?"],
    "it": ["Is your business an IT company?"],
    "dental": ["Do you run a dental practice?"],
    "florist": ["Is your business a florist?"],
    "construction": ["Is your business in construction?", "Do you run a building firm?"],
    "garage": ["Do you run a garage?", "Is your business a car repair shop?"],
    "hospitality": ["Is your business in the hospitality sector?", "Do you run a hospitality business?"],
    "agriculture": ["Is your business in agriculture?", "Is it an agricultural business?"],
    "transport": ["Is your business in transport?"],
    "healthcare": ["Is your business a healthcare provider?"],
    "retail": ["Is your business a shop?", "Is your business in retail?"],
}
BIZ_SKIP = {("bakery", "cafe"), ("bakery", "retail"), ("bakery", "hospitality"), ("café", "bakery"),
            ("pub", "hotel"), ("hotel", "pub"), ("hotel", "cafe"), ("plumbing business", "construction"),
            ("building company", "plumbing"), ("café", "retail"), ("car repair garage", "retail"),
            ("dairy farm", "retail"), ("car repair garage", "transport"), ("dental practice", "retail"),
            ("hair salon", "retail"), ("pub", "retail"), ("taxi firm", "garage")}


def business_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(800):
        noun, tags = rng.choice(BUSINESSES)
        fact = rng.choice(["I run {an_n} in {t}.", "We run a small {n}.", "Our business is {an_n} in {t}.", "I own {an_n} with my brother.",
                           "I've had my {n} for {k} years.", "My only business is {an_n}.", "I run {an_n} on my own."]).format(
            n=noun, an_n=an(noun), t=rng.choice(["Leeds", "Bristol", "Swansea", "a market town", "the village"]), k=rng.randint(2, 20))
        if rng.random() < 0.15:
            q = rng.choice(["Do you have more than 10 employees?", "Is your turnover above the VAT threshold?",
                            "Has your business been trading for more than two years?", "Do you have business insurance?",
                            "Is the business a limited company?", "Do you want a loan?"])
            if "years" in fact and "two years" in q:
                continue
            lab = "unknown"
        else:
            tag = rng.choice(sorted(BIZ_Q)) if rng.random() < 0.8 else rng.choice(sorted(tags))
            if (noun, tag) in BIZ_SKIP:
                continue
            q = rng.choice(BIZ_Q[tag])
            lab = yn(tag in tags)
        cands.append((say(rng, fact, q), q, lab))
    forms = {
        "sole": ["I trade as a sole trader.", "I'm a sole trader running a small {n}.", "I'm self-employed as a sole trader."],
        "ltd": ["I set up a limited company for my {n}.", "My {n} is run as a limited company.", "Our {n} is a private limited company."],
        "partner": ["My brother and I run our {n} as a partnership.", "I'm in an ordinary partnership with a friend; we run a {n}."],
    }
    lq = [("Is your business a limited company?", {"sole": "no", "ltd": "yes", "partner": "no"}),
          ("Is the business incorporated as a company?", {"sole": "no", "ltd": "yes"}),
          ("Are you a sole trader?", {"sole": "yes", "ltd": "no", "partner": "no"}),
          ("Is the business a partnership?", {"sole": "no", "ltd": "no", "partner": "yes"}),
          ("Do you trade on your own as an individual?", {"sole": "yes", "partner": "no"}),
          ("Is your company registered at Companies House?", {"ltd": "yes", "sole": "no"})]
    for _ in range(200):
        st = rng.choice(sorted(forms))
        fact = rng.choice(forms[st]).format(n=rng.choice(["bakery", "café", "cleaning business", "web design business"]))
        q, labs = rng.choice(lq)
        if st not in labs:
            continue
        cands.append((say(rng, fact, q), q, labs[st]))
    return quota(rng, cands, yes=25, no=42, unknown=25)


# --------------------------------------------------------------------------------------------
# what a business loan is for (stated as the one purpose)

LOAN_PURPOSES = {
    "equipment": ["buy a new pizza oven", "buy machinery for my workshop", "replace our old printing press",
                  "buy new computers for the office"],
    "property": ["buy the building we currently rent", "purchase a warehouse", "buy the shop premises next door"],
    "working": ["cover day-to-day running costs", "pay wages over the quiet winter months",
                "keep the business going while customers pay their invoices"],
    "refinance": ["pay off our business credit card debt", "refinance an older bank loan with a high interest rate"],
    "acquire": ["buy an existing bakery from its retiring owner"],
}
LOAN_Q = {
    "working": ["Is the loan for working capital?", "Will the money be used for working capital?",
                "Is the loan to cover day-to-day costs?"],
    "equipment": ["Is the loan to buy equipment?", "Will the loan be used to purchase machinery or equipment?"],
    "property": ["Is the loan for buying property?", "Will you use the loan to buy real estate?", "Is the loan to purchase premises?"],
    "refinance": ["Will the loan be used to refinance existing debt?", "Is the loan to pay off debt?"],
    "acquire": ["Is the loan to buy an existing business?"],
}
LOAN_SKIP = {("acquire", "property"), ("acquire", "equipment"), ("acquire", "working"), ("property", "acquire"),
             ("equipment", "acquire")}


def loan_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(600):
        purpose = rng.choice(sorted(LOAN_PURPOSES))
        text = rng.choice(LOAN_PURPOSES[purpose])
        amount = rng.choice([5000, 12000, 25000, 40000, 75000, 150000, 300000])
        fact = rng.choice(["I need a loan to {p}.", "We want to borrow ${a:,} to {p}.", "I'm applying for a small business loan so I can {p}.",
                           "The loan is only to {p}.", "I'd use the money just to {p}.", "We need ${a:,}, and the only purpose is to {p}."]).format(
            p=text, a=amount)
        if rng.random() < 0.3:
            fact = rng.choice(["I run a small business.", "We own a family firm.", "My husband and I run a small company."]) + " " + fact
        r = rng.random()
        if r < 0.75:
            p2 = rng.choice(sorted(LOAN_Q)) if rng.random() < 0.75 else purpose
            if (purpose, p2) in LOAN_SKIP:
                continue
            q = rng.choice(LOAN_Q[p2])
            lab = yn(p2 == purpose)
        elif r < 0.87 and "$" in fact:
            t = rng.choice([10000, 25000, 50000, 100000, 250000, 350000])
            if t == amount:
                continue
            q, lab = rng.choice([(f"Do you need more than ${t:,}?", yn(amount > t)), (f"Is the loan for less than ${t:,}?", yn(amount < t)),
                                 (f"Are you borrowing at least ${t:,}?", yn(amount >= t))])
        else:
            q = rng.choice(["Do you have collateral for the loan?", "Has your business been trading for more than two years?",
                            "Is your business based in the US?", "Have you been turned down by a bank?",
                            "Does your business have fewer than 500 employees?", "Is your credit score above 650?"])
            lab = "unknown"
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=25, no=38, unknown=25)


# --------------------------------------------------------------------------------------------
# goods being exported, and where to

GOODS = [  # phrase, tags
    ("whisky", {"alcohol", "whisky"}), ("wine", {"alcohol", "wine"}), ("cheese", {"food", "dairy"}),
    ("handmade furniture", {"furniture"}), ("cotton T-shirts", {"clothing"}), ("medicines", {"medicine"}),
    ("laptops", {"electronics"}), ("live sheep", {"livestock"}), ("shotguns", {"firearms"}),
    ("antique paintings", {"art"}), ("car parts", {"carparts"}), ("chocolate", {"food"}),
]
GOODS_Q = {
    "alcohol": ["Are you exporting alcohol?", "Are the goods alcoholic drinks?"],
    "whisky": ["Are you exporting whisky?", "Are the goods spirits?"],
    "wine": ["Are you exporting wine?"],
    "food": ["Are you exporting food?", "Are the goods food products?"],
    "dairy": ["Are the goods dairy products?"],
    "furniture": ["Are you exporting furniture?"],
    "clothing": ["Are you exporting clothing?", "Are the goods textiles or clothes?"],
    "medicine": ["Are you exporting medicines?", "Are the goods pharmaceutical products?"],
    "electronics": ["Are you exporting electronic goods?"],
    "livestock": ["Are you exporting live animals?", "Are the goods livestock?"],
    "firearms": ["Are you exporting firearms?", "Are the goods weapons?"],
    "art": ["Are you exporting works of art?", "Are the goods artworks?"],
    "carparts": ["Are you exporting vehicle parts?"],
}
GOODS_SKIP = {("whisky", "food"), ("wine", "food"), ("live sheep", "food"), ("handmade furniture", "art"),
              ("car parts", "electronics"), ("chocolate", "dairy"), ("antique paintings", "furniture")}
DESTS = {"France": "eu", "Germany": "eu", "Spain": "eu", "Ireland": "eu", "Italy": "eu", "Japan": "far",
         "the United States": "far", "Canada": "far", "Australia": "far", "China": "far", "Norway": "eea", "Switzerland": "ch"}


def export_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    dests = sorted(DESTS)
    for _ in range(800):
        g, tags = rng.choice(GOODS)
        d = rng.choice(dests)
        fact = rng.choice(["I export {g} to {d}.", "My company sells {g} to a customer in {d}.",
                           "We're shipping a consignment of {g} to {d}.", "We're exporting {g} to {d} for the first time.",
                           "I run a small firm in {c} and we export {g} to {d}."]).format(g=g, d=d, c=rng.choice(["Leeds", "Glasgow", "Cardiff", "Bristol"]))
        r = rng.random()
        if r < 0.5:
            tag = rng.choice(sorted(GOODS_Q)) if rng.random() < 0.8 else rng.choice(sorted(tags))
            if (g, tag) in GOODS_SKIP:
                continue
            q = rng.choice(GOODS_Q[tag])
            lab = yn(tag in tags)
        elif r < 0.85:
            d2 = rng.choice(dests)
            kind = DESTS[d]
            q, lab = rng.choice([
                (f"Are you exporting to {d2}?", yn(d2 == d)), (f"Is the destination {d2}?", yn(d2 == d)),
                ("Are you exporting to a country outside the EU?", yn(kind != "eu")),
                ("Are the goods going to an EU country?", yn(kind == "eu")),
                ("Are the goods going to the EEA?", yn(kind in ("eu", "eea"))),
                ("Are you sending the goods outside Europe?", yn(kind == "far")),
            ])
        elif r < 0.9 and "firm in" in fact:
            q, lab = rng.choice(["Are you exporting from the UK?", "Is your business based in the UK?"]), "yes"
        else:
            q = rng.choice(["Do you have an EORI number?", "Have you made a customs declaration?", "Is the value of the goods over £900?",
                            "Have you exported before?", "Are the goods for sale?", "Do you have an export licence?"])
            if q == "Have you exported before?" and ("first time" in fact or "I export" in fact or "we export" in fact):
                continue
            if q == "Are the goods for sale?" and "sells" in fact:
                continue
            lab = "unknown"
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=28, no=45, unknown=25)


# --------------------------------------------------------------------------------------------
# the one item someone is sending, selling or bringing in

ITEMS = [  # phrase, tags
    ("a gold necklace", {"jewellery"}), ("a painting by a local artist", {"art"}), ("an acoustic guitar", {"instrument"}),
    ("a laptop", {"computer", "electronic"}), ("a wedding dress", {"clothing"}), ("a set of golf clubs", {"sport"}),
    ("a folding wheelchair", {"mobility"}), ("a mobile phone", {"phone", "electronic"}), ("a bottle of whisky", {"alcohol"}),
]
ITEM_Q = {
    "jewellery": ["Is the item jewellery?"], "art": ["Is the item a work of art?"],
    "instrument": ["Is the item a musical instrument?"], "computer": ["Is the item a computer?"],
    "clothing": ["Is the item clothing?", "Is the item an item of clothing?"], "sport": ["Is the item sports equipment?"],
    "mobility": ["Is the item a wheelchair or mobility aid?"], "phone": ["Is it a mobile phone?"],
    "electronic": ["Is the item an electronic device?"], "alcohol": ["Is the item alcohol?"],
    "motorcycle": ["Is the item a motorcycle?"], "car": ["Is the item a car?"],
}
ITEM_SKIP = {("a folding wheelchair", "electronic"), ("a mobile phone", "computer")}


def item_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(400):
        item, tags = rng.choice(ITEMS)
        form = rng.choice(["I'm sending {i} to my cousin in {c}.", "I want to bring {i} back from my holiday in {c}.",
                           "I'm selling {i} online.", "I was given {i} as a present.", "The item I'm asking about is {i}.",
                           "I bought {i} while I was in {c}."])
        fact = form.format(i=item, c=rng.choice(["Canada", "Spain", "Japan", "the US"]))
        r = rng.random()
        if r < 0.8:
            tag = rng.choice(sorted(ITEM_Q)) if rng.random() < 0.75 else rng.choice(sorted(tags))
            if (item, tag) in ITEM_SKIP:
                continue
            q = rng.choice(ITEM_Q[tag])
            lab = yn(tag in tags)
        else:
            if "given" in form:
                q, lab = rng.choice([("Was the item a gift?", "yes"), ("Did you buy the item?", "no")])
            elif "selling" in form:
                q, lab = rng.choice([("Are you selling the item?", "yes"), ("Is the item a gift?", "no")])
            elif "bought" in form:
                q, lab = rng.choice([("Did you buy the item abroad?", "yes"), ("Was the item a gift to you?", "no")])
            else:
                q, lab = rng.choice([("Is the item worth more than £390?", "unknown"), ("Did you pay VAT on the item?", "unknown"),
                                     ("Is the item more than 50 years old?", "unknown")])
                if "50 years" in q and "electronic" in tags:
                    continue
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=20, no=28, unknown=10)


# --------------------------------------------------------------------------------------------
# dates and years (labels computed; same month / same year against a finer date are skipped)

EVENTS = [  # scenario (with {M} {Y} or {Y}), question stem
    ("We got married in {MY}.", "Did your marriage begin"), ("My husband and I married in {MY}.", "Did you get married"),
    ("I married my wife in {MY}.", "Did your marriage take place"), ("I started trading in {MY}.", "Did you start trading"),
    ("I set up my business in {MY}.", "Was your business set up"), ("I arrived in the UK in {MY}.", "Did you arrive in the UK"),
    ("I came to Australia in {MY}.", "Did you arrive in Australia"), ("I left the Army in {MY}.", "Did you leave the armed forces"),
    ("I was injured at work in {MY}.", "Did the injury happen"), ("We bought our house in {MY}.", "Did you buy your home"),
    ("I retired in {MY}.", "Did you retire"), ("My son was born in {MY}.", "Was your child born"),
    ("I was made redundant in {MY}.", "Were you made redundant"), ("I first claimed the benefit in {MY}.", "Did you first claim"),
]
YEAR_Q = {  # question asking whether the event happened in a given year
    "Did your marriage begin": "Did you get married in {Y}?", "Did you get married": "Did you marry in {Y}?",
    "Did your marriage take place": "Was your wedding in {Y}?", "Did you start trading": "Did you start trading in {Y}?",
    "Was your business set up": "Did you set up your business in {Y}?", "Did you arrive in the UK": "Did you come to the UK in {Y}?",
    "Did you arrive in Australia": "Did you arrive in Australia in {Y}?", "Did you leave the armed forces": "Were you discharged in {Y}?",
    "Did the injury happen": "Did the accident happen in {Y}?", "Did you buy your home": "Did you buy your home in {Y}?",
    "Did you retire": "Did you retire in {Y}?", "Was your child born": "Was your son born in {Y}?",
    "Were you made redundant": "Did you lose your job in {Y}?", "Did you first claim": "Did you start claiming in {Y}?",
}


def date_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(900):
        s_form, stem = rng.choice(EVENTS)
        y = rng.randint(1995, 2023)
        m = rng.randint(1, 12) if rng.random() < 0.6 else None
        fact = s_form.format(MY=(f"{MONTHS[m - 1]} {y}" if m else str(y)))
        r = rng.random()
        if r < 0.25:
            y2 = y if rng.random() < 0.35 else y + rng.choice([-3, -2, -1, 1, 2, 4])
            q = YEAR_Q[stem].format(Y=y2)
            lab = yn(y2 == y)
        else:
            if stem == "Did your marriage begin" and rng.random() < 0.5:
                ty, tm, td = 2016, 4, 6
            else:
                ty, tm, td = y + rng.choice([-4, -1, 0, 0, 1, 3]), rng.randint(1, 12), rng.randint(1, 28)
            rel = rng.choice(["before", "after", "on or after"])
            q = f"{stem} {rel} {td} {MONTHS[tm - 1]} {ty}?"
            if m is None:
                if y == ty:
                    continue
                before = y < ty
            else:
                if (y, m) == (ty, tm):
                    continue
                before = (y, m) < (ty, tm)
            lab = yn(before if rel == "before" else not before)
        cands.append((say(rng, fact, q), q, lab))
    # durations counted in whole years from a stated start
    for _ in range(200):
        n = rng.randint(1, 12)
        fact, stem = rng.choice([("I've been self-employed for {n} years.", "been self-employed"),
                                 ("I've worked for my current employer for {n} years.", "worked for your employer"),
                                 ("I've lived at my current address for {n} years.", "lived at your address"),
                                 ("We've been trading for {n} years.", "been trading")])
        fact = fact.format(n=n)
        if n == 1:
            fact = fact.replace("1 years", "a year")
        t = rng.choice([1, 2, 3, 5, 10])
        if t == n:
            continue
        tw = "a year" if t == 1 else f"{t} years"
        q, lab = rng.choice([(f"Have you {stem} for more than {tw}?", yn(n > t)), (f"Have you {stem} for at least {tw}?", yn(n >= t)),
                             (f"Have you {stem} for less than {tw}?", yn(n < t))])
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=45, no=52, unknown=0)


# --------------------------------------------------------------------------------------------
# military service

BRANCHES = {"the Army": "army", "the British Army": "army", "the US Army": "army", "the Navy": "navy", "the Royal Navy": "navy",
            "the US Navy": "navy", "the RAF": "air", "the Air Force": "air", "the Marine Corps": "marines",
            "the Royal Marines": "marines", "the Coast Guard": "coast"}
BRANCH_Q = {"army": "the Army", "navy": "the Navy", "air": "the Air Force", "marines": "the Marines", "coast": "the Coast Guard"}


def veteran_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(700):
        st = rng.choice(["served", "served", "serving", "never", "spouse"])
        b = rng.choice(sorted(BRANCHES))
        code = BRANCHES[b]
        n = rng.randint(2, 22)
        y = rng.randint(1990, 2022)
        if st == "served":
            fact = rng.choice(["I served in {b} for {n} years and left in {y}.", "I did {n} years in {b} before leaving in {y}.",
                               "I'm a veteran of {b}.", "I was in {b} until {y}."])
        elif st == "serving":
            fact = rng.choice(["I'm currently serving in {b}.", "I've been serving in {b} for {n} years and I'm still in."])
        elif st == "never":
            fact = rng.choice(["I've never served in the military.", "I have never been in the armed forces.", "I was never in the forces."])
        else:
            fact = rng.choice(["My late husband served in {b} for {n} years.", "My wife is serving in {b}."])
        fact = fact.format(b=b, n=n, y=y)
        b2 = rng.choice(sorted(BRANCH_Q))
        if st == "spouse":
            late = "late husband" in fact
            opts = [("Did your husband serve in {q}?" if late else "Is your wife serving in {q}?", yn(b2 == code)),
                    ("Did your spouse serve in the armed forces?" if late else "Is your wife a member of the armed forces?", "yes"),
                    ("Did you serve in {q}?", "unknown"), ("Are you the surviving spouse of a service member?" if late else "Is your wife currently in the military?", "yes")]
            q, lab = rng.choice(opts)
            q = q.format(q=BRANCH_Q[b2])
        else:
            table = [
                ("Are you a veteran?", {"served": "yes", "never": "no"}),
                ("Have you served in the armed forces?", {"served": "yes", "serving": "yes", "never": "no"}),
                ("Did you serve in {q}?", {"served": yn(b2 == code), "serving": yn(b2 == code), "never": "no"}),
                ("Are you a veteran of {q}?", {"served": yn(b2 == code), "never": "no"}),
                ("Have you been a member of {q}?", {"served": yn(b2 == code), "serving": yn(b2 == code), "never": "no"}),
                ("Are you currently serving in the military?", {"served": "no", "serving": "yes", "never": "no"}),
                ("Are you on active duty?", {"served": "no", "serving": "yes", "never": "no"}),
                ("Were you honourably discharged?", {"served": "unknown"}),
                ("Did you serve in a combat zone?", {"served": "unknown", "serving": "unknown"}),
                ("Do you have a service-related disability?", {"served": "unknown", "serving": "unknown"}),
                ("Have you lived in the UK for five years?", {"served": "unknown", "never": "unknown"}),
            ]
            qf, labs = rng.choice(table)
            if st not in labs:
                continue
            q, lab = qf.format(q=BRANCH_Q[b2]), labs[st]
            if lab == "unknown" and "UK" in q and ("British" in fact or "Royal" in fact or "RAF" in fact):
                continue
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=25, no=35, unknown=22)


# --------------------------------------------------------------------------------------------
# housing tenure and type of home

HOUSING_S = {  # state -> (forms, dwelling)
    "private": [("I rent my flat from a private landlord.", "flat"), ("I rent a house privately.", "house"),
                ("I'm a tenant in a privately rented flat.", "flat")],
    "council": [("I rent my flat from the council.", "flat"), ("I'm a council tenant.", None), ("We rent a council house.", "house")],
    "ha": [("I rent a flat from a housing association.", "flat"), ("Our home is a housing association house we rent.", "house")],
    "outright": [("I own my house outright.", "house"), ("I've paid off my mortgage and own my flat.", "flat"),
                 ("We own our home outright; there's no mortgage.", None)],
    "mortgage": [("I own my home with a mortgage.", None), ("We bought our house with a mortgage {n} years ago.", "house"),
                 ("I'm paying off a mortgage on my flat.", "flat")],
    "rent": [("I rent my flat.", "flat"), ("I rent the house I live in.", "house"), ("I live in rented accommodation.", None)],
    "parents": [("I live with my parents in their house.", "house")],
}
HOUSING_Q = [
    (["Do you own your home?", "Are you a homeowner?", "Is the property owned by you?"],
     {"private": "no", "council": "no", "ha": "no", "outright": "yes", "mortgage": "yes", "rent": "no", "parents": "no"}),
    (["Do you rent your home?", "Are you a tenant?"],
     {"private": "yes", "council": "yes", "ha": "yes", "outright": "no", "mortgage": "no", "rent": "yes"}),
    (["Do you have a mortgage on your home?", "Are you paying a mortgage on your home?"],
     {"private": "no", "council": "no", "ha": "no", "outright": "no", "mortgage": "yes", "rent": "no"}),
    (["Do you rent from a private landlord?"],
     {"private": "yes", "council": "no", "ha": "no", "outright": "no", "mortgage": "no", "rent": "unknown"}),
    (["Do you live in social housing?"],
     {"private": "no", "council": "yes", "ha": "yes", "outright": "no", "mortgage": "no", "rent": "unknown"}),
    (["Is your landlord the council?", "Are you a council tenant?"],
     {"private": "no", "council": "yes", "ha": "no", "outright": "no", "mortgage": "no", "rent": "unknown"}),
    (["Is your landlord a housing association?"],
     {"private": "no", "council": "no", "ha": "yes", "outright": "no", "mortgage": "no", "rent": "unknown"}),
    (["Do you live alone?"], {"parents": "no", "private": "unknown", "outright": "unknown", "rent": "unknown"}),
    (["Is your rent more than £500 a month?", "Are you behind with your rent?"], {"private": "unknown", "council": "unknown", "ha": "unknown", "rent": "unknown"}),
    (["Do you have a spare bedroom?", "Do you get help with housing costs?"], {k: "unknown" for k in ("private", "council", "ha", "outright", "mortgage", "rent")}),
]


def housing_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(800):
        st = rng.choice(sorted(HOUSING_S))
        fact, dwelling = rng.choice(HOUSING_S[st])
        fact = fact.format(n=rng.randint(2, 20))
        if rng.random() < 0.15:
            q = rng.choice(["Do you live in a flat?", "Is your home a flat?", "Do you live in a house?", "Is your home a house?"])
            want = "flat" if "flat" in q else "house"
            lab = "unknown" if dwelling is None else yn(dwelling == want)
        else:
            qs, labs = rng.choice(HOUSING_Q)
            if st not in labs:
                continue
            q, lab = rng.choice(qs), labs[st]
            if q == "Do you live alone?" and lab == "unknown" and fact.startswith(("We", "Our")):
                continue
        cands.append((say(rng, fact, q, avoid={"family"}), q, lab))
    return quota(rng, cands, yes=30, no=42, unknown=30)


# --------------------------------------------------------------------------------------------
# children: none, ages stated, grown up

def children_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(700):
        kind = rng.choice(["none", "none", "one", "two", "grown"])
        if kind == "none":
            fact = rng.choice(["My husband and I have been married for {n} years and we have no children.", "I don't have any kids.",
                               "We have no children.", "I have no children of my own.", "My wife and I never had children."]).format(n=rng.randint(3, 30))
            ages: list[int] | None = []
        elif kind == "one":
            a = rng.randint(0, 17)
            sd = rng.choice(["son", "daughter"])
            fact = (f"My only child, my {sd}, is {a}." if a else f"I have one child, a baby {sd} born this year.")
            if a and rng.random() < 0.5:
                fact = f"I have one child, a {a}-year-old {sd}."
            ages = [a]
        elif kind == "two":
            a, b = sorted(rng.sample(range(1, 20), 2))
            fact = rng.choice(["We have two children, aged {a} and {b}.", "My two kids are {a} and {b}.", "I have two daughters aged {a} and {b}."]).format(a=a, b=b)
            ages = [a, b]
        else:
            fact = rng.choice(["My children are all grown up and have left home.", "Both my sons are adults now and live on their own."])
            ages = None  # all adults
        t = rng.choice([3, 5, 11, 12, 16, 18])
        options: list[tuple[str, str]] = []
        if ages is None:
            options = [(f"Do you have a child under {t}?", "no"), ("Are you a parent?", "yes"), ("Do you have any children living with you?", "no"),
                       ("Are you responsible for a child under 16?", "no"), ("Do you have children?", "yes")]
        else:
            has = bool(ages)
            options = [
                (f"Do you have a child under {t}?", yn(any(x < t for x in ages))),
                (f"Are any of your children under {t}?", yn(any(x < t for x in ages)) if has else "no"),
                ("Do you have any children?", yn(has)), ("Are you a parent?", yn(has)),
                ("Do you have more than one child?", yn(len(ages) > 1)),
                ("Do you have three or more children?", yn(len(ages) >= 3)),
            ]
            if not has:
                options += [("Are you looking after children under 12?", "no"), ("Are you responsible for a child?", "no"),
                            ("Do you have a child aged 16 or over?", "no"), ("Does a child live with you?", "no")]
            else:
                options += [(f"Are all your children under {t}?", yn(all(x < t for x in ages))),
                            ("Do you get Child Benefit?", "unknown"), ("Do you pay for childcare?", "unknown"),
                            ("Does your child have a disability?" if len(ages) == 1 else "Do any of your children have a disability?", "unknown")]
            options += [("Are you working?", "unknown"), ("Do you own your home?", "unknown")]
        q, lab = rng.choice(options)
        # "under t" with an age equal to t - 0 is fine; a baby "born this year" is age 0
        cands.append((say(rng, fact, q), q, lab))
    return quota(rng, cands, yes=25, no=42, unknown=25)


# --------------------------------------------------------------------------------------------
# hand-written implied answers (scenario, [(question, label)])

IMPLIED = [
    ("I missed the deadline.", [("Did you apply within the time limit?", "no"), ("Did you meet the deadline?", "no")]),
    ("I sent my application two weeks after the deadline.", [("Did you apply within the time limit?", "no"), ("Was your application on time?", "no"),
                                                             ("Have you applied?", "yes")]),
    ("My claim went in a month late because I was in hospital.", [("Did you claim within the time limit?", "no"), ("Was your claim late?", "yes"),
                                                                    ("Have you made a claim?", "yes")]),
    ("I don't drive and have never had a licence.", [("Do you have a driving licence?", "no"), ("Do you hold a full driving licence?", "no"),
                                                     ("Do you own a car?", "unknown")]),
    ("I was born in Manchester and have lived there all my life.", [("Were you born outside the UK?", "no"), ("Do you live in England?", "yes"),
                                                                     ("Have you ever lived abroad?", "no")]),
    ("My business has no employees; it's just me.", [("Do you employ staff?", "no"), ("Does your business have more than five employees?", "no"),
                                                     ("Do you run your own business?", "yes")]),
    ("I started with my current employer three months ago.", [("Have you worked for your employer for at least 26 weeks?", "no"),
                                                              ("Have you been in your job for more than a year?", "no"), ("Are you employed?", "yes")]),
    ("I've been with my employer for two years.", [("Have you worked for your employer for at least 26 weeks?", "yes"),
                                                   ("Have you been in your job for less than a year?", "no")]),
    ("I gave up my job to look after my mum.", [("Are you working?", "no"), ("Are you caring for someone?", "yes"),
                                                ("Do you look after a family member?", "yes"), ("Do you get Carer's Allowance?", "unknown")]),
    ("I stay at home to look after our baby while my partner works.", [("Are you in paid work?", "no"), ("Do you have a child?", "yes"),
                                                                        ("Is your partner working?", "yes"), ("Are you a lone parent?", "no")]),
    ("I have never claimed benefits before.", [("Are you currently receiving any benefits?", "no"), ("Have you claimed this benefit before?", "no")]),
    ("My application was refused last month.", [("Was your application approved?", "no"), ("Did you apply?", "yes"),
                                                 ("Have you appealed the decision?", "unknown")]),
    ("I sold my business last year.", [("Do you still own the business?", "no"), ("Are you still running the business?", "no"),
                                       ("Did you make a profit on the sale?", "unknown")]),
    ("I moved out of my parents' home at 19.", [("Do you live with your parents?", "no"), ("Do you rent your home?", "unknown")]),
    ("I was promoted in March and now earn more, but my hours are the same.", [("Are you working more hours?", "no"), ("Did your pay increase?", "yes"),
                                                                                ("Do you work full time?", "unknown")]),
    ("I've never left the country, not even on holiday.", [("Have you ever lived abroad?", "no"), ("Have you travelled outside the country?", "no"),
                                                           ("Do you have a passport?", "unknown")]),
    ("I'm blind and I need help with everyday tasks.", [("Do you have a disability?", "yes"), ("Do you need help with daily living?", "yes"),
                                                        ("Do you get Personal Independence Payment?", "unknown")]),
    ("I paid the fee in full when I applied.", [("Have you paid the application fee?", "yes"), ("Do you still owe the fee?", "no")]),
    ("I haven't paid the fee yet.", [("Have you paid the application fee?", "no"), ("Do you still need to pay the fee?", "yes")]),
    ("I've paid National Insurance for 35 years.", [("Have you paid National Insurance for at least 10 years?", "yes"),
                                                    ("Have you paid National Insurance contributions?", "yes"), ("Have you reached State Pension age?", "unknown")]),
    ("I passed my driving test last week.", [("Did you pass your driving test?", "yes"), ("Do you own a car?", "unknown")]),
    ("I've failed my driving test twice and still haven't passed.", [("Have you passed your driving test?", "no"), ("Have you taken a driving test?", "yes")]),
    ("Our business made a loss last year.", [("Did your business make a profit last year?", "no"), ("Is your business making money?", "unknown")]),
    ("I've been in hospital for three weeks and I can't work.", [("Are you able to work?", "no"), ("Are you ill or injured?", "yes"),
                                                                 ("Do you get Statutory Sick Pay?", "unknown")]),
    ("I live alone in a one-bedroom flat.", [("Do you live with a partner?", "no"), ("Does anyone live with you?", "no"),
                                             ("Do you live in a house?", "no"), ("Do you own your flat?", "unknown")]),
    ("I'm 19 and living in student halls.", [("Are you under 18?", "no"), ("Are you a homeowner?", "no"), ("Are you a student?", "yes")]),
    ("My wife earns about £30,000 and I don't work.", [("Are you employed?", "no"), ("Is your partner working?", "yes"), ("Are you married?", "yes"),
                                                        ("Do you have any children?", "unknown")]),
    ("I was self-employed until last year; now I work for a supermarket.", [("Are you self-employed?", "no"), ("Are you an employee?", "yes"),
                                                                            ("Have you ever been self-employed?", "yes")]),
    ("We closed our shop in June and haven't traded since.", [("Is your business still trading?", "no"), ("Did you ever run a shop?", "yes")]),
]


def implied_pairs(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    for s, qs in IMPLIED:
        for q, lab in qs:
            out.append((say(rng, s, q), q, lab))
            if rng.random() < 0.5:
                out.append((say(rng, s, q, p=1.0), q, lab))
    return out


# --------------------------------------------------------------------------------------------
# benefits are not exclusive: another benefit is "unknown"; the same one paraphrased is "yes"

BENEFITS = {  # region -> [(canonical, scenario forms, question names)]
    "uk": [
        ("cb", ["I get Child Benefit for my son.", "I claim Child Benefit for my two girls."], ["Child Benefit"]),
        ("uc", ["I'm on Universal Credit.", "I claim Universal Credit."], ["Universal Credit"]),
        ("pip", ["I receive Personal Independence Payment.", "I get PIP for my back condition."], ["Personal Independence Payment", "PIP"]),
        ("ca", ["I get Carer's Allowance for looking after my dad."], ["Carer's Allowance"]),
        ("pc", ["I receive Pension Credit.", "I get Pension Credit on top of my pension."], ["Pension Credit"]),
        ("hb", ["I get Housing Benefit to help with my rent."], ["Housing Benefit"]),
        ("sp", ["I get my State Pension.", "I've been receiving the State Pension for {n} years."], ["the State Pension", "a State Pension"]),
        ("aa", ["I receive Attendance Allowance."], ["Attendance Allowance"]),
    ],
    "us": [
        ("snap", ["I get SNAP benefits.", "My household receives SNAP."], ["SNAP benefits", "food stamps"]),
        ("medicaid", ["I'm covered by Medicaid."], ["Medicaid"]),
        ("ss", ["I receive Social Security retirement benefits."], ["Social Security retirement benefits"]),
        ("ssi", ["I get Supplemental Security Income."], ["Supplemental Security Income", "SSI"]),
        ("ui", ["I'm collecting unemployment insurance."], ["unemployment benefits"]),
    ],
    "au": [
        ("ftb", ["I receive Family Tax Benefit from Centrelink."], ["Family Tax Benefit"]),
        ("js", ["I'm on JobSeeker Payment."], ["JobSeeker Payment"]),
        ("agep", ["I get the Age Pension."], ["the Age Pension"]),
        ("cp", ["I receive Carer Payment for looking after my son."], ["Carer Payment"]),
    ],
}
BEN_SKIP = {frozenset(p) for p in [("uc", "pc"), ("uc", "sp"), ("uc", "hb"), ("pip", "aa"), ("ca", "sp"), ("ss", "ui"),
                                   ("js", "agep"), ("js", "cp"), ("agep", "cp"), ("ssi", "ss"), ("uc", "aa")]}
BEN_IMPLIED = {
    "cb": [("Do you have a child?", "yes"), ("Are you responsible for a child?", "yes")],
    "ca": [("Are you a carer?", "yes"), ("Do you look after someone?", "yes")],
    "cp": [("Are you a carer?", "yes"), ("Do you have a child?", "yes")],
    "sp": [("Have you reached State Pension age?", "yes")],
    "hb": [("Do you rent your home?", "yes"), ("Do you own your home?", "no")],
    "ui": [("Are you unemployed?", "yes")],
    "js": [("Are you looking for work?", "yes")],
}
BEN_Q = ["Are you getting {b}?", "Do you receive {b}?", "Are you on {b}?", "Do you claim {b}?"]


def benefit_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(500):
        region = rng.choice(sorted(BENEFITS))
        code, forms, _names = rng.choice(BENEFITS[region])
        fact = rng.choice(forms).format(n=rng.randint(2, 12))
        r = rng.random()
        if r < 0.55:
            code2, _f, names2 = rng.choice(BENEFITS[region])
            if code2 != code and frozenset((code, code2)) in BEN_SKIP:
                continue
            q = rng.choice(BEN_Q).format(b=rng.choice(names2))
            if q.startswith("Are you on the") or q.startswith("Are you on a "):
                continue
            lab = "yes" if code2 == code else "unknown"
        elif r < 0.8 and code in BEN_IMPLIED:
            q, lab = rng.choice(BEN_IMPLIED[code])
        else:
            q = rng.choice(["Do you have any savings?", "Are you married?", "Do you have a disability?", "Do you live alone?"])
            if (code in ("pip", "aa", "ssi") and "disability" in q) or (code in ("cb", "cp", "ca") and q == "Do you live alone?"):
                continue
            lab = "unknown"
        cands.append((say(rng, fact, q), q, lab))
    # hobbies and pets are not exclusive either
    hobbies = [("I play tennis every weekend.", ["Do you play golf?", "Do you play football?"], "Do you play tennis?"),
               ("I'm learning Spanish in evening classes.", ["Do you speak French?", "Are you learning German?"], "Are you learning Spanish?"),
               ("I have a dog.", ["Do you have a cat?", "Do you keep any other pets?"], "Do you have a dog?"),
               ("I go fishing at weekends.", ["Do you play golf?", "Do you go hiking?"], "Do you go fishing?"),
               ("I sing in a local choir.", ["Do you play an instrument?", "Are you in a sports club?"], "Are you in a choir?")]
    for s, others, same in hobbies:
        for q in others:
            cands.append((say(rng, s, q), q, "unknown"))
        cands.append((say(rng, s, same), same, "yes"))
    return quota(rng, cands, yes=35, no=3, unknown=70)


# --------------------------------------------------------------------------------------------
# open questions about attributes the scenario does not touch

OPEN_FACTS = [  # sentence, tags it touches
    ("I live in {city}.", {"residence"}), ("I'm a self-employed plumber.", {"employment", "business"}),
    ("I work part time in a shop.", {"employment"}), ("I'm studying law at university.", {"study"}),
    ("I rent a flat in the city centre.", {"housing"}), ("My husband and I have three children.", {"marital", "children"}),
    ("I'm importing a car from Japan.", {"vehicle"}), ("We run a small café.", {"business", "employment"}),
    ("I'm a Polish citizen.", {"nationality"}), ("I served in the Navy for eight years.", {"military", "employment"}),
    ("I'm 45 and work as a nurse.", {"age", "employment"}), ("I export cheese to France.", {"business"}),
    ("I have just moved to {city} for work.", {"residence", "employment"}), ("I got divorced last year.", {"marital"}),
    ("I need a loan to buy a new oven for my bakery.", {"business", "money"}),
    ("I bought my house in 2015.", {"housing"}), ("I'm a carer for my elderly father.", {"carer", "family"}),
]
OPEN_Q = [
    ("Do you have any children?", {"children"}), ("Are you married?", {"marital"}), ("Do you own your home?", {"housing"}),
    ("Are you over 65?", {"age"}), ("Do you have a disability?", {"health"}), ("Have you paid the application fee?", set()),
    ("Do you have a valid passport?", {"nationality"}), ("Are you a British citizen?", {"nationality", "residence"}),
    ("Do you have savings of more than £16,000?", {"money"}), ("Have you applied for this before?", set()),
    ("Are you a carer?", {"carer"}), ("Do you have a criminal record?", set()), ("Do you live in Scotland?", {"residence"}),
    ("Are you receiving Universal Credit?", {"benefits", "money"}), ("Do you have a driving licence?", {"vehicle"}),
    ("Have you served in the armed forces?", {"military"}), ("Do you work more than 16 hours a week?", {"employment"}),
    ("Is your income over £50,000 a year?", {"money", "employment"}), ("Did you receive a letter from us?", set()),
    ("Do you have health insurance?", {"health", "money"}), ("Is your partner working?", {"marital", "employment"}),
    ("Have you lived here for more than three years?", {"residence", "housing"}), ("Are you registered for VAT?", {"business", "employment"}),
    ("Do you have a National Insurance number?", {"nationality", "employment"}), ("Are you a student?", {"study", "employment", "age"}),
]


def unknown_pairs(rng: random.Random) -> list[Row]:
    cands: list[Row] = []
    for _ in range(500):
        fact, ftags = rng.choice(OPEN_FACTS)
        q, qtags = rng.choice(OPEN_Q)
        if ftags & qtags:
            continue
        fact = fact.format(city=rng.choice(["Leeds", "Bristol", "Manchester", "Sheffield"]))
        cands.append((say(rng, fact, q), q, "unknown"))
    return quota(rng, cands, yes=0, no=0, unknown=140)


FAMILIES: list[tuple[str, Callable[[random.Random], list[Row]]]] = [
    ("residence", residence_pairs), ("nationality", nationality_pairs), ("employer", employer_pairs),
    ("employment_status", employment_status_pairs), ("marital", marital_pairs), ("age", age_pairs),
    ("course", course_pairs), ("vehicle", vehicle_pairs), ("business", business_pairs), ("loan", loan_pairs),
    ("export", export_pairs), ("item", item_pairs), ("date", date_pairs), ("veteran", veteran_pairs),
    ("housing", housing_pairs), ("children", children_pairs), ("implied", implied_pairs), ("benefit", benefit_pairs),
    ("unknown", unknown_pairs),
]


def generate(seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    heldout = _heldout()
    rows: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for fam, fn in FAMILIES:
        for s, q, a in fn(rng):
            assert a in ("yes", "no", "unknown"), (s, q, a)
            assert len(s.split()) <= MAX_WORDS, s
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
        print(f"  {fam:18s} {fams[fam]:4d}  yes {c['yes']:3d}  no {c['no']:3d}  unknown {c['unknown']:3d}")
    tot = Counter(r["answer"] for r in rows)
    print("answers:", {k: f"{v} ({v / len(rows):.0%})" for k, v in sorted(tot.items())})
    print("max words:", max(len(r["scenario"].split()) for r in rows))


if __name__ == "__main__":
    main()
