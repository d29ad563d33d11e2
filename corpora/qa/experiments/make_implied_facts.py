"""Generate corpora/qa/experiments/implied_facts.jsonl: workplace, company-policy and privacy-rule situations
whose answer is implied rather than stated in the question's words.

    python corpora/qa/experiments/make_implied_facts.py          # deterministic (seed 0)

Not part of the answerer's training data unless copied up: ``experiments/`` is not read by the training script.

Every template and word list below was written by hand from general knowledge of English and of ordinary
office rules; nothing is derived from ShARC, ``corpora/cases/`` or any evaluation data. Scenarios mix first
person ("I lost the receipt.") and third person ("Sam", "The nurse", "A new starter") in 1-3 short sentences
(at most 40 words); about half carry one impersonal distractor (weather, commute, team lunch) that never
touches the question. Families (the ``family`` field) and their convention:

* ``possession``: lost, misplaced, forgot at home, left on the bus, stolen, thrown away, never got, still
  waiting for -> "Do you have X?" no; kept, brought, still has, showed -> yes. An expense "has" a receipt
  when one was kept or attached; an application "includes" a document only when attached or enclosed.
* ``approval``: signed off, go-ahead, okayed, approved in writing, agreed by email, authorised -> yes;
  refused, turned down, rejected, said no -> no. Convention for a pending request (hasn't replied, still
  considering it, on leave and hasn't seen it): "no" to present-state questions ("Do you have approval?",
  "Has it been approved?", "Was it refused?"), "unknown" to "Will your manager approve it?". The approver
  named decides the request; another approver (HR, finance, the director) -> unknown.
* ``sharing``: kept to oneself, told no one -> "Do you share your password?" no; gave a colleague the login,
  sticky note for the team, group chat -> yes; a password manager, a recent change -> unknown.
* ``completion``: finished, passed, completed, attended -> completed yes; skipped, missed, hasn't started,
  failed to turn up, booked onto next month's session -> no ("still need to do it?" the reverse).
* ``reporting``: told / informed / emailed / called / reported to the person asked about -> yes; kept quiet,
  told no one, hoped nobody would notice, *only* told a friend -> no; told someone else -> unknown.
* ``accompaniment``: a 13-16-year-old came alone -> "with an adult?" no, "on your own?" yes; a parent, uncle,
  grandmother or adult sister came -> with an adult yes; a school friend -> "anyone with you?" yes.
* ``device``: encrypted / BitLocker on -> "encrypted?" yes, off -> no; left unlocked on the train, no password,
  never locks it -> "locked when not in use?" no. ``resources``: a work car for a weekend trip, personal Gmail
  for client files -> yes; only the pool car for site visits, only the work account -> no. In both, a fact
  about one property asked about the other (encryption vs locking, cars vs email) -> unknown.
* ``consent``: agreed, signed the consent form, ticked the box -> yes; refused, withdrew consent, was never
  asked, left the box unticked -> no.

In every family another thing of the same kind (item, course, approver, recipient, consented thing) is
"unknown", and about half the scenarios are also asked a question from another family that they do not
touch (a receipt scenario asked about the manager's approval) -> unknown.

Skipped as debatable: "Do you have X?" after attaching or enclosing X (it may have been sent away); "Does the
application include X?" when X was merely kept; "Do you still have X?" after never getting X; "Will ...
approve?" once decided; "told a friend" without "only", and "Did you keep it to yourself?" after only telling
a friend; failing a course; a school friend -> "with an adult?"; an uncle, grandmother or sister -> "with a
parent or guardian?"; no password -> "encrypted?"; overlapping courses (privacy / data protection / GDPR) and
items (badge / ID card, receipt / invoice, permits / visa); cross-family pairs that half-touch (passwords vs
laptop locking, a phishing click vs password sharing, permits and signed forms vs approval or consent, a work
car or hire van vs a licence or parking permit, a first-aid certificate vs training).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
OUT = HERE / "implied_facts.jsonl"
MAX_WORDS = 40
LABELS = ("yes", "no", "unknown")
QUOTA = {"yes": 45, "no": 45, "unknown": 38}  # per family: about 35 / 35 / 30 %
FLIP = {"yes": "no", "no": "yes", "unknown": "unknown"}

Person = dict[str, str]
QA = list[tuple[str, str]]
Case = tuple[str, Person, set[str], QA]  # scenario, person, tags (for cross-family blocking), own questions
Row = tuple[str, str, str]

# ----------------------------------------------------------------------------------------------------------------
# people: placeholders for the scenario ({S} {poss} {be} ...) and for the question ({Do} {you} {your} ...)

FIRST: Person = dict(S="I", Pron="I", pron="I", poss="my", PossFirst="My", PossLater="My", obj="me", refl="myself",
                     s="", es="", be="am", have="have", havent="haven't", Do="Do", Have="Have", Are="Are",
                     you="you", your="your", yours="your", yourself="yourself", qpron="you", qs="")
NAMES = {"staff": ["Sam/he", "Priya/she", "Tom/he", "Aisha/she", "Marco/he", "Chloe/she", "the nurse/",
                   "a new starter/", "the receptionist/", "the new accountant/"],
         "minor": ["Sam/he", "Priya/she", "Leo/he", "Maya/she", "Josh/he", "Amira/she"],
         "clinic": ["the patient/", "Mrs Patel/she", "Mr Okafor/he", "a new patient/"],
         "shop": ["the customer/", "Mrs Patel/she", "Mr Okafor/he", "a new customer/"]}


def person(rng: random.Random, kind: str) -> Person:
    """First person half the time, otherwise a name or a role with a he/she pronoun."""
    if rng.random() < 0.5:
        return dict(FIRST)
    name, g = rng.choice(NAMES[kind]).split("/")
    g = g or rng.choice(["he", "she"])
    poss, obj, refl = ("his", "him", "himself") if g == "he" else ("her", "her", "herself")
    q = "the " + name[2:] if name.startswith("a ") else name  # "A new starter ..." -> "Has the new starter ...?"
    S = name[0].upper() + name[1:]
    return dict(S=S, Pron=g.capitalize(), pron=g, poss=poss, PossFirst=S + "'s", PossLater=poss.capitalize(),
                obj=obj, refl=refl, s="s", es="es", be="is", have="has", havent="hasn't", Do="Does", Have="Has",
                Are="Is", you=q, your=poss, yours=q + "'s", yourself=refl, qpron=g, qs="s")


def fill(tmpl: str, p: Person, first: bool = False, **kw: str) -> str:
    """Format a template for person p: the first sentence names the person, later ones use pronouns.
    Two passes, so that word-list entries may hold placeholders themselves ("{poss} badge")."""
    d = {**p, **kw, "Poss": p["PossFirst"] if first else p["PossLater"]}
    if not first:
        d["S"] = p["Pron"]
    return tmpl.format(**d).format(**d)


# Impersonal, so they fit any person; "travel" ones are kept away from tickets, cars, buses and trains.
DISTRACTORS = ["It was pouring with rain all day.", "It has been a very hot week.", "It was foggy this morning.",
               "The forecast says snow tomorrow.", "The team lunch is on Friday.", "The canteen has a new menu.",
               "The office kettle is broken again.", "There was cake in the kitchen for a birthday.",
               "The lifts were out of order all morning.", "The quarterly meeting ran over."]
TRAVEL = ["The trains were delayed again this morning.", "The bus was packed today.",
          "The roadworks outside are finally finished."]


def story(rng: random.Random, p: Person, ctx: str | None, key: str, travel_ok: bool = True, **kw: str) -> str:
    """Optional context sentence naming the person, then the key sentence (sometimes joined with "and");
    a distractor in about half."""
    parts = [fill(key, p, True, **kw)] if ctx is None else [fill(ctx, p, True, **kw), fill(key, p, False, **kw)]
    if len(parts) == 2 and " and " not in parts[0] and rng.random() < 0.3:
        k = parts[1] if parts[1].startswith("I ") else parts[1][0].lower() + parts[1][1:]
        parts = [parts[0][:-1] + " and " + k]  # "I claimed £120 for a hotel and I lost the receipt."
    if rng.random() < 0.5:
        parts.insert(0 if rng.random() < 0.4 else len(parts), rng.choice(DISTRACTORS + TRAVEL * travel_ok))
    return " ".join(parts)


def maybe(rng: random.Random, options: list[str], p: float = 0.3) -> str | None:
    return rng.choice(options) if rng.random() < p else None


STAFF_CTX = ["{S} work{s} in the finance team.", "{S} joined the company in {month}.", "{S} work{s} on reception.",
             "{S} work{s} shifts at the hospital.", "{S} manage{s} the Leeds office."]
MONTHS = ["January", "March", "May", "June", "September", "November"]

# ----------------------------------------------------------------------------------------------------------------
# 1. possession. Item: noun in facts, "a ..." form, alias group (never crossed), verb kinds, tags, contexts, and
#    a container (kind, box noun, questions) for documents that go with a claim or an application.

ITEMS = [
    ("the receipt", "a receipt", "receipt", "lose keep attach wait any", "",
     ["{S} claimed £{n} for a hotel.", "{S} paid £{n} for a client dinner.", "{S} put in a claim for a £{n} taxi."],
     ("has", "claim", ["Does the expense have a receipt?", "Is there a receipt for the claim?",
                       "Does the claim come with a receipt?"])),
    ("the invoice", "an invoice", "receipt", "lose keep attach wait any", "",
     ["{S} claimed £{n} for a new office chair.", "{S} put in a claim for £{n} of printer ink."],
     ("has", "claim", ["Does the claim have an invoice?", "Is there an invoice for the expense?"])),
    ("{poss} ticket", "a ticket", "ticket", "lose keep carry show any", "ticket",
     ["{S} went to the trade fair in Birmingham.", "{S} took the train to the sales conference."], None),
    ("{poss} boarding pass", "a boarding pass", "ticket", "lose keep carry show any", "ticket",
     ["{S} {be} at the airport for the Madrid trip."], None),
    ("{poss} badge", "a badge", "badge", "lose carry show any", "",
     ["{S} got to the office at eight.", "{S} arrived early for the board meeting."], None),
    ("{poss} ID card", "an ID card", "badge", "lose carry show any", "",
     ["{S} went to the data centre for a site visit.", "{S} turned up for the security check."], None),
    ("{poss} parking permit", "a parking permit", "permit", "lose carry wait any", "permitlike",
     ["{S} {be} visiting the hospital site today."], None),
    ("{poss} work permit", "a work permit", "permit", "lose wait any", "permitlike",
     ["{S} {be} moving to the Toronto office."], None),
    ("{poss} visa", "a visa", "permit", "wait any", "permitlike", ["{S} {be} due to visit the New York office."], None),
    ("{poss} driving licence", "a driving licence", "licence", "lose carry show any", "licence",
     ["{S} went to collect the hire van."], None),
    ("the doctor's note", "a doctor's note", "note", "lose attach wait any", "", ["{S} was off sick for five days."],
     ("include", "absence form", ["Does the absence form include a doctor's note?",
                                  "Is there a doctor's note with the sick-leave form?"])),
    ("the signed form", "a signed form", "form", "lose attach any", "permitlike", ["{S} applied for a parking space."],
     ("include", "application", ["Does the application include the signed form?"])),
    ("{poss} first-aid certificate", "a first-aid certificate", "certificate", "lose attach wait any", "certificate",
     ["{S} applied for the fire warden role."],
     ("include", "application", ["Does the application include the first-aid certificate?"])),
]
SHOW_AT = {"ticket": "the barrier", "boarding pass": "the gate", "badge": "reception", "ID card": "reception",
           "driving licence": "the hire desk"}
# verb phrase, kind needed, label for "have", for a "has" container, for an "include" container (None = skip),
# and whether "Do you still have ...?" makes sense
POSSESS = [
    ("lost {x}", "lose", "no", "no", "no", True), ("misplaced {x}", "lose", "no", "no", "no", True),
    ("forgot {x} at home", "carry", "no", None, None, True), ("left {x} on the bus", "carry", "no", None, None, True),
    ("had {x} stolen from {poss} bag", "carry", "no", None, None, True),
    ("threw {x} away by mistake", "keep", "no", "no", "no", True), ("never got {ax}", "wait", "no", "no", "no", False),
    ("{be} still waiting for {x}", "wait", "no", "no", "no", False),
    ("kept {x}", "keep", "yes", "yes", None, True), ("brought {x} with {obj}", "carry", "yes", None, None, True),
    ("still {have} {x}", "any", "yes", "yes", None, True), ("showed {x} at {where}", "show", "yes", None, None, True),
    ("attached {x} to the {box}", "attach", None, "yes", "yes", False),
    ("enclosed {x} with the {box}", "attach", None, "yes", "yes", False)]
HAVE_Q = ["{Do} {you} have {ax}?", "{Have} {you} got {qx}?", "{Do} {you} still have {qx}?"]


def possession(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for _ in range(700):
        x, ax, group, kinds, tags, ctxs, box = rng.choice(ITEMS)
        vp, need, lab_have, lab_has, lab_inc, still = rng.choice(POSSESS)
        if need not in kinds.split() or ("{box}" in vp and box is None):
            continue
        p = person(rng, "staff")
        ctx = maybe(rng, ctxs, 0.7)
        s = story(rng, p, ctx, "{S} " + vp + ".", travel_ok=False, x=x, ax=ax, box=box[1] if box else "",
                  where=SHOW_AT.get(ax.split(" ", 1)[1], ""), n=str(rng.randint(12, 240)))
        qas: QA = []
        if lab_have:
            q = rng.choice(HAVE_Q if still else HAVE_Q[:2])
            qas.append((fill(q, p, qx=x.replace("{poss}", "{your}"), ax=ax), lab_have))
        lab_box = {"has": lab_has, "include": lab_inc}[box[0]] if box else None
        if lab_box and (ctx or "{box}" in vp):  # only when a claim or application is in view
            qas.append((rng.choice(box[2]), lab_box))
        y = rng.choice([it for it in ITEMS if it[2] != group])  # another kind of thing -> unknown
        if not (y[4] in ("licence", "permitlike") and "hire van" in s):
            qas.append((fill("{Do} {you} have {ay}?", p, ay=y[1]), "unknown"))
        cases.append((s, p, {"possession", *tags.split()}, qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# 2. approval: a request, then the approver's answer (no company-car requests: they would touch "resources")

REQUESTS = ["{S} asked to work from home on Fridays.", "{S} put in a request for three days' leave in {month}.",
            "{S} asked to go on the advanced Excel course.", "{S} requested a second monitor.",
            "{S} asked to do some overtime this weekend.", "{S} asked to book a £{n} training course.",
            "{S} asked to start an hour later on Mondays."]
BOSSES = ["manager", "line manager", "team leader", "supervisor"]
DECISIONS = {"yes": ["signed off on it yesterday", "gave the go-ahead this morning", "okayed it on Monday",
                     "approved it in writing", "agreed to it by email", "has authorised it", "said yes straight away"],
             "no": ["refused", "turned it down", "rejected it last week", "said no", "turned the request down flat"],
             "pending": ["hasn't replied yet", "is still considering it", "is on leave and hasn't seen it yet",
                         "hasn't looked at it yet"]}
APPROVED_Q = ["{Do} {you} have {your} {boss}'s approval?", "Has the request been approved?", "Is the request approved?",
              "Has {yours} {boss} approved it?", "Did {yours} {boss} agree to it?"]
REFUSED_Q = ["Has {yours} {boss} turned the request down?", "Was the request refused?"]
FUTURE_Q = ["Will {yours} {boss} approve it?", "Is {yours} {boss} going to approve the request?"]
OTHER_APPROVER_Q = ["Has HR approved it?", "Has the finance team signed it off?",
                    "{Do} {you} have the director's approval?"]


def approval(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for _ in range(500):
        p = person(rng, "staff")
        state = rng.choice(list(DECISIONS))
        kw = dict(boss=rng.choice(BOSSES), month=rng.choice(MONTHS), n=str(rng.randint(150, 900)))
        s = story(rng, p, rng.choice(REQUESTS), "{Poss} {boss} " + rng.choice(DECISIONS[state]) + ".", **kw)
        qas = [(fill(rng.choice(APPROVED_Q), p, **kw), "yes" if state == "yes" else "no"),  # pending: not yet approved
               (fill(rng.choice(REFUSED_Q), p, **kw), "yes" if state == "no" else "no"),
               (fill(rng.choice(OTHER_APPROVER_Q), p), "unknown")]
        if state == "pending":
            qas.append((fill(rng.choice(FUTURE_Q), p, **kw), "unknown"))
        cases.append((s, p, {"approval"}, qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# 3. sharing / disclosure of a password; "keep it private?" is asked too, with the label flipped

SHARE_FACTS = {
    "no": ["{S} keep{s} {poss} password to {refl}.", "{S} {have} never told anyone {poss} password.",
           "{S} never give{s} out {poss} login details.", "{S} told no one {poss} new password.",
           "{S} refuse{s} to give {poss} password to anyone, even IT."],
    "yes": ["{S} gave {poss} colleague {poss} login.", "{S} posted {poss} password in the team group chat.",
            "{S} wrote {poss} password on a sticky note on the screen for the team.",
            "{S} let a temp log in with {poss} password.",
            "{S} told {poss} deputy {poss} password before going on holiday."],
    "unknown": ["{S} use{s} a password manager.", "{S} changed {poss} password last week.",
                "{S} {have} a long password with numbers and symbols.",
                "{S} forgot {poss} password and had to reset it."]}
SHARE_Q = ["{Do} {you} share {your} password?", "{Have} {you} shared {your} password with anyone?",
           "{Do} {you} give {your} login details to other people?", "Does anyone else know {yours} password?"]
PRIVATE_Q = ["{Do} {you} keep {your} password private?", "{Do} {you} keep {your} password to {yourself}?"]


def sharing(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for _ in range(400):
        p = person(rng, "staff")
        lab = rng.choice(list(SHARE_FACTS))
        s = story(rng, p, maybe(rng, STAFF_CTX), rng.choice(SHARE_FACTS[lab]), month=rng.choice(MONTHS))
        qas = [(fill(rng.choice(SHARE_Q), p), lab), (fill(rng.choice(PRIVATE_Q), p), FLIP[lab])]
        cases.append((s, p, {"sharing"}, qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# 4. completion / attendance of mandatory training; courses in one group overlap, so are never crossed

COURSES = [("privacy training", "privacy"), ("data protection course", "privacy"), ("GDPR training", "privacy"),
           ("fire safety course", "fire"), ("first-aid course", "firstaid"), ("manual handling training", "manual"),
           ("anti-bribery course", "bribery")]
DONE = {"yes": ["{S} finished the {t} last week.", "{S} passed the {t} on Tuesday.", "{S} attended the {t} in {month}.",
                "{S} completed the {t} in {month}.", "{S} did the {t} online and passed the quiz at the end."],
        "no": ["{S} skipped the {t}.", "{S} missed the {t} because of a client visit.",
               "{S} failed to turn up to the {t}.", "{S} {havent} started the {t} yet.",
               "{S} {be} booked onto next month's {t}.", "{S} signed up for the {t} but {havent} done it yet."]}
DONE_Q = ["{Have} {you} completed the {t}?", "{Have} {you} done the {t}?", "Did {you} finish the {t}?"]
TODO_Q = ["{Do} {you} still need to do the {t}?", "Is the {t} still outstanding for {you}?"]
NO_COURSE = ["{S} started in the accounts team in {month}.", "{S} {be} moving to the night shift.",
             "{S} asked for a new chair for {poss} desk."]


def completion(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for _ in range(450):
        p = person(rng, "staff")
        (t, group), month = rng.choice(COURSES), rng.choice(MONTHS)
        if rng.random() < 0.15:  # nothing about training at all
            s = story(rng, p, None, rng.choice(NO_COURSE), month=month)
            cases.append((s, p, {"completion"}, [(fill(rng.choice(DONE_Q), p, t=t), "unknown")]))
            continue
        lab = rng.choice(["yes", "no"])
        s = story(rng, p, maybe(rng, STAFF_CTX), rng.choice(DONE[lab]), t=t, month=month)
        t2 = rng.choice([c for c, g in COURSES if g != group])
        qas = [(fill(rng.choice(DONE_Q), p, t=t), lab), (fill(rng.choice(TODO_Q), p, t=t), FLIP[lab]),
               (fill(rng.choice(DONE_Q), p, t=t2), "unknown")]
        cases.append((s, p, {"completion", group}, qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# 5. reporting an incident to someone

INCIDENTS = ["{S} sent a customer's bank details to the wrong address.", "{S} clicked a link in a phishing email.",
             "{S} lost a USB stick with staff records on it.", "{S} noticed a fire door propped open overnight.",
             "{S} saw a colleague leave patient files in the lift.", "{S} spilled coffee on a server downstairs."]
RECIPIENTS = ["{poss} supervisor", "{poss} supervisor", "the IT service desk", "the data protection officer"]
TOLD = ["{S} told {r} straight away.", "{S} reported it to {r} the same day.", "{S} called {r} that afternoon.",
        "{S} emailed {r} about it within the hour.", "{S} informed {r} the next morning."]
QUIET = ["{S} kept quiet about it.", "{S} didn't mention it to anyone.", "{S} decided not to tell anyone.",
         "{S} said nothing and hoped nobody would notice.", "{S} didn't tell anyone at work.",
         "{S} only told a friend about it over dinner."]
REPORT_Q = ["Did {you} report the incident to {r}?", "{Have} {you} told {r} about it?", "Did {you} let {r} know?"]
KEPT_Q = ["Did {you} keep the incident to {yourself}?", "Did {you} keep quiet about it?"]


def reporting(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for _ in range(450):
        p = person(rng, "staff")
        inc, r, rq = rng.choice(INCIDENTS), rng.choice(RECIPIENTS), rng.choice(RECIPIENTS)
        told = rng.random() < 0.55
        key = rng.choice(TOLD if told else QUIET)
        s = story(rng, p, inc, key, r=r)
        q = fill(rng.choice(REPORT_Q), p, r=rq.replace("{poss}", "{your}"))
        if told:  # told someone other than the person asked about -> unknown
            qas = [(q, "yes" if rq == r else "unknown"), (fill(rng.choice(KEPT_Q), p), "no")]
        else:
            qas = [(q, "no")] + ([] if "friend" in key else [(fill(rng.choice(KEPT_Q), p), "yes")])
        cases.append((s, p, {"reporting"} | ({"phishing"} if "phishing" in inc else set()), qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# 6. accompaniment of a young person

VISITS = ["{S} {be} {age} and {have} an appointment at the clinic.", "{S} {be} {age} and came in for a vaccination.",
          "{S} {be} {age} and came to the walk-in centre with a sprained wrist.",
          "{S} {be} {age} and came to see the dentist."]
COMPANY = {"alone": ["{S} came alone.", "{S} came on {poss} own.", "{S} came without anyone.",
                     "{S} got the bus here by {refl}.", "{S} walked here on {poss} own."],
           "parent": ["{Poss} mum came with {obj}.", "{S} {be} here with {poss} dad.",
                      "{Poss} mother is in the waiting room with {obj}."],
           "adult": ["{S} came accompanied by {poss} uncle.", "{S} came with {poss} older sister, who is 25.",
                     "{Poss} grandmother is sitting with {obj} in the waiting room."],
           "friend": ["{S} came with a friend from school."]}
ACC_Q = [  # wordings, label by kind of company (a missing kind is skipped as debatable)
    (["{Are} {you} with an adult?", "Is an adult with {you}?", "{Are} {you} accompanied by an adult?"],
     {"alone": "no", "parent": "yes", "adult": "yes"}),
    (["{Are} {you} with a parent or guardian?", "Is a parent with {you}?"], {"alone": "no", "parent": "yes"}),
    (["{Are} {you} on {your} own?", "Did {you} come alone?", "{Are} {you} here by {yourself}?"],
     {"alone": "yes", "parent": "no", "adult": "no", "friend": "no"}),
    (["Did anyone come with {you}?", "Is anyone with {you}?"],
     {"alone": "no", "parent": "yes", "adult": "yes", "friend": "yes"})]


def accompaniment(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for _ in range(450):
        p = person(rng, "minor")
        age = str(rng.randint(13, 16))
        kind = rng.choice(["alone", "alone", "parent", "adult", "friend", "none"])
        if kind == "none":  # nothing said about company
            s = story(rng, p, None, rng.choice(VISITS), travel_ok=False, age=age)
            qas = [(fill(rng.choice(qs), p), "unknown") for qs, _ in rng.sample(ACC_Q, 2)]
        else:
            s = story(rng, p, rng.choice(VISITS), rng.choice(COMPANY[kind]), travel_ok=False, age=age)
            qas = rng.sample([(fill(rng.choice(qs), p), labs[kind]) for qs, labs in ACC_Q if kind in labs], 2)
        cases.append((s, p, {"accompaniment"}, qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# 7. device security and 9. company resources: two separate properties each; a fact answers its own property
#    and leaves the other one open

DEVICE = {("enc", "yes"): ["{Poss} work laptop is encrypted.", "{Poss} laptop has BitLocker turned on.",
                           "{Poss} laptop was set up with full-disk encryption by IT."],
          ("enc", "no"): ["{Poss} laptop isn't encrypted.", "{Poss} laptop has never had encryption turned on.",
                          "{Poss} laptop has BitLocker switched off."],
          ("lock", "yes"): ["{S} always lock{s} {poss} laptop when {pron} step{s} away.",
                            "{Poss} laptop locks itself after five minutes of inactivity.",
                            "{S} lock{s} {poss} screen every time {pron} leave{s} {poss} desk."],
          ("lock", "no"): ["{S} left {poss} laptop unlocked on the train while {pron} went to get a coffee.",
                           "{Poss} laptop has no password.",
                           "{S} never lock{s} {poss} laptop when {pron} go{es} to lunch.",
                           "{S} leave{s} {poss} laptop open and unlocked on {poss} desk overnight."]}
DEVICE_Q = {"enc": ["Is {yours} laptop encrypted?", "Is the laptop encrypted?",
                    "Is the data on {yours} laptop encrypted?", "Does {yours} laptop use disk encryption?"],
            "lock": ["Is the laptop locked when not in use?", "Is {yours} laptop locked when it's left unattended?",
                     "{Do} {you} lock {your} laptop when {qpron} leave{qs} it?"]}
RESOURCES = {
    ("car", "yes"): ["{S} used {poss} work car for a weekend trip to the coast.", "{S} took the pool car to a wedding.",
                     "{S} took the company van to help a friend move house.",
                     "{S} borrow{s} the company car most weekends for family visits."],
    ("car", "no"): ["{S} only use{s} the pool car for site visits.",
                    "{S} only ever drive{s} the company car to client meetings.",
                    "{S} use{s} {poss} own car for everything but site visits, which {pron} do{es} in the pool car."],
    ("mail", "yes"): ["{S} used {poss} personal Gmail to send client files.",
                      "{S} keep{s} client spreadsheets in {poss} personal email.",
                      "{S} sent the contract to a customer from {poss} Hotmail account.",
                      "{S} emailed the client's invoices from {poss} personal Yahoo account."],
    ("mail", "no"): ["{S} only ever send{s} client files from {poss} work account.",
                     "{S} keep{s} {poss} personal Gmail strictly for family and friends.",
                     "{S} keep{s} work and personal email strictly separate."]}
RESOURCE_Q = {"car": ["{Do} {you} use company cars for personal trips?", "{Have} {you} used a work vehicle privately?",
                      "{Do} {you} drive company vehicles for personal reasons?"],
              "mail": ["{Do} {you} use personal email accounts for company business?",
                       "{Do} {you} use {your} own email for work?",
                       "{Have} {you} sent work files from a personal email address?"]}


def two_properties(rng: random.Random, fam: str, facts: dict[tuple[str, str], list[str]],
                   questions: dict[str, list[str]]) -> list[Case]:
    cases: list[Case] = []
    for _ in range(400):
        p = person(rng, "staff")
        prop, lab = rng.choice(list(facts))
        key = rng.choice(facts[prop, lab])
        s = story(rng, p, maybe(rng, STAFF_CTX), key, travel_ok=False, month=rng.choice(MONTHS))
        qas = [(fill(rng.choice(questions[prop]), p), lab)]
        if "no password" not in key:  # a laptop without a password may still be encrypted: skip
            other = next(k for k in questions if k != prop)
            qas.append((fill(rng.choice(questions[other]), p), "unknown"))
        cases.append((s, p, {fam, prop}, qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# 8. consent of a patient or customer to one named thing

THINGS = {"clinic": ["the blood test", "the procedure", "being filmed for the training video",
                     "sharing {poss} notes with the specialist"],
          "shop": ["marketing emails", "the credit check", "being filmed for the advert",
                   "sharing {poss} data with partners"]}
CONSENT_CTX = {"clinic": ["{S} came in for a check-up.", "{S} {be} at the clinic for {poss} knee."],
               "shop": ["{S} opened an account online.", "{S} signed up for the loyalty card."]}
CONSENT = {"yes": ["{S} agreed to {x}.", "{S} signed the consent form for {x}.", "{S} ticked the box to agree to {x}.",
                   "{S} gave written consent for {x}.", "{S} said yes to {x} when asked."],
           "no": ["{S} refused {x}.", "{S} withdrew consent for {x} last week.", "{S} was never asked about {x}.",
                  "{S} said no to {x}.", "{S} left the box for {x} unticked."]}
CONSENT_Q = ["{Have} {you} given consent?", "{Have} {you} agreed to {x}?", "{Do} {you} consent to {x}?",
             "Is there consent for {x}?"]


def consent(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for _ in range(400):
        place = rng.choice(list(THINGS))
        p = person(rng, place)
        x, y = rng.sample(THINGS[place], 2)
        lab = rng.choice(["yes", "no"])
        s = story(rng, p, maybe(rng, CONSENT_CTX[place]), rng.choice(CONSENT[lab]), x=x)
        qas = [(fill(q, p, x=t.replace("{poss}", "{your}" if "{you}" in q else "{yours}")), a)  # "... your data"
               for q, t, a in ((rng.choice(CONSENT_Q), x, lab), (rng.choice(CONSENT_Q[1:]), y, "unknown"))]
        cases.append((s, p, {"consent"}, qas))
    return cases


# ----------------------------------------------------------------------------------------------------------------
# cross-family "unknown" probes: family -> (question, tag, kinds of person it suits)

PROBES = {
    "possession": [("{Do} {you} have a train ticket?", "ticket", "staff minor patient"),
                   ("{Do} {you} have {your} ID card?", "badge", "staff minor patient"),
                   ("{Do} {you} have a receipt?", "receipt", "staff patient"),
                   ("{Do} {you} have a doctor's note?", "note", "staff patient"),
                   ("{Do} {you} have a parking permit?", "permitlike", "staff"),
                   ("{Do} {you} have a driving licence?", "licence", "staff")],
    "approval": [("{Do} {you} have {your} manager's approval?", "", "staff"),
                 ("Has {yours} manager signed off on the request?", "", "staff")],
    "sharing": [("{Do} {you} share {your} password?", "", "staff"),
                ("{Have} {you} given {your} login details to anyone?", "", "staff")],
    "completion": [("{Have} {you} completed the privacy training?", "", "staff"),
                   ("{Have} {you} done the fire safety course?", "", "staff")],
    "reporting": [("Did {you} report the incident to {your} supervisor?", "", "staff")],
    "accompaniment": [("{Are} {you} with an adult?", "", "minor"), ("Did anyone come with {you}?", "", "minor")],
    "device": [("Is {yours} laptop encrypted?", "", "staff"),
               ("{Do} {you} lock {your} laptop when {qpron} leave{qs} it?", "", "staff")],
    "consent": [("{Have} {you} given consent for the blood test?", "", "minor patient"),
                ("{Have} {you} agreed to marketing emails?", "", "minor patient")],
    "resources": [("{Do} {you} use company cars for personal trips?", "", "staff"),
                  ("{Do} {you} use personal email accounts for company business?", "", "staff")]}
KIND = {"accompaniment": "minor", "consent": "patient"}  # every other family is about staff
# (scenario tag, probe family or tag): the scenario half-touches the probe, so no "unknown" row
BLOCK = {("device", "sharing"), ("sharing", "device"), ("phishing", "sharing"), ("approval", "permitlike"),
         ("consent", "permitlike"), ("permitlike", "approval"), ("permitlike", "consent"), ("car", "licence"),
         ("car", "permitlike"), ("certificate", "completion")}


def cross_unknown(rng: random.Random, fam: str, case: Case) -> tuple[str, str] | None:
    kind = KIND.get(fam, "staff")
    f, q, t = rng.choice([(f, q, t) for f, probes in PROBES.items() if f != fam
                          for q, t, kinds in probes if kind in kinds.split()])
    if any((a, b) in BLOCK for a in case[2] for b in (f, t)):
        return None
    return fill(q, case[1]), "unknown"


FAMILIES: list[tuple[str, Callable[[random.Random], list[Case]]]] = [
    ("possession", possession), ("approval", approval), ("sharing", sharing), ("completion", completion),
    ("reporting", reporting), ("accompaniment", accompaniment),
    ("device", lambda rng: two_properties(rng, "device", DEVICE, DEVICE_Q)), ("consent", consent),
    ("resources", lambda rng: two_properties(rng, "resources", RESOURCES, RESOURCE_Q))]


def family_rows(rng: random.Random, fam: str, cases: list[Case]) -> list[Row]:
    """Add cross-family unknowns, dedupe, take the per-family quota of each label, shuffle into a fixed order."""
    by: dict[str, list[Row]] = {lab: [] for lab in LABELS}
    seen: set[tuple[str, str]] = set()
    for s, p, tags, qas in cases:
        extra = cross_unknown(rng, fam, (s, p, tags, qas)) if rng.random() < 0.6 else None
        for q, lab in qas + ([extra] if extra else []):
            if (s, q) not in seen:
                seen.add((s, q))
                by[lab].append((s, q, lab))
    out: list[Row] = []
    for lab in LABELS:
        rng.shuffle(by[lab])
        out.extend(by[lab][:QUOTA[lab]])
    rng.shuffle(out)
    return out


def generate(seed: int = 0) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for fam, fn in FAMILIES:
        for s, q, a in family_rows(rng, fam, fn(rng)):
            if (s, q) not in seen:
                seen.add((s, q))
                rows.append({"scenario": s, "question": q, "answer": a, "family": fam})
    return rows


def check(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert r["answer"] in LABELS and r["family"], r
        assert r["scenario"].strip() and r["question"].strip().endswith("?"), r
        assert len(r["scenario"].split()) <= MAX_WORDS, r
        assert "{" not in r["scenario"] + r["question"], r  # no unfilled placeholder


def main() -> None:
    rows = generate(0)
    check(rows)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")
    for fam, _fn in FAMILIES:
        c = Counter(r["answer"] for r in rows if r["family"] == fam)
        print(f"  {fam:14s} {sum(c.values()):4d}  yes {c['yes']:3d}  no {c['no']:3d}  unknown {c['unknown']:3d}")
    tot = Counter(r["answer"] for r in rows)
    print("answers:", {k: f"{v} ({v / len(rows):.0%})" for k, v in sorted(tot.items())})
    print("max words:", max(len(r["scenario"].split()) for r in rows))


if __name__ == "__main__":
    main()
