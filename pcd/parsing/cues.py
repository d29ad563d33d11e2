"""Cue analysis: which spans of a policy are conditions, how they combine, what they guard.

Cues, by construct:

* condition markers: ``if``, ``only if``, ``as long as``, ``so long as``, ``provided (that)``,
  ``providing``, ``on condition that``, ``to the extent that``, ``only where``/``only when``;
  ``when``/``where``/``until``/``after``/``before``/``once`` followed by "you"/"your" (and "when the/a …" after a
  duty: "shall notify … when the breach is likely to …"); a fronted condition
  ("If you …, you can …") ends where spaCy's parse of its clause ends;
* exceptions → NOT: ``unless``, ``but not (if|when)``, ``except (if|when|where|for)``, ``other than``,
  ``apart from``, and ``until you`` ("reduced until you've paid it back": reduced while you have not);
* coordination inside a condition: ``and``/``or`` (and ``,``) that start a new clause are
  split; ``either … or`` → OR, ``neither … nor`` → AND of NOTs; phrase-level coordination
  ("employed or self-employed") stays one question, as ShARC's annotators write it;
* negation (``not``, ``n't``, ``never``, ``no``) on the condition's verb → NOT around the question;
* lists: the introduction decides AND ("all of", "each of", "must", "need to", "both") or OR
  ("one of", "any of", "at least one", "either", "include", "such as", "for example", and the
  default); a trailing "and"/"or" on an item overrides it; "one of the following apply" inside
  a condition places the list there;
* relative clauses on a person subject ("Veterans who are married to … may …") and
  requirements ("To qualify, you must be …") are conditions too;
* a conclusion is the main clause outside the conditions; it is negative when it carries
  "can't", "cannot", "must not", "won't", "not eligible", …

Across sentences: sufficient conditions (``if``) join by OR, requirements (``only if``, "must",
``unless``) by AND, and a sentence whose conclusion has the opposite polarity enters negated; a sentence
whose conclusion shares no content word with the first one's is about something else and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..policy import Clause, Conclusion
from .nlp import nlp
from .plan import Leaf, Plan, leaves, mk
from .questions import (PARTIES, PARTNER_WORDS, PERSON_NOUNS, clean_condition, finish_question, indefinite_article,
                        is_demonstrative, question_from_tokens, strippable_end, usable_question, write_question)
from .structure import segment

_MARKERS = [
    ("only if", "IF_ONLY"), ("if and only if", "IF_ONLY"), ("only where", "IF_ONLY"), ("only when", "IF_ONLY"),
    ("only if and to the extent that", "IF_ONLY"), ("to the extent that", "IF"), ("as long as", "IF"),
    ("so long as", "IF"),
    ("provided that", "IF"), ("providing that", "IF"), ("provided", "IF"), ("providing", "IF"),
    ("on condition that", "IF"), ("unless", "UNLESS"), ("but not if", "UNLESS"), ("but not when", "UNLESS"),
    ("except if", "UNLESS"), ("except when", "UNLESS"),
    ("except where", "UNLESS"), ("except for", "UNLESS"), ("except", "UNLESS"), ("other than", "UNLESS"),
    ("apart from", "UNLESS"), ("if", "IF"), ("when you", "WHEN"), ("where you", "WHEN"), ("whenever", "IF"),
    ("when the", "WHEN"), ("when a", "WHEN"), ("when an", "WHEN"), ("when it", "WHEN"), ("where the", "WHEN"),
    ("where a", "WHEN"), ("where an", "WHEN"), ("where processing", "WHEN"), ("where personal data", "WHEN"),
    ("where it", "WHEN"), ("where they", "WHEN"), ("where your", "WHEN"),
    ("until you", "UNTIL"), ("until your", "UNTIL"), ("when accompanied", "WHEN"),
    ("after you", "WHEN"), ("after your", "WHEN"),
    ("once you", "WHEN"), ("once your", "WHEN"), ("once they", "WHEN"), ("before you", "WHEN"), ("before your", "WHEN"),
]
# "even if" concedes, it sets no condition: it stays inside the condition it qualifies
_MARKER_RE = re.compile(r"(?<![\w-])(?<!\beven )(" + "|".join(re.escape(m) for m, _ in sorted(_MARKERS, key=lambda x: -len(x[0])))
                        + r")(?![\w-])", re.I)
_SPLIT_CONJ_VERBS = False
_MARKER_KIND = {m: k for m, k in _MARKERS} | {"where": "WHEN", "once": "WHEN", "when": "WHEN"}
# "Where/Once/When <someone other than you> …, <main clause>": a fronted condition about something else
_FRONT_MARKER = re.compile(r"\s*(where|once|when)(?=\s+(?!(?:you|your|they|their|it|its|this|these|he|she|we)\b)\w[^,]*,)", re.I)
_NEG_CONCLUSION = re.compile(
    r"\b(can['’]?t|cannot|can not|won['’]?t|will not|must not|mustn['’]?t|shall not|shan['’]t|shouldn['’]?t|"
    r"should not|may not|"
    r"isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t|not (?:be )?(?:eligible|entitled|allowed|able|covered|paid)|"
    r"no longer|not qualify|ineligible|will stop|stop(?:s)? getting|"
    r"^\s*neither\b[^.;]*\bnor\b[^.;]*\b(?:may|can|shall|must|will)\b|"  # "Neither X nor Y may approve …"
    r"(?:must|have to|has to|need to|should) stop|^\s*no\s+\w+\s+(?:may|can|shall|will|must)|"
    # "none of your payments can be stopped", "No eACCR displays"
    r"\bnone of (?:the|your|these|those|its|their)\b|^\s*no\s+(?!more\b|less\b|later\b|earlier\b|longer\b)\w+\s+\w+s\s*$|"
    # "Paid work does not include ...", "You're not an appointee", "The banned goods are", "illegal for"
    r"(?:does|do|is|are|was|were)\s+not|['’]re not|banned|ban on|prohibited|forbidden|illegal|not (?:permitted|allowed))\b", re.I)
# "You don't need a certificate to move medical devices within the EU": the purpose scopes the conclusion
_NO_NEED_TO = re.compile(r"^\s*you\s+(?:don['’]t|do not|won['’]t|will not)\s+need\s+[^.;:]{2,60}?\s+to\s+"
                         r"(?P<verb>move|export|import|sell|send|bring|take|use|ship|supply|buy|carry|transport)\s+"
                         r"(?P<what>[^.;:]{3,120}?)\s*(?:[.;:]|$)", re.I)
# "You can't claim tax credits and Universal Credit at the same time"
_SAME_TIME = re.compile(r"^\s*you\s+(?:can['’]t|cannot|can not)\s+(?P<verb>claim|get|receive)\s+[^.;:]{2,60}?\s+and\s+"
                        r"(?P<other>[^.;:]{2,60}?)\s+at the same time\b", re.I)
# "You can also claim your State Pension abroad", "… in some countries outside the EEA"
_PLACE_SCOPE = re.compile(r"^\s*you\s+(?:can|can['’]t|cannot|may|might)\s+(?:also\s+)?(?:be able to\s+)?"
                          r"(?:claim|get|receive|apply for)\s+[^.;:]{2,160}?\s+(?P<place>abroad|in (?:some |certain |other )?"
                          r"countries (?:outside|inside|in) the (?:EEA|EU|UK)(?: or Switzerland)?|"
                          r"in an? (?:EEA|EU) country(?:,? Switzerland)?(?:,? or (?:Switzerland|Gibraltar))?)"
                          r"(?:\s+if you['’]re eligible)?\s*[.;:]?\s*$", re.I)
_NOISE_CONDITION = re.compile(
    r"\b(not sure|need (?:more |any )?(?:help|information|advice|details)|have (?:any )?questions?|"
    r"want (?:to know|more information|help)|(?:would )?like (?:more )?(?:information|help|advice)|"
    r"more information|can['’]?t find|get in touch|has been lost|your (?:details|circumstances) change)\b", re.I)
_LIST_REF = re.compile(
    r"^(?:(?P<q>all|each|both|every|one|any|either|at least one|one or more|some|none|neither)\s+(?:of\s+)?)?"
    r"(?:the\s+|these\s+)?(?:followings?|these|below)\b[\w\s]*?:?$", re.I)
_INLINE_REF = re.compile(r"\b(?:(?P<q>all|each|both|every|one|any|either|at least one|one or more|some|none|neither)"
                         r"\s+of\s+)?(?:the\s+|these\s+)followings?\b.*$", re.I)
# a list introduced by a duty or a ban ("You must:", "Staff must not:"): its items are what one does
_MODAL_INTRO = re.compile(r"\b(?:must|shall|should|need to|needs to|have to|has to|required to)(?:\s+not)?\s*:\s*$"
                          r"|\bmustn['’]t\s*:\s*$", re.I)
_BANNED_INTRO = re.compile(r"\b(?:must|shall|should|may)\s+not\s*:\s*$|\bmustn['’]t\s*:\s*$", re.I)
_AND_INTRO = re.compile(r"\b(all of|each of|every one of|both|all the following|all these|must|need to|needs to|"
                        r"have to|has to|required|requires?|requirements?|you['’]ll need|will need|criteria|conditions|(?:the|these) followings? appl(?:y|ies))\b", re.I)
_OR_INTRO = re.compile(r"\b(one of|any of|either|at least one|one or more|include|includes|including|such as|"
                       r"like|for example|e\.?g|for instance|or)\b", re.I)
_MUST = re.compile(r"\b(?:you(?: or your (?:partner|spouse))?|they|we|applicants?|the applicant|claimants?|borrowers?|"
                   r"the borrower|he or she|individuals?|veterans?|students?)"
                   r"(?:\s*['’]ll|\s+will)?(?:\s+(?:usually|normally|generally|also|still|only))?"
                   r"\s+(?:must|shall|need to|needs to|have to|has to|should|(?=need\s))", re.I)
# what grants a permission its holder may bear a duty with: "Dogs are allowed … but must …", "Visitors are welcome"
_GRANTING = {"allow", "permit", "welcome"}
_SENT_OPENERS = re.compile(r"^(?:but|and|also|however|in addition|usually|normally|generally|otherwise)\s*,?\s+",
                           re.I)
_CLAUSE_START = {"you", "your", "they", "their", "he", "she", "his", "her", "it", "its", "the", "if", "this",
                 "there", "we", "i", "my"}
# a main clause after a fronted condition with no comma: "If your child isn't immunised you can't get …"
_MAIN_CLAUSE = re.compile(r"\s(?:you|they)(?:\s+(?:can['’]?t|cannot|can|could|may|might|must|will|won['’]t|should)|['’]ll)\b", re.I)
# what a definition by inclusion lists after "include(s)"
_INCLUDED = re.compile(r"\s*(?:things\s+like|such\s+as|the\s+following:?)?\s*(.+?)[.;]?\s*$")
# "be divorced and meet the following requirements:": a condition of its own beside the list
_AND_THE_FOLLOWING = re.compile(r"(?i)^(.*\w)\s*,?\s+and\s+(?:also\s+)?(?:meet|satisfy|fulfil|fulfill|comply with|have)"
                                r"\s+(?:(?:all|each|one|any)\s+of\s+)?(?:the|these)\s+following")
_EXAMPLES_INTRO = re.compile(r"(?is)^(.*?\w\)?)[.;,]?\s+(?:for example|for instance|e\.g\.?|such as|like)\s*:\s*$")
_HOURS = re.compile(r"^[\W\d]*((mon|tue|wed|thu|fri|sat|sun)\w*|telephone|phone|tel|textphone|fax|email|e-mail|"
                    r"address|website|opening hours|call charges|find out about call charges)\b", re.I)


# a passive whose agents are listed: "must be approved by:", "may only be accessed by:"
_AGENT_INTRO = re.compile(r"\b(?:be|is|are)\s+(?:only\s+)?(?P<done>\w+ed|\w+en|\w+wn)(?:\s+\w+)?\s+by\s*:\s*$", re.I)


@dataclass
class Unit:
    """What one sentence (with its list) contributes."""

    plan: Plan
    kind: str  # "IF" (sufficient), "REQ" (necessary), "REL" (relative-clause subject)
    conclusion: Conclusion | None
    negative: bool


@dataclass
class Analysis:
    clauses: list[Clause]
    plan: Plan | None
    conclusion: Conclusion | None
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------
def subject_of(doc) -> str:
    """Who the conditions of an intro are about: ``"you"``, ``"the <thing>"`` or ``"it"``."""
    low = doc.text.lower()
    if re.search(r"\b(?:things|items|goods|examples)\s+(?:like|such as|including)\b", low):
        return "it"  # "VAT is charged on things like: …" -> "Is it …?"
    if re.search(r"\bto\s+(?:export|import|sell|buy|send|provide|bring|carry|supply|post|ship)\s*:?\s*$", low):
        return "it"  # "You need permission to export: * controlled drugs …" -> "Is it controlled drugs …?"
    who = re.search(r"\b(\w+)\s+(?:who|whose)\b[^.]*:?\s*$", doc.text)
    if who and (who.group(1).lower() in PERSON_NOUNS or _singular(who.group(1).lower()) in PERSON_NOUNS):
        return "you"  # "paid to any Veteran who, because of a disability: * wears …" -> "Do you wear …?"
    owner = re.search(r"\byour\s+(\w+)\s+(?:must|should|need to|needs to|has to|have to)\b", low)
    relative = owner and ("child" if owner.group(1) == "children" else _singular(owner.group(1)))
    if relative in _RELATIVES:
        return "your " + relative  # "To qualify your children must either: …" (spaCy: what "qualify" takes)
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass"):
            if t.lemma_.lower() in ("type", "kind", "sort", "category", "class", "group"):
                # "The following types of workers aren't entitled …": the workers are meant
                t = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"), t)
            lemma = t.lemma_.lower()
            if lemma in _RELATIVES and any(c.dep_ == "poss" and c.lower_ == "your" for c in t.children):
                return "your " + lemma  # "Your children must: * be in approved childcare" -> "Is your child in …?"
            if t.lower_ in PERSON_NOUNS or lemma in PERSON_NOUNS:
                return "you"
            if lemma in _ENABLING_LAWS and t.head.lemma_ in ("require", "say", "state", "provide"):
                return "you"  # "the law requires that: * Apply for a Certificate …": the items are asked of the reader
            if t.pos_ == "NOUN" and t.lower_ not in ("following", "things", "thing", "these", "this"):
                # "goods" has no singular to ask about ("Is the good a work of art?"): "Is it a work of art?"
                if t.lower_ == "goods":
                    return "it"
                # "personal data": the data (spaCy's singular "datum" is no word a reader uses)
                return "the data" if lemma == "datum" else "the " + lemma
            break
    if re.search(r"\b(you|your|they|people|person|anyone|someone)\b", low):
        return "you"
    return "it"


def intro_combinator(text: str, default: str = "OR") -> str:
    low = text.lower()
    if re.search(r"\b(all of|each of|every one of|both of|all the following|all these|all of these)\b", low):
        return "AND"
    if re.search(r"\b(one of|any of|either|at least one|one or more|any one)\b", low):
        return "OR"
    if _BANNED_INTRO.search(low):
        return "OR"  # "You must not: * share … * store …": doing any one of them breaks the ban
    if _AND_INTRO.search(low):
        return "AND"
    if _OR_INTRO.search(low):
        return "OR"
    return default


def _item_cue(items: list[Clause]) -> str | None:
    for it in items[:-1]:
        m = re.search(r"[,;]?\s*\b(and|or)\s*$", it.text, re.I)
        if m:
            return m.group(1).upper()
    return None


class Analyzer:
    def __init__(self, text: str):
        self.text = text
        self.clauses = segment(text)
        self.children: dict[str | None, list[Clause]] = {}
        for c in self.clauses:
            if c.kind in ("bullet", "item") and c.parent is not None:
                self.children.setdefault(c.parent, []).append(c)
        todo = [c for c in self.clauses if c.kind != "heading"]
        self.docs = dict(zip((c.id for c in todo), nlp().pipe([_for_parser(c.text) for c in todo])))
        self.notes: list[str] = []
        self.combine = "all"
        self._list_used = False
        # inside a duty no condition guards, each conjoined verb is a duty of its own ("must sign in at reception and
        # wear a badge": which one was broken?); inside conditions ShARC's questions keep them together
        self._duties = False
        self._required_thing: str | None = None  # the thing the last "<noun> must …" sentence bound
        self.focus: str | None = None
        # a policy that speaks to "you" means someone else by "they"/"he"/"she"
        self.others = bool(re.search(r"(?i)\b(you|your|you['’](?:re|ve|ll|d))\b", text))

    # -- leaves ------------------------------------------------------------------------------------------
    def leaf_from_tokens(self, clause: Clause, toks, subject: str) -> Plan | None:
        toks = [t for t in toks if not t.is_space]
        if all(t.pos_ in ("PRON", "AUX", "PART", "CCONJ", "PUNCT", "DET") for t in toks):
            return None
        while toks and (strippable_end(toks) or toks[-1].lower_ in ("and", "or", "but", "nor")):
            toks = toks[:-1]
        if not toks:
            return None
        if _subject_misread_as_object(toks[0]):  # the parse has no subject here: read the words afresh
            question, negated = write_question(toks[0].doc.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)],
                                               subject, others=self.others)
        else:
            question, negated = question_from_tokens(toks, subject, others=self.others)
        if not usable_question(question):
            return None
        start = clause.start + toks[0].idx
        end = clause.start + toks[-1].idx + len(toks[-1].text)
        leaf = _each_named_place(question, clause.id, start, end)
        return mk("NOT", [leaf]) if negated else leaf

    def leaf_from_text(self, clause: Clause, rel_start: int, rel_end: int, subject: str,
                       prefix: str = "", suffix: str = "") -> Plan | None:
        raw = clause.text[rel_start:rel_end]
        cleaned = clean_condition(raw)
        if not cleaned:
            return None
        lead = raw.find(cleaned[:10]) if cleaned[:10] in raw else 0
        span_len = None  # the cited length, when the question reorders the text
        if clause.kind in ("bullet", "item"):  # an item's second sentence comments on the first
            first = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z][a-z]*(?:['’][a-z]+)?\s)", cleaned, maxsplit=1)[0]
            cleaned = first if len(first.split()) >= 3 else cleaned
            scope = re.match(r"(?:For|In|On|Under|With)\s[^,]{2,60},\s+", cleaned)
            at = rel_start + max(lead, 0) + (scope.end() if scope else 0)  # where the requirement's verb is
            if scope and clause.id in self.docs and any(t.tag_ == "VB" and t.idx == at for t in self.docs[clause.id]):
                # "For direct OL loans, be able to show farm managerial experience": the scope of a requirement
                # that the item states with a bare verb goes after it ("Are you able to show … for direct OL
                # loans?"); the citation keeps the item's order
                span_len = len(cleaned)
                said_scope = scope.group().rstrip(", ")
                cleaned = cleaned[scope.end():].rstrip(" .;") + " " + said_scope[0].lower() + said_scope[1:]
        if re.match(r"(?:A|An|The) [A-Z]", cleaned):  # "A Veteran who …": the article only
            cleaned = cleaned[0].lower() + cleaned[1:]
        # a list item's capital: "Eligible for SSI" -> "eligible for SSI", "Age 65 or older" -> "age 65 or older"
        if prefix not in ("in", "for") and re.match(r"(?:[A-Z][a-z]+|A) [a-z0-9]", cleaned):
            cleaned = cleaned[0].lower() + cleaned[1:]
        if suffix:  # an aside after a dash ends the item: the suffix goes before it
            cleaned = re.split(r"\s+[-–—]\s+", cleaned)[0]
        # an aside between dashes is not part of the condition: "all your sponsors - if you had more than one - have
        # died" (the citation still spans it)
        said = re.sub(r"\s+[-–—]\s+[^-–—]{1,60}?\s+[-–—]\s+", " ", cleaned)
        question, negated = write_question(" ".join(x for x in (prefix, said, suffix) if x), subject,
                                           others=self.others)
        if not usable_question(question):
            return None
        start = clause.start + rel_start + max(lead, 0)
        leaf = _each_named_place(question, clause.id, start, min(start + (span_len or len(cleaned)), clause.end))
        return mk("NOT", [leaf]) if negated else leaf

    # -- lists ---------------------------------------------------------------------------------------------
    def list_plan(self, intro: Clause, combinator: str, subject: str, stub: str = "", suffix: str = "") -> Plan | None:
        items = self.children.get(intro.id, [])
        if not items:
            return None
        op = _item_cue(items) or combinator
        kids = []
        for it in items:
            examples = _EXAMPLES_INTRO.match(it.text)
            if self.children.get(it.id) and examples and len(examples.group(1).split()) >= 3:
                # "Are required to apply for permission to work. For example: ** …": the examples are instances of
                # the item's own condition, so either answers it
                sub = self.list_plan(it, "OR", subject, stub, suffix)
                own = self.leaf_from_text(it, 0, examples.end(1), subject, stub, suffix)
                kids.append(mk("OR", [own, sub]) if own is not None else sub)
            elif self.children.get(it.id):
                sub = self.list_plan(it, intro_combinator(it.text, "OR"), subject, stub, suffix)
                own = self.leaf_from_text(it, 0, len(it.text), subject, stub, suffix) if not it.text.rstrip().endswith(
                    ":") else None
                kids.append(mk("AND", [own, sub]) if own is not None else sub)
            elif (thing := _THING_IF.match(it.text)) and (
                    (not stub and it.id in self.docs and _names_a_thing_in_capitals(self.docs[it.id]))
                    or re.search(r"(?i)\bfor\s*:\s*$", intro.text)):
                # a thing that applies under its own condition, which is what is asked: a named thing (a form, a tax,
                # a benefit: "VAT1A if you’re an EU business …", "Class 2 National Insurance when you reach State
                # Pension age") or anything a form is listed "for:" ("growing season inspections (form PHE 86) if the
                # importing country tells you …")
                kids.append(self.leaf_from_text(it, thing.start("cond"), len(it.text), subject, "", suffix))
            elif not stub and not suffix and _OR_BARE_VERB.search(it.text) and it.id in self.docs and \
                    self.docs[it.id][0].tag_ == "VB":
                # "study at a school or college, or be on an unpaid training course": two requirements, either does
                kids.append(self.condition_plan(it, self.docs[it.id], 0, len(it.text), [], subject))
            elif not stub and not suffix and _AND_NEGATED.search(it.text) and it.id in self.docs and \
                    self.docs[it.id][0].tag_ in ("VB", "VBP"):
                # "have a disability and cannot work": two requirements, the second negated (was NOT of both)
                kids.append(self.condition_plan(it, self.docs[it.id], 0, len(it.text), [], subject))
            elif not stub and not suffix and _AND_FINITE.search(it.text) and it.id in self.docs and \
                    _opens_with_subject(self.docs[it.id]):
                # "they died before 6 April 2016 but would have reached State Pension age …", "the patient is
                # present and does not object": two conditions about one subject
                kids.append(self.condition_plan(it, self.docs[it.id], 0, len(it.text), [], subject))
            elif not stub and not suffix and subject == "you" and _MODAL_INTRO.search(intro.text) and \
                    it.id in self.docs and self.docs[it.id][0].pos_ in ("NOUN", "PROPN", "ADJ") and \
                    nlp()("you " + it.text)[1].tag_ == "VBP" and not re.match(
                        r"(?i)\w+(?:tion|sion|ment|ness|ity|ance|ence|ship)\b", it.text):  # ("registration")
                # "You must not: * share customer data with anyone …": a duty's item that reads as a verb phrase once
                # it has its subject, which spaCy alone read as a noun phrase ("Are you a share customer datum …?");
                # "Your business must have: * registration" stays a thing
                kids.append(self.leaf_from_text(it, 0, len(it.text), subject, "you"))
            elif stub and it.id in self.docs and _opens_with_subject(self.docs[it.id]) and \
                    self.docs[it.id][0].lower_ in ("you", "they", "your", "their") and not re.search(
                        r"(?i)\b(?:since|when|after|before|because|if|that|until|as|where|while)\s*$", stub):
                # (a stub that ends in "since" takes a clause: "… for the first time since: * your child entered …")
                # "if they meet any of the following: 1. they have worked here …": a whole clause takes no stub
                # (was "Do you meet you have worked here …?")
                kids.append(self.leaf_from_text(it, 0, len(it.text), subject, "", suffix))
            else:
                kids.append(self.leaf_from_text(it, 0, len(it.text), subject, stub, suffix))
        return mk(op, kids)

    # -- sentences -------------------------------------------------------------------------------------------
    def sentence_units(self, clause: Clause) -> list[Unit]:
        doc = self.docs[clause.id]
        text = clause.text
        items = self.children.get(clause.id, [])
        younger = self._younger_with(clause)
        if younger is not None:
            return [younger]
        markers = [m for m in _MARKER_RE.finditer(text)]
        front = _FRONT_MARKER.match(text)
        if front and not any(m.start() == front.start(1) for m in markers):
            markers.insert(0, front)  # "Where a specific amount needs paying, you can set a target"
        markers = [m for m in markers if not self._spurious_marker(text, m) and not _place_where(doc, m)
                   and (text[:m.start()].count("(") <= text[:m.start()].count(")")
                        # "… don't expire (unless the country specifies a time limit)": a bracket that is the condition
                        or (text[:m.start()].rstrip().endswith("(") and m.group(1).lower() in ("unless", "if")
                            and len(text[:m.start()].rstrip()) > 1)
                        # "Guardian’s Allowance (you can claim this if you’re getting …)": the aside is the rule
                        or (m.group(1).lower() == "if" and re.search(
                            r"\(\s*you\s+(?:can|may|could|might|will)\b[^()]*$", text[:m.start()])))]
        if markers:
            return self._conditional(clause, doc, markers, items)
        lacking = self._lacking(clause, doc)
        if lacking is not None:
            return [lacking]
        enabler = self._enabler(clause, doc)
        if enabler:
            return [enabler]
        if items and _BENEFIT_LIST.search(text) and all(
                it.id in self.docs and self.docs[it.id][0].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
                and not _MARKER_RE.search(it.text) for it in items):
            # "You may be eligible for: * Guardian’s Allowance * Child Benefit": what you may get, not conditions
            self.notes.append(f"{clause.id}: its list names what you may get, not conditions")
            self._list_used = True
            return []
        if items:
            stub = self._stub(text)
            place = not stub and self._place_list(items)
            # "You must be a son, daughter, or spouse of a: * …": one of the people listed
            combinator = "OR" if re.search(r"\bof$", stub) else intro_combinator(text, "")
            if re.search(r"\bwho\s*:\s*$", text) and not re.search(r"(?i)\b(?:one|any|either) of\b", text):
                # "any person who is a landowner, landlord … or sharecropper who: * Demonstrates compliance … * Has
                # not been convicted …": all the person is said to do (the intro's "or" lists who they may be; an
                # "or" ending an item still makes the items alternatives)
                combinator = "AND"
            if not combinator:
                # "To get Pension Credit: * you must live in … * you or your partner must have reached …": every
                # item a requirement, so all hold; otherwise the items are alternatives
                combinator = "AND" if all(_MUST.search(it.text) for it in items) else "OR"
            things = not stub and not place and self._thing_list(text, items)
            # who does it, not the reader: "Leave requests must be approved by: * your line manager" -> "Is the
            # request approved by your line manager?"; "You may be asked questions by: * the judge" -> "Is it the judge?"
            agents = not stub and not place and _AGENT_INTRO.search(text)
            if agents and all(it.id in self.docs and self.docs[it.id][0].pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADJ")
                              and not _MARKER_RE.search(re.sub(r"\([^()]*\)", "", it.text)) for it in items):
                stub = "" if subject_of(doc) == "you" else agents.group("done") + " by"
            else:
                agents = None
            subject = "you" if place else ("it" if things or (agents and not stub) else subject_of(doc))
            plan = self.list_plan(clause, combinator, subject, "in" if place else ("for" if things else stub))
            must = _MUST.search(text)
            both = _AND_THE_FOLLOWING.match(text[must.end():]) if must else None
            if plan is not None and both:
                start = must.end() + len(both.group(1)) - len(both.group(1).lstrip())
                plan = mk("AND", [self.leaf_from_text(clause, start, must.end() + len(both.group(1)), "you"), plan])
            who = re.search(r"\bwho\s+(?:is|are)\s+(an?\s+[^:]+?)\s+who\s*:\s*$", text)
            if plan is not None and who and combinator == "AND":
                # "any person who is a landowner, landlord … or sharecropper who: * …": being one is a condition too
                own = self.leaf_from_text(clause, who.start(1), who.end(1), "you", prefix="you are")
                plan = mk("AND", [own, plan]) if own is not None else plan
            if plan is not None:
                kind = "REQ" if _AND_INTRO.search(text) or (combinator == "AND" and not _item_cue(items)) else "IF"
                return [self._whole_sentence_unit(plan, kind, clause)]
        req = self._requirement(clause, doc)
        if req:
            return [req]
        rel = self._relative(clause, doc)
        if rel:
            return [rel]
        return []

    def _enabler(self, clause: Clause, doc) -> Unit | None:
        """What a thing you hold gives you: "Home Care level 14 gives automatic authority to level 10",
        "Having a Green Card allows you to live …" -> "Do you have Home Care level 14?" (coordinated holders by
        OR). A pronoun or a law as the subject ("This allows you …", "The law allows …") names no condition."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.lemma_ not in _ENABLING_VERBS or not any(
                (c.dep_ == "dobj" and c.lemma_ in _ENABLED) or (c.dep_ == "ccomp" and any(
                    s.lower_ == "you" and s.dep_ == "nsubj" for s in c.children)) for c in root.children):
            return None
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "csubj") and c.i < root.i), None)
        if subj is None:
            return None
        if subj.dep_ == "csubj":  # "Having a Green Card (…) allows": what is had
            held = next((c for c in subj.children if c.dep_ == "dobj"), None)
            if subj.lemma_ != "have" or held is None:
                return None
            phrases = [(held.left_edge.idx, held.idx + len(held.text))]
        else:
            if subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() in _ENABLING_LAWS:
                return None
            span = doc.text[subj.left_edge.idx:root.idx].rstrip()
            phrases, at = [], subj.left_edge.idx
            for part in re.split(r"(\s+(?:and|or)\s+)", span):
                if part.strip() and not re.fullmatch(r"\s+(?:and|or)\s+", part):
                    phrases.append((at, at + len(part)))
                at += len(part)
        kids = [self.leaf_from_text(clause, s, e, "you", "have") for s, e in phrases]
        plan = mk("OR", kids)
        if plan is None or len([k for k in kids if k is not None]) != len(kids):
            return None
        return Unit(plan, "IF", self._conclusion(clause, root.idx, len(clause.text)), False)

    def _spurious_marker(self, text: str, m) -> bool:
        word = m.group(1).lower()
        after = text[m.end():m.end() + 30].lower()
        before = text[:m.start()].lower()
        # "deductions, if any, …" ("if any of your children …" is a condition)
        # ("if required by law" is a condition: the law, a court or a regulation names what requires it)
        if word == "if" and re.match(r"\s*(so|applicable|any(?=\s*(?:[,.;:)]|$))|necessary|needed|possible|"
                                     r"required(?!\s+by\b)|appropriate)\b", after):
            return True
        if word == "if" and re.search(r"\b(?:determine|decide|assess|establish|find out|work out)\s*$", before):
            # "To determine if you are eligible we examine: …": "if" means "whether", what follows is the topic
            return True
        if word in ("when the", "when a", "when an", "when it") and before.strip() and not re.search(
                r"\b(?:shall|must|(?:is|are) required to)\b", before):
            # "… without undue delay when the breach is likely to result in a high risk": a duty's trigger; elsewhere
            # "when the commodities produced are sold" only says when something happens
            return True
        if word in ("where the", "where a", "where an", "where processing", "where personal data") and before.strip() \
                and not re.search(r"\b(?:shall|must|may|can|(?:is|are)(?: not)? required|(?:has|have) (?:the|a) right|"
                                  r"(?:is|are) entitled)\b", before):  # (a right, too: "… the right to erasure where …")
            # "… shall be lawful where the child is at least 16 years old" is a condition of the rule; a "where"
            # in a sentence that states no rule only says where (and see _place_where)
            return True
        if word in ("provided", "providing") and not re.match(
                r"\s*(that\s+)?(you|your|they|their|the|it|he|she|his|her|we|our)\b", after):
            return True
        if word == "except" and re.match(r"\s*as\b", after):
            return True  # "Except as otherwise permitted, …": a hedge, not a condition one could answer
        if word == "except" and re.search(r"\bexcept\s*$", before):
            return True
        if word == "other than" and not re.match(r"\s*(if|when|where|that|to)\b", after):
            return True
        if word in ("apart from",):
            return True
        if word.startswith(("when", "after")) and re.search(r"\b(?:if|unless|as long as|provided that)\b[^,;:.]*$",
                                                            before):
            # "if you make a profit when you sell property", "if you start new activities in the UK after you've
            # left", "unless you declared them when you bought the policy": the time qualifies the condition it
            # follows
            return True
        if re.search(r"\s[-–—]\s+(?:it|this|that)(?:['’]s|\s+is|\s+was)\b[^-–—]*$", before):
            # "… if you don't meet the deadline - it's earlier if you're sending your return by post": an aside
            # about the deadline, not a condition of the rule
            return True
        if word.startswith("before") and before.strip():
            # "You must apply for a test before you get a certificate", "Your provider will take off the charge
            # before you get your payment": what happens first is the requirement or the rule; what comes after
            # "before" is what it leads to, not a condition (a sentence opening "Before you …," still sets one)
            return True
        return False

    def _stub(self, intro: str) -> str:
        """The subject-verb stub an intro hands its items: "if you:" -> "", "if you're:" -> "you are"."""
        m = re.search(r"\b(?:if|when|where|unless)\s+(you(?:['’]re| are| have| were|['’]ve| can| will)?)\s*:?\s*$",
                      intro, re.I)
        if m:
            return m.group(1).replace("’", "'").replace("you're", "you are").replace("you've", "you have")
        m = re.search(r"(?i)\b(?:you|they)\s+(?:must|need to|should|have to)\s+be\s+(.+?\bof)(?:\s+(?:a|an|the))?\s*:\s*$",
                      intro)
        if m:  # "You must be a son, daughter, or spouse of a: * A Veteran who …" -> "Are you a son … of a Veteran who …?"
            return "you are " + m.group(1)
        m = re.search(r"(?i)\b(within\s+(?:a|an|one|two|three|four|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+of)"
                      r"(?:\s+(?:either|one of(?:\s+(?:the following|these))?|the following))?\s*:\s*$", intro)
        if m:  # "send your appeal within a month of either: * the date of …" -> "Are you within a month of the date …?"
            return "you are " + m.group(1)
        if re.search(r"(?i)\b(?:claim|get|use|live|work|apply)\b[^:]*\bin\s*:\s*$", intro):
            return "in"  # "You may also be able to claim it in: * Kosovo" -> "Are you in Kosovo?"
        m = re.search(r"\b(you|they)\s+(?:must|need to|should|have to|will need to|will have to|also need to)\s+"
                      r"(have|be|get|receive|own|hold)\s*:?\s*$", intro, re.I)
        if m:
            verb = m.group(2).lower()
            return "you are" if verb == "be" else f"you {verb}"
        return ""

    def _place_list(self, items: list[Clause]) -> bool:
        """A list of places ("You may also be able to claim it in: * Kosovo * Serbia", or a list of names under
        "Countries outside the EEA"): its items ask "Are you in Kosovo?"."""
        names = all(re.fullmatch(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of))*", it.text.strip(" .;,"))
                    for it in items)
        return names and bool(re.search(r"(?i)\bcountr(?:y|ies)\b", self.text))

    def _thing_list(self, intro: str, items: list[Clause]) -> bool:
        """Named things the rule is for ("You can ask for mandatory reconsideration for benefits including:
        * Universal Credit * Winter Fuel Payment"): its items ask "Is it for Universal Credit?", not "Are you …"."""
        return bool(_FOR_THINGS.search(intro)) and all(
            it.id in self.docs and not self.children.get(it.id) and (_TITLE_NAME.fullmatch(it.text.split("(")[0].strip(
                " .;,")) is not None or (  # "Sure Start Maternity Grant" is a name, whatever spaCy tags "Sure Start"
                self.docs[it.id][0].pos_ in ("PROPN", "NOUN", "ADJ") and not _is_person(self.docs[it.id][0:].root)
                and not any(t.pos_ in ("VERB", "AUX") and "(" not in it.text[:t.idx]  # an aside may have a verb
                            for t in self.docs[it.id])))
            for it in items)

    def _reader_subject(self, clause: Clause) -> bool:
        """Whether ``clause`` is about people the reader is one of ("Non-residents may have to pay … if they return
        …", "A person is classed as a worker if: * they have a contract …"), so that its "they" is the reader even
        where the policy says "you" elsewhere. Not when the sentence (or its list) itself says "you", nor when the
        people are a party the rule binds towards others ("Employers must pay … if they …")."""
        said = " ".join([clause.text] + [it.text for it in self.children.get(clause.id, [])])
        if re.search(r"(?i)\b(?:you|your|you['’](?:re|ve|ll|d))\b", re.sub(r"\([^()]*\)", "", said)):
            return False
        subj = _main_subject(self.docs[clause.id])
        # the people open the main clause: in "If the estate shows the person who died shouldn't have got the
        # benefits they were on, contact …" they are inside the condition and "they" stays theirs
        return subj is not None and subj.pos_ == "NOUN" and _is_person(subj) and \
            subj.lemma_.lower() not in PARTIES and not _MARKER_RE.search(clause.text[:subj.idx])

    def _heading_condition(self, heading: Clause) -> Plan | None:
        """The condition a heading states ("## If you're a carer", "### You live in Algeria or Morocco"), if any."""
        text = heading.text.strip()
        if not _HEADING_CONDITION.match(text) or text.endswith("?"):
            return None
        lead = re.match(r"(?i)\s*(?:if|when)\s+", heading.text)
        # headings are parsed only when they state a condition
        self.docs.setdefault(heading.id, nlp()(_for_parser(heading.text)))
        plan = self.condition_plan(heading, self.docs[heading.id], lead.end() if lead else 0, len(heading.text),
                                   [], "you")
        if plan is not None:
            return plan
        q, neg = write_question(re.sub(r"(?i)^(if|when)\s+", "", text), "you")
        if not usable_question(q):
            return None
        leaf = Leaf(q, heading.id, heading.start, heading.end)
        return mk("NOT", [leaf]) if neg else leaf

    def _younger_with(self, clause: Clause) -> Unit | None:
        """An age, or a younger one with something more: "You must be at least 18 to open an account, or 16 with a
        parent's consent" -> OR("Are you at least 18?", AND("Are you at least 16?", "Do you have a parent's
        consent?")) (was one question, "Are you at least 18 to open an account, or 16 with a parent's consent?")."""
        m = _YOUNGER_WITH.search(clause.text)
        if m is None or int(m.group("b")) >= int(m.group("a")):
            return None
        at = clause.start

        def leaf(question: str, group: str) -> Leaf:
            return Leaf(question, clause.id, at + m.start(group), at + m.end(group))
        plan = mk("OR", [leaf(f"Are you at least {m.group('a')}?", "a"),
                         mk("AND", [leaf(f"Are you at least {m.group('b')}?", "b"),
                                    leaf(f"Do you have {m.group('with')}?", "with")])])
        return Unit(plan, "REQ", None, False)  # the requirement itself is what complies; no duty beyond it

    def _whole_sentence_unit(self, plan: Plan, kind: str, clause: Clause) -> Unit:
        """A unit whose conclusion is the whole sentence, negative as that conclusion is (a "not" inside a
        relative clause, "students who are not eligible for a loan", does not count)."""
        conclusion = self._conclusion(clause, 0, len(clause.text))
        negative = conclusion.polarity == "negative" if conclusion else bool(_NEG_CONCLUSION.search(clause.text))
        return Unit(plan, kind, conclusion, negative)

    def _conclusion(self, clause: Clause, rel_start: int, rel_end: int) -> Conclusion | None:
        raw = clause.text[rel_start:rel_end]
        cleaned = clean_condition(_SENT_OPENERS.sub("", raw.strip()))
        if len(cleaned) < 3:
            return None
        lead = raw.find(cleaned)
        s = clause.start + rel_start + max(lead, 0)
        neg = bool(_NEG_CONCLUSION.search(_without_relative_clauses(cleaned, self.docs.get(clause.id),
                                                                     rel_start + max(lead, 0))))
        return Conclusion(cleaned, "negative" if neg else "positive", clause.id, s, s + len(cleaned))

    def _fronted_end(self, doc, m) -> int:
        """Where a sentence-initial condition ends: its clause's right edge (or the first comma)."""
        toks = [t for t in doc if t.idx >= m.start()]
        if not toks:
            return len(doc.text)
        head = toks[0].head
        right = max((t.idx + len(t.text) for t in head.subtree), default=len(doc.text))
        comma = doc.text.find(",", m.end())
        if comma < 0:  # no comma: a main clause "you can't get …" after the condition's own subject ends it
            main = _MAIN_CLAUSE.search(doc.text, m.end() + 8)
            if main is not None and main.start() < right:
                return main.start()
        if right >= len(doc.text.rstrip(" .:;")) - 1 or right <= m.end():
            return comma if comma > 0 else len(doc.text)
        if comma > right and "," not in doc.text[right:comma] and re.match(
                r",\s*(?:you|your|contact|call|tell|write|ask|phone|we|this|there)\b", doc.text[comma:], re.I):
            return comma  # the parse cut the condition short ("If the estate shows the person … , contact …")
        if comma > 0 and comma < right and re.match(r",\s*(you|your|they|we|it|the|this|there|a|an)\b",
                                                    doc.text[comma:], re.I) and not re.match(
                r",\s*(you|your|they)\s+(are|were|have|had|get|live|'re|’re)\b", doc.text[comma:], re.I):
            return comma
        return right

    def _conditional(self, clause: Clause, doc, markers, items) -> list[Unit]:
        text = clause.text
        opener = _SENT_OPENERS.match(text)
        first_at = opener.end() if opener else 0
        segments = []  # (kind, rel_start, rel_end)
        main_spans = []
        whole_conclusion = False  # the conclusion runs across an excepted subject ("All businesses except …")
        pos = 0
        for k, m in enumerate(markers):
            kind = _MARKER_KIND[m.group(1).lower()]
            if m.start() < pos:
                continue
            if m.start() <= first_at + 1 and k == 0:
                end = self._fronted_end(doc, m)
                segments.append((kind, m.end() if kind not in ("WHEN", "UNTIL") else m.start() + len(m.group(1).split()[0]), end))
                pos = end
                continue
            bracket = text[:m.start()].rstrip().endswith("(") and text.find(")", m.end()) > 0
            if text[pos:m.start()].strip(" ,;"):
                main_spans.append((pos, text.rindex("(", 0, m.start()) if bracket else m.start()))
            nxt = next((n.start() for n in markers[k + 1:] if n.start() > m.end()), len(text))
            if re.search(r"\s[-–—]\s*$", text[:m.start()]):
                # "… - if you go over the threshold you’ll have to register …": a clause of its own after a dash,
                # whose condition ends where its main clause begins
                main = _MAIN_CLAUSE.search(text, m.end() + 8, nxt)
                nxt = main.start() if main is not None else nxt
            excepted = _excepted_end(doc, m)
            if excepted and excepted < nxt:
                nxt, whole_conclusion = excepted, True
            if bracket:  # "(unless the country specifies a time limit)": the condition ends with its bracket
                nxt = min(nxt, text.find(")", m.end()))
            start = m.end() if kind not in ("WHEN", "UNTIL") else m.start() + len(m.group(1).split()[0])
            segments.append((kind, start, nxt))
            pos = nxt
        if pos < len(text) and text[pos:].strip(" ,;.:"):
            main_spans.append((pos, len(text)))
        conclusion = None
        required = None  # "…, you must also get another payment to be eligible for X": a second condition
        consented = None  # "… with the written consent of the patient or where …": a ground before the marker
        if main_spans:
            ms, me = main_spans[0][0], main_spans[-1 if whole_conclusion else 0][1]
            consent = _CONSENT_OR.search(text, ms, me) if segments and segments[0][0] in ("IF", "WHEN") else None
            if consent is not None and re.search(_PERMITS, text[ms:me], re.I):  # a permission, not a duty
                consented = self.leaf_from_text(clause, consent.start("what"), consent.end("what"), "you", "have")
                me = consent.start("with") if consented is not None else me
            req = _REQUIRED_TO_QUALIFY.match(text, ms, me)
            first = req is None and _QUALIFY_THEN_REQUIRED.match(text, ms, me)
            if req is not None:
                required = self.leaf_from_text(clause, req.start("req"), req.end("req"), "you")
                ms = req.start("goal") if required is not None else ms
            elif first:
                # "To qualify, you must be an operator of record unless an exception is granted": the requirement
                # is a condition of qualifying (an exception is an alternative to it, a condition goes with it)
                required = self.leaf_from_text(clause, first.start("req"), first.end("req"), "you")
                me = first.end("goal") if required is not None else me
            conclusion = self._conclusion(clause, ms, me)
        main_text = " ".join(text[s:e] for s, e in main_spans)
        if conclusion and re.search(r"\b(contact|call|phone|ring|email|write to|tell|ask|speak|read|see|visit|check)\b",
                                    main_text, re.I):
            segments = [s for s in segments if not _NOISE_CONDITION.search(text[s[1]:s[2]])]
        pos_parts, neg_parts = [], []
        # "Items that have been opened cannot be returned unless they are faulty": "they" are the items, not you
        subject = "it" if main_spans and _thing_subject(doc, *main_spans[0]) else "you"
        list_used = False
        listed = re.match(r"(?i)^\s*the following (\w+)", main_text)
        if len(items) > 1 and listed and text.rstrip().endswith(":"):  # one item is just the topic
            # "The following benefits can be reduced if you commit fraud: * Income Support …": the list names
            # what the conclusion is about, the condition stands beside it
            what = "the " + _singular(listed.group(1)).lower()
            plan = self.list_plan(clause, "OR", what)
            if plan is not None:
                pos_parts.append(("IF_ONLY", plan))
                list_used = True
        for kind, s, e in segments:
            self._list_used = False
            # "Staff must not accept gifts if they are worth more than £50": "they" are the things the reader acts on
            # (only said with "be": "… provided they have the receipt" is said of the customers)
            things = _main_object(doc, *main_spans[0]) if main_spans and subject == "you" and re.match(
                r"\s*they\s*(?:are|were|['’]re|have been|had been)\b", text[s:e], re.I) else None
            # "You may return an item … as long as it is unused": "it" is the one thing the reader acts on
            things = things or (_main_object(doc, *main_spans[0], singular=True) if main_spans and subject == "you"
                                and re.match(r"\s*it\s*(?:is|was|['’]s|has been)\b", text[s:e], re.I) else None)
            plan = self.condition_plan(clause, doc, s, e, items if not list_used else [], "it" if things else subject)
            list_used = list_used or self._list_used
            if plan is None and main_spans:
                plan = self._elided_choice(clause, doc, s, e, main_spans[0]) or \
                    self._object_referred_back(clause, doc, s, e, main_spans[0], subject)
            if plan is None:
                continue
            if subject == "it":  # "unless they are faulty" -> "unless the items are faulty": a question stands alone
                plan = _named_thing(plan, _main_subject(doc, *main_spans[0]), clause)
            elif things is not None:
                plan = _named_thing(plan, things, clause, reader=True)
            elif main_spans and re.search(r"\bthem\s*[.,;]?\s*$", text[s:e]) and (
                    acted := _main_object(doc, *main_spans[0])) is not None:
                plan = _named_thing(plan, acted, clause)  # "… return goods unless you have damaged them"
            elif main_spans and re.search(r"\bone\s*[.,;]?\s*$", text[s:e]) and (
                    named := _a_thing_named(doc, *main_spans[0])) is not None:
                # "Patients must not be discharged without a follow-up appointment unless they refuse one"
                plan = _one_named(plan, named)
            if kind == "UNLESS" and isinstance(plan, Leaf) and re.match(r"(?i)\s*(?:in|at|on|during)\s", text[s:e]) \
                    and " and " in plan.question and not any(t.pos_ in ("VERB", "AUX") for t in doc if s <= t.idx < e):
                # "except in the canteen and offices": the exception holds in either place
                plan = replace(plan, question=" or ".join(plan.question.rsplit(" and ", 1)))
            # "reduced until you've paid it back": the conclusion holds while the condition does not
            (neg_parts if kind in ("UNLESS", "UNTIL") else pos_parts).append((kind, plan))
        if consented is not None and pos_parts:
            pos_parts.insert(0, ("IF", consented))
        if required is not None and pos_parts:
            pos_parts = [("IF", mk("AND", [mk("OR", [p for _, p in pos_parts]) if len(pos_parts) > 1 else pos_parts[0][1],
                                           required]))]
        elif required is not None and neg_parts:
            # the requirement holds, or the exception does
            pos_parts, neg_parts = [("IF", mk("OR", [required] + [p for _, p in neg_parts]))], []
        if not pos_parts and not neg_parts:
            return []
        # conditions joined by "or if" combine by OR, otherwise AND
        joined = "OR" if re.search(r"\bor\s+(?:if|when|where|unless)\b", text, re.I) else "AND"
        negative = conclusion is not None and conclusion.polarity == "negative"
        if listed and list_used and negative and len(pos_parts) > 1:
            # "The following benefits can't be reduced if you commit fraud: * …": a listed benefit is protected, and
            # without fraud nothing is reduced: the conclusion holds for a listed benefit OR without the condition
            rest = mk("AND", [mk(joined, [p for _, p in pos_parts[1:]])] + [mk("NOT", [p]) for _, p in neg_parts])
            return [Unit(mk("OR", [pos_parts[0][1], mk("NOT", [rest])]), "IF", conclusion, negative)]
        without = next((t for t in doc if t.lower_ == "without" and t.dep_ == "prep" and main_spans
                        and main_spans[0][0] <= t.idx < main_spans[0][1]), None) if negative and neg_parts else None
        lacked = self._lacked(clause, without) if without is not None else None
        if lacked is not None and not pos_parts:
            # "You can't enter the building without a pass unless a member of staff gives you one": with a pass the
            # ban does not bind; the exception is a second way past it
            neg_parts.insert(0, ("IF", lacked))
            conclusion = self._conclusion(clause, main_spans[0][0], without.idx) or conclusion
        plan = mk("AND", [mk(joined, [p for _, p in pos_parts])] + [mk("NOT", [p]) for _, p in neg_parts])
        kind = "REQ" if any(k == "IF_ONLY" for k, _ in pos_parts) or (neg_parts and not pos_parts) else "IF"
        restricted = self._restricted_subject(clause, doc, main_spans[0]) if main_spans and subject == "you" else None
        if restricted is not None and not any(x.question == y.question
                                              for x in leaves(plan) for y in leaves(restricted)):
            # "Children under 12 may not enter unless accompanied by an adult": the rule is for the under-12s
            plan = mk("AND", [restricted, plan])
        return [Unit(plan, kind, conclusion, negative)]

    def _elided_choice(self, clause: Clause, doc, s: int, e: int, main: tuple[int, int]) -> Plan | None:
        """ "… unless you choose to": the choice is of what the main clause makes or lets you do ("Your employer
        can't make you work more than 48 hours a week unless you choose to" -> "Do you choose to work more than 48
        hours a week?"), or None when the condition is not such a choice."""
        m = _ELIDED_CHOICE.fullmatch(clause.text[s:e])
        if m is None:
            return None
        verb = next((t for t in doc if main[0] <= t.idx < main[1] and t.tag_ == "VB" and t.dep_ in ("ccomp", "xcomp")
                     and t.head.lemma_ in ("make", "let", "force", "require", "ask", "allow")), None)
        if verb is None:
            return None
        end = max(x.idx + len(x.text) for x in verb.subtree if x.idx < main[1])
        question, negated = write_question(f"you {m.group('v')} to {clause.text[verb.idx:end]}", "you")
        if negated or not usable_question(question):
            return None
        return Leaf(question, clause.id, clause.start + m.start("v") + s, clause.start + e)

    def _object_referred_back(self, clause: Clause, doc, s: int, e: int, main: tuple[int, int],
                              subject: str) -> Plan | None:
        """A condition whose last word is "it" or "them" for the thing the main clause acts on ("You may resit an
        exam once if you fail it" -> "Did you fail the exam?"): "Do you fail it?" stands alone for no one."""
        said = clause.text[s:e]
        end = re.search(r"\b(it|them)\s*[.,;]?\s*$", said)
        obj = next((t for t in doc if main[0] <= t.idx < main[1] and t.dep_ == "dobj" and t.pos_ == "NOUN"
                    and not _is_person(t)), None)
        mass = obj is not None and obj.lower_ in _MASS_THINGS
        if end is None or obj is None or (end.group(1) == "them") != (obj.tag_ == "NNS" and not mass):
            return None
        words = [t.text for t in obj.subtree if t.i <= obj.i and t.dep_ in ("amod", "compound") or t.i == obj.i]
        question, negated = write_question(said[:end.start()] + "the " + " ".join(words), subject, others=self.others)
        if not usable_question(question):
            return None
        leaf = Leaf(question, clause.id, clause.start + s + (len(said) - len(said.lstrip())), clause.start + e)
        return mk("NOT", [leaf]) if negated else leaf

    def _restricted_subject(self, clause: Clause, doc, span: tuple[int, int]) -> Plan | None:
        """The condition a main clause's person subject states by a bound on it ("Children under 12 …", "Members
        aged 65 or over …"), or None (a plain "Employees …", or a subject described otherwise)."""
        subj = next((t for t in doc if span[0] <= t.idx < span[1] and t.dep_ in ("nsubj", "nsubjpass")
                     and _is_person(t) and t.pos_ == "NOUN"), None)
        if subj is None:
            return None
        if any(_from_a_place(c, subj) for c in subj.children):  # "Students from outside the UK must pay …"
            return self._modifier_plan(clause, subj)
        if not any(c.dep_ in ("prep", "amod", "acl") and c.i > subj.i and any(
                x.like_num for x in c.subtree) for c in subj.children):
            # "New employees cannot take holiday …": a kind of person the rule is for ("Are you a new employee?")
            # (an adjective: "approved aged care providers" and "National Minimum Wage workers" name whom the text
            # is about, as ShARC's gold reads them)
            kinds = [c for c in subj.children if c.dep_ == "amod" and c.tag_ == "JJ" and c.i < subj.i
                     and (c.lower_ not in _NOT_RESTRICTIVE or (c.lower_ == "new" and subj.lemma_.lower() in _NEWCOMERS))]
            return self._noun_question(clause, subj) if kinds else None
        return self._modifier_plan(clause, subj)

    def _note_uncued_list(self, clause: Clause, intro: str) -> None:
        """Say so when nothing tells whether all of a clause's list items must hold or any one ("You can claim
        travel expenses if: * …"): the list is read as alternatives (OR), as ShARC's rule texts mostly mean, and a
        user writing a company rule may have meant all."""
        if intro_combinator(intro, "") or _item_cue(self.children.get(clause.id, [])):
            return
        self.notes.append(f"{clause.id}: its list says neither 'all' nor 'any' (nor 'and'/'or' between items); read "
                          "as any one of them (OR), as ShARC's rule texts mostly mean; write 'all of the following' "
                          "or 'any of the following' to decide")

    def condition_plan(self, clause: Clause, doc, s: int, e: int, items, subject: str) -> Plan | None:
        """Plan for one condition span ``[s, e)`` of the clause (relative offsets)."""
        toks = [t for t in doc if t.idx >= s and t.idx + len(t.text) <= e and not t.is_space]
        while toks and (strippable_end(toks) or toks[-1].lower_ in ("and", "or", "but")):
            toks = toks[:-1]
        while toks and toks[0].is_punct:
            toks = toks[1:]
        if not toks:
            self._list_used = bool(items)
            if items:
                self._note_uncued_list(clause, clause.text)
            return mk("OR", [self.list_plan(clause, "OR", subject)]) if items else None
        low0 = toks[0].lower_
        neither = low0 == "neither"
        either = low0 == "either"
        if (neither or either) and len(toks) > 1 and toks[1].lower_ == "of":
            neither = either = False  # "either of the following apply": a list reference, read below
        if neither or either:
            toks = toks[1:]
            while toks and toks[0].is_punct:
                toks = toks[1:]
            if not toks:
                self._list_used = bool(items)
                return self.list_plan(clause, "AND" if neither else "OR", subject) if items else None
            couple = self._either_of_a_couple(clause, toks, subject, neither)
            if couple is not None:
                return couple
            if either and self._couple_at(toks):
                either = False  # "either you or your partner is over 60 and …": the "either" is the couple's
        but = next((t for t in toks[1:-1] if t.lower_ == "but" and _opens_clause(t.doc[t.i + 1])), None)
        if but is not None and not items and not (neither or either):
            # "if you are still eligible but your EAD will be expiring or has expired": both halves hold
            left = self.condition_plan(clause, doc, toks[0].idx, but.idx, items, subject)
            if re.match(r"(?i)\s*(?:you|they)\s*(?:['’]ll|will|won['’]t|can|could|may|might)\b",
                        clause.text[but.idx + len(but.text):]):
                return left  # "if you reach State Pension age, but you'll no longer pay …": a consequence
            right = self.condition_plan(clause, doc, but.idx + len(but.text), e, items, subject)
            if left is not None and right is not None:
                return mk("AND", [left, right])
        listed = None if (items or neither or either) else self._listed_complements(clause, toks)
        if listed is not None:
            return listed
        pieces, ops = self._split(toks)
        op = "OR" if ("OR" in ops or either) else "AND"
        if neither:
            op = "AND"
        kids = []
        carried_subject = None
        for piece in pieces:
            ptxt = " ".join(t.text for t in piece)
            inline = _INLINE_REF.search(ptxt) if items else None
            ref = _LIST_REF.match(clean_condition(ptxt)) if items else None
            is_stub = bool(items) and piece is pieces[-1] and self.text[
                clause.start + piece[-1].idx + len(piece[-1].text):clause.end].strip().startswith(":")
            if is_stub and not (ref or inline) and _ELIGIBLE_ONLY.match(ptxt) and re.search(
                    r"(?i)\b(?:get|claim|receive)\s+(?:the following|these)\b", clause.text):
                # "You can also get the following in an EEA country if you're eligible: * tax credits": the items are
                # what you get, and "if you're eligible" asks nothing of its own
                self._list_used = True
                continue
            if ref or inline or is_stub:
                q = ((ref or inline).group("q") or "") if (ref or inline) else ""
                # "if you're 16 or over and you: * have been offered a place * can speak English": a condition
                # continued by "and you:" lists further requirements, all of which hold
                joined = re.search(r"\band\s*$", clause.text[:piece[0].idx]) and re.fullmatch(
                    r"(?i)you(?:\s*['’]ve|\s+have)?", ptxt.strip())
                # the cue is read from the condition on: "You must use TRACES … if you're moving: * …" says nothing
                # of how the items combine by its "must"
                comb = "AND" if q.lower() in ("all", "each", "both", "every", "none", "neither") or (
                    joined and not q) else (intro_combinator(clause.text[s:], "OR") if not q else "OR")
                if not q and not joined:
                    self._note_uncued_list(clause, clause.text[s:])
                stub = ptxt[:inline.start()] if (inline and not ref) else ("" if ref else ptxt)
                raw = clause.text[piece[0].idx:piece[-1].idx + len(piece[-1].text)]
                both = _AND_THE_FOLLOWING.match(raw)
                if both:  # "be divorced from a deceased spouse and meet the following requirements: …"
                    kids.append(self.leaf_from_text(clause, piece[0].idx, piece[0].idx + len(both.group(1)), subject))
                    stub = ""
                stub = re.sub(r"(?i)\b(is|are|be)\s*$", r"\1", stub.strip())
                stub = self._stub_from(stub)
                # "if at any time between 6 April 2002 and 5 April 2016 you were: * looking after children": the
                # time phrase goes after the item ("Were you looking after children … at any time between …?")
                lead = re.match(r"(?i)^((?:at|in|during|on|for|within|between|before|after)\b.*?),?\s+"
                                r"(you(?:'re| are| were| have|'ve| had)?)$", stub)
                stub, suffix = (lead.group(2), lead.group(1)) if lead else (stub, "")
                lp = self.list_plan(clause, comb, subject, stub, suffix)
                self._list_used = True
                if q.lower() in ("none", "neither") and lp is not None:
                    lp = mk("NOT", [lp])
                kids.append(lp)
                continue
            split = self._either(clause, piece, subject)
            if split is not None:
                kids.append(split)
                continue
            # (conjoined to "be" itself: in "were called … and completed the full period" the second is active)
            conjoined = piece is not pieces[0] and piece[0].tag_ in ("VBN", "VBD") and piece[0].dep_ == "conj"
            be = piece[0].head if conjoined and piece[0].head.lemma_ == "be" else None
            if conjoined and be is None and self._duties and _second_duty(piece[0]):
                be = _passive_be(piece[0].head)  # "must be booked … and approved": approved too is passive
            if be is not None and pieces[0][0].i <= be.i <= pieces[0][-1].i:
                # "Passwords must be at least 12 characters long and changed every 90 days": the participle is
                # passive like the first ("Are passwords changed every 90 days?", not "Did you change …?")
                leaf = self.leaf_from_tokens(clause, pieces[0][:be.i - pieces[0][0].i + 1] + piece, subject)
            elif piece is not pieces[0] and piece[0].pos_ in ("VERB", "AUX") and carried_subject:
                leaf = self.leaf_from_tokens(clause, piece, carried_subject)
            elif piece is not pieces[0] and (verb := _shared_verb(pieces[0], piece)) is not None:
                # "have the right to work in the UK and at least two years' experience": had too (not "Are you at
                # least two years' experience?")
                leaf = self.leaf_from_tokens(clause, [verb] + piece, subject)
            else:
                leaf = self.leaf_from_tokens(clause, piece, subject)
            if piece and piece[0].lower_ == "they":
                carried_subject = "they"  # "they died before 2016 but would have reached …": said of them
            elif piece and piece[0].lower_ == "it" and subject == "it":
                carried_subject = "it"  # "as long as it is unworn and has its tags attached": said of the item
            elif piece and piece[0].dep_ in ("nsubj", "nsubjpass") or (piece and piece[0].lower_ == "you"):
                carried_subject = "you"
            elif piece and piece[0].lower_ in ("your", "their", "the") and piece[0].head.dep_ in ("nsubj", "nsubjpass") \
                    and piece[0].head.i - piece[0].i <= 3 and piece[0].head.i < piece[-1].i:
                # "your EAD will be expiring or has expired", "the patient is present and does not object": what
                # follows is said of your EAD, of the patient ("their" is the reader's: "your")
                carried_subject = ("the " if piece[0].lower_ == "the" else "your ") + " ".join(
                    t.text for t in piece[1:piece[0].head.i - piece[0].i + 1])
            if leaf is not None and neither:
                leaf = mk("NOT", [leaf])
            kids.append(leaf)
        if items and not self._list_used and pieces and re.match(r"[\s,]*but\s*:\s*$", self.text[
                clause.start + pieces[-1][-1].idx + len(pieces[-1][-1].text):clause.end]):
            # "if you've been living in the UK for fewer than 5 years, but: * your sponsor has died * …": the list
            # is a further condition
            self._list_used = True
            return mk("AND", [mk(op, kids), self.list_plan(clause, intro_combinator(clause.text, "OR"), subject)])
        if {"AND", "OR"} <= set(ops) and not (neither or either) and len(kids) == len(pieces) == len(ops) + 1:
            # "if you are under 15 and the passenger of a motorcycle, or are the driver of …": "and" binds tighter
            groups = [[kids[0]]]
            for o, kid in zip(ops, kids[1:]):
                if o == "OR":
                    groups.append([kid])
                else:
                    groups[-1].append(kid)
            return mk("OR", [mk("AND", g) for g in groups])
        return mk(op, kids)

    def _either_of_a_couple(self, clause: Clause, toks, subject: str, neither: bool) -> Plan | None:
        """"(n)either you (n)or your partner works" (``toks`` after "either"/"neither"): one question of the couple
        ("Do you or your partner work?"), negated for "neither", as "you or your partner works" is read."""
        if not self._couple_at(toks) or any(t.lower_ in ("and", "or", "nor", "but") or t.text in (",", ";")
                                            for t in toks[4:]):
            return None  # a further condition follows: read as before
        said = " ".join(["you", "or", *(t.text for t in toks[2:])])
        question, negated = write_question(said, subject, others=self.others)
        if not usable_question(question):
            return None
        leaf = Leaf(question, clause.id, clause.start + toks[0].idx, clause.start + toks[-1].idx + len(toks[-1].text))
        return mk("NOT", [leaf]) if negated != neither else leaf

    def _listed_complements(self, clause: Clause, toks) -> Plan | None:
        """ "you are 60 or over, under 16, or pregnant": three or more things you are, of more than one kind (an
        age or amount, a state, a kind of person), are a condition each (OR; AND for "and"). One kind listed ("a
        student, a carer or a parent") stays one question, as ShARC asks it."""
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        m = _COMPLEMENT_LIST.fullmatch(clause.text, start, end)
        if m is None:
            return None
        body = m.group("items")
        parts = _list_items(body)
        kinds = {_complement_kind(item) for _, item in parts}
        if len(parts) < 3 or None in kinds or len(kinds) < 2:
            return None
        kids = []
        for at, item in parts:
            leaf = self.leaf_from_text(clause, m.start("items") + at, m.start("items") + at + len(item), "you",
                                       prefix="you are")
            if leaf is None:
                return None
            kids.append(leaf)
        joiner = re.search(r"\b(and|or)\s+[^,]*$", body)
        return mk("AND" if joiner and joiner.group(1) == "and" else "OR", kids)

    @staticmethod
    def _couple_at(toks) -> bool:
        return len(toks) >= 5 and toks[0].lower_ == "you" and toks[1].lower_ in ("or", "nor") and toks[2].lower_ in (
            "your", "their") and toks[3].lower_ in _COUPLE_PARTNERS

    def _either(self, clause: Clause, piece, subject: str) -> Plan | None:
        """``are either a carer or a parent`` -> OR(are a carer, are a parent); neither/nor -> AND of NOTs."""
        lows = [t.lower_ for t in piece]
        for first, second, op in (("either", "or", "OR"), ("neither", "nor", "AND")):
            if first in lows[1:] and second in lows:
                i, j = lows.index(first, 1), len(lows) - 1 - lows[::-1].index(second)
                if not i < j - 1 or j == len(piece) - 1:
                    continue
                head = " ".join(t.text for t in piece[:i])
                kids = []
                # "either a wind sock, a tetrahedron or a wind tee": each listed alternative on its own
                first = [[]]
                for t in piece[i + 1:j]:
                    if t.text in (",", ";"):
                        first.append([])
                    else:
                        first[-1].append(t)
                for part in [*(f for f in first if f), piece[j + 1:]]:  # an Oxford comma leaves an empty one
                    part = [t for t in part if not (t.is_punct and t.text in ",;")] or part
                    # words spaced as spaCy splits them (quotes are rejoined later), hyphens as written: "self-employed"
                    said = "".join(t.text + ("" if (not t.whitespace_ and "-" in (t.text, u.text)) else " ")
                                   for t, u in zip(part, [*part[1:], part[-1]])).strip()
                    q, neg = write_question(f"{head} {said}", subject, others=self.others)
                    if not usable_question(q):
                        return None
                    leaf = Leaf(q, clause.id, clause.start + part[0].idx,
                                clause.start + part[-1].idx + len(part[-1].text))
                    neg = neg != (op == "AND")
                    kids.append(mk("NOT", [leaf]) if neg else leaf)
                return mk(op, kids)
        return None

    def _stub_from(self, stub: str) -> str:
        stub = re.sub(r"\s+'", "'", stub.replace("’", "'")).strip()  # tokens joined by spaces: "you 've"
        stub = re.sub(r"(?i)\s+(?:either|both)$", "", stub)  # "if they're either:" -> items joined by OR
        stub = re.sub(r"^you're\b", "you are", stub)
        stub = re.sub(r"^you've\b", "you have", stub)
        return "" if stub.lower() in ("you", "they") else stub

    def _split(self, toks):
        """Split a condition at coordinators that start a new clause; returns (pieces, operators)."""
        pieces, ops, cur = [], [], []
        depth = 0  # inside brackets nothing splits: "going to (or are already living in) a country"
        verb_list = False
        for i, t in enumerate(toks):
            depth += (t.text == "(") - (t.text == ")")
            if depth > 0 or t.text == ")":
                cur.append(t)
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            nxt2 = toks[i + 2] if i + 2 < len(toks) else None
            if t.lower_ == "or" and cur and nxt is not None and re.match(
                    r"(?:else\s+)?(?:you|they)\s*(?:could|may|might|will|['’]ll|can)\b",
                    t.doc.text[nxt.idx:nxt.idx + 20], re.I) and nxt.lower_ in ("you", "they", "else"):
                break  # "tell us within 30 days or you could face a penalty": what follows is the consequence
            if t.lower_ == "while" and cur and nxt is not None and (nxt.pos_ == "ADP" or nxt.tag_ == "VBG" or nxt.lower_ in (
                    "you", "your", "they", "their")):
                pieces.append(cur)  # "selected for redundancy while on maternity leave": both must hold
                cur = []
                ops.append("AND")
                continue
            # "but" joins two things that must both hold: "died before 2016 but would have reached …"
            is_coord = t.lower_ in ("and", "or", "nor", "but") or (t.text in (",", ";") and nxt is not None)
            if is_coord and cur and nxt is not None:
                starts_clause = False
                look = nxt
                if t.text in (",", ";") and nxt.lower_ in ("and", "or", "nor"):
                    look = nxt2
                    if look is None:
                        cur.append(t)
                        continue
                if look.lower_ in _CLAUSE_START and look.lower_ not in ("the", "it", "its", "his", "her", "this") and not (
                        look.lower_ in ("your", "their", "my") and look.head.dep_ not in ("nsubj", "nsubjpass")):
                    starts_clause = True  # "for yourself or your child" stays one phrase; "or your child is ill" splits
                elif look.lower_ in ("one", "any", "all", "either", "neither", "at", "none", "both", "each") and not (
                        look.lower_ in ("one", "any") and look.i + 1 < len(look.doc)
                        and look.doc[look.i + 1].lower_ not in ("of", "one")):
                    starts_clause = True  # "or one of the following" opens a list; "or one with an agreement" does not
                elif look.pos_ in ("AUX", "VERB") and look.tag_ in ("VBP", "VBZ", "VBD", "MD") and \
                        t.lower_ in ("and", "or", "nor", "but") and not _shares_perfect(look):
                    starts_clause = True
                elif look.pos_ in ("AUX", "VERB") and look.tag_ in ("VB", "VBP", "VBZ", "VBD") and look.dep_ == "conj" \
                        and look.head.pos_ in ("VERB", "AUX") and look.head.i < look.i and (
                        _SPLIT_CONJ_VERBS or (look.head.lemma_ == "be") != (look.lemma_ == "be") or _own_verb_group(look)
                        # "are self-employed and earn less than £6,725": what you are, then what you do
                        or (look.head.dep_ in ("acomp", "attr") and look.head.head.lemma_ == "be")
                        # "if you go back to work, work more hours or earn more money": three or more verb phrases
                        # listed, each a condition of its own
                        or _listed_verb(look)):
                    starts_clause = True
                elif look.dep_ in ("nsubj", "nsubjpass") and look.head.i != t.head.i and look.head.pos_ in (
                        "VERB", "AUX") and look.head.i > look.i:
                    starts_clause = True
                elif toks[0].tag_ == "VB" and _bare_verb_at(look) and (t.text in (",", ";") and look is nxt or verb_list):
                    # "must: meet size standards, be for-profit, not already have …, and be able …": a verb list
                    starts_clause = verb_list = True
                elif t.lower_ in ("and", "but") and look.lower_ == "not" and _negated_conjoined_verb(look):
                    starts_clause = True  # "collected for specified purposes and not further processed …"
                elif t.lower_ in ("and", "or") and _subject_misread_as_object(look):
                    starts_clause = True  # "has an adequacy decision or appropriate safeguards are in place"
                elif t.lower_ in ("and", "or") and _second_complement(t):
                    starts_clause = True  # "if you are over 18 and a UK resident": two things you are
                elif self._duties and (t.lower_ == "and" or t.lower_ == "or" and not pieces) and look is nxt and \
                        _second_duty(look):
                    # "must sign in at reception and wear a badge", "must be booked two weeks ahead and approved by
                    # your manager": two duties of the modal's verb (not "… as you earn or receive income"); "or" only
                    # between the first two ("cancel … in advance or pay a £30 fee": either will do), since the
                    # pieces are joined left to right ("must be X and must improve A or increase B" is not (X∧A)∨B)
                    starts_clause = True
                elif t.lower_ in ("and", "or") and look.tag_ == "VB" and look.dep_ in ("aux", "auxpass") and \
                        look.head.dep_ == "conj" and look.head.head.i < t.i and look.head.head.pos_ in ("VERB", "AUX"):
                    starts_clause = True  # "must have sustained injury and be located in …": a second requirement
                if t.text in (",", ";") and look is nxt and not starts_clause:
                    cur.append(t)
                    continue
                if starts_clause:
                    pieces.append(cur)
                    cur = []
                    if t.lower_ in ("or", "nor") or (look is nxt2 and nxt.lower_ in ("or", "nor")):
                        ops.append("OR" if t.lower_ != "nor" and nxt.lower_ != "nor" else "AND")
                    elif t.lower_ in ("and", "but") or (look is nxt2 and nxt.lower_ == "and"):
                        ops.append("AND")
                    continue
            cur.append(t)
        if cur:
            pieces.append(cur)
        cleaned = []
        for p in pieces:
            while p and (p[0].is_punct or p[0].lower_ in ("and", "or", "nor", "if", "that", "either", "neither")) \
                    and not is_demonstrative(p[0]):  # "unless that country ensures …": "that" names the country
                if p[0].lower_ in ("either", "neither") and len(p) > 1 and p[1].lower_ == "of":
                    break  # "either of the following": the quantifier of a list reference
                p = p[1:]
            while p and (strippable_end(p) or p[-1].lower_ in ("and", "or", "nor")):
                p = p[:-1]
            if p:
                cleaned.append(p)
        return cleaned, ops

    def _requirement(self, clause: Clause, doc) -> Unit | None:
        """A requirement the sentence states ("You must …", "<thing> must …", "… need …"), as a unit."""
        self._duties = not _MARKER_RE.search(clause.text)
        try:
            return self._stated_requirement(clause, doc)
        finally:
            self._duties = False

    def _stated_requirement(self, clause: Clause, doc) -> Unit | None:
        banned = _MAY_NOT.match(clause.text)
        if banned:  # "You may not claim mileage for journeys between your home and work", "Staff must not …"
            unit = self._prohibition(clause, doc, banned.end())
            if unit is not None:
                return unit
        m = _MUST.search(clause.text)
        if m is not None and m.group(0).lower().startswith("we") and re.search(r"(?i)\byou(?:r|rs)?\b", self.text):
            m = None  # "We must receive your application …": "we" is the other party where the reader is "you"
        modal = next((t for t in doc if t.idx >= m.start() and t.lower_ in ("must", "need", "needs", "have", "has",
                                                                             "should")), None) if m else None
        if modal is not None and "relcl" in (modal.dep_, modal.head.dep_) and not re.match(
                r"(?i)\s*(?:in order )?to\s+\w+", clause.text):  # "To get X you must …" is misparsed as one
            m = None  # "The steps you must take … will vary": a relative clause states no requirement
        if not m:
            return self._noun_requirement(clause, doc) or self._goal_first_requirement(clause)
        neg = re.match(r"\s*(?:not|n't|n’t)\b", clause.text[m.end():])
        if neg and not re.search(r"(?i)\b(?:must|shall)$", m.group(0)):
            return None  # "You shouldn't need to change these settings": advice, no prohibition
        if neg:  # "You must not share your password with anyone"
            return self._prohibition(clause, doc, m.end() + neg.end())
        couple = re.match(r"(?i)you (?:or|and) your (?:partner|spouse)", m.group(0))
        other = _second_obligation(modal.head) if modal is not None and modal.dep_ == "aux" else None
        if other is not None and not couple:
            first = self.condition_plan(clause, doc, m.end(), other.left_edge.idx, [], "you")
            pair = self._obligation_pair(clause, doc, modal.head, other, first, m.start())
            if pair is not None:
                return pair
        # "You must be over 16 to apply": what it is required for is the conclusion, not part of the question
        goal = _GOAL_AT_END.search(clause.text, m.end())
        end = goal.start() if goal else len(clause.text)
        need = re.match(r"\s*need\s+(?!to\b)(?=\w)", clause.text[m.end():])
        if need is not None and not couple and other is None:
            # "Applicants need a valid passport": what they need they must have (not "Do you need …?")
            leaf = self.leaf_from_text(clause, m.end() + need.end(), end, "you", "have")
            if leaf is not None:
                return Unit(leaf, "REQ", self._conclusion(clause, *goal.span("goal")) if goal else None, False)
        # a sentence opening "You or your partner must …" names the pair in capitals; the question does not
        plan = self.condition_plan(clause, doc, m.end(), end, [], couple.group(0).lower() if couple else "you")
        if plan is None:
            return None
        # (what comes before the subject is a conclusion only as a clause of its own: in "New applicants must
        # register online" it is the subject's modifier)
        before = clause.text[:m.start()].strip()
        conclusion = self._conclusion(clause, *goal.span("goal")) if goal else (
            self._conclusion(clause, 0, m.start()) if re.search(r"[,;:]$", before) or len(before.split()) > 3 else None)
        return Unit(plan, "REQ", conclusion, False)

    def _prohibition(self, clause: Clause, doc, start: int) -> Unit | None:
        """A prohibition no condition guards, of what is said from ``start``: it holds when the thing is not done
        (NOT of doing it). One a condition guards is a conclusion, read with its condition."""
        duties, self._duties = self._duties, False  # "must not share or store it": one ban, read as written
        worth = _WORTH.search(clause.text, start)
        end = worth.start("bound") if worth is not None and not clause.text[worth.end():].strip(" .;") else None
        bounded = self._bound(clause, worth) if end is not None else None
        try:
            plan = self.condition_plan(clause, doc, start, end if bounded else len(clause.text), [], "you")
        finally:
            self._duties = duties
        if plan is not None and bounded is not None:
            # "Staff must not accept gifts from suppliers worth more than £25": banned only past the bound, which the
            # scenario's amount decides ("Is the gift worth more than £25?")
            plan = mk("AND", [plan, bounded[1]])
        return None if plan is None else Unit(mk("NOT", [plan]), "REQ", None, False)

    def _goal_first_requirement(self, clause: Clause) -> Unit | None:
        """ "To be eligible for SNAP, your household's gross monthly income must be at or below …": spaCy may read
        the goal as the subject and the thing as an apposition, so the requirement after the comma is read on its
        own; the goal is the conclusion."""
        goal = _GOAL_FIRST.match(clause.text)
        if goal is None or clause.id not in self.docs:
            return None
        rest = replace(clause, start=clause.start + goal.end(), text=clause.text[goal.end():])
        unit = self._noun_requirement(rest, nlp()(_for_parser(rest.text)))
        if unit is None:
            return None
        return replace(unit, conclusion=self._conclusion(clause, goal.start("goal"), goal.end("goal")))

    def _noun_requirement(self, clause: Clause, doc) -> Unit | None:
        """ "<noun phrase> must <verb phrase>" -> the requirement as a question about the noun phrase
        ("Your plants must be inspected." -> "Are your plants inspected?"); a person noun is the reader."""
        for t in doc:
            if t.lower_ not in ("must", "shall") or t.dep_ != "aux" or t.head.pos_ not in ("VERB", "AUX"):
                continue
            head = t.head
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
            if any(c.dep_ == "neg" for c in head.children) and (
                    subject is None or subject.pos_ not in ("NOUN", "PROPN") or _is_person(subject)):
                # (a thing's prohibition reads on: "Customer data must not be stored on personal devices" -> NOT("Is
                # customer data stored on personal devices?"))
                return None
            if head.lemma_ == "have" and any(c.dep_ == "dobj" and c.lemma_ == "right" for c in head.children):
                return None  # "The data subject shall have the right to object …": a right, not a requirement
            if _BANNED_ACTIVITY.match(clause.text):
                return None  # "Processing of … shall be prohibited": a ban, read as such (_banned_activity)
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < t.i), None)
            end = head.right_edge.idx + len(head.right_edge.text)
            other = _second_obligation(head)
            if other is not None and subj is not None and subj.dep_ != "expl":
                pair = self._obligation_pair(clause, doc, head, other,
                                             self._obligation_plan(clause, doc, t, subj, other.left_edge.idx),
                                             subj.left_edge.idx)
                if pair is not None:
                    return pair
            if subj is not None and subj.lower_ == "it" and self._required_thing and subj.i == 0:
                # "Your self-employed work must aim to make a profit. It must also be commercial, regular and
                # organised": the second requirement binds the same thing
                leaf = self.leaf_from_text(clause, t.idx, end, "it", prefix=self._required_thing)
                return None if leaf is None else Unit(leaf, "REQ", None, False)
            if subj is None and head.dep_ == "conj" and (granted := self._granted_with_duty(clause, head)):
                return granted
            if subj is None and head.dep_ == "conj":
                break  # "Expenses over £50 need a receipt and must be approved …": the "must" is the second duty's
            if subj is None or subj.pos_ not in ("NOUN", "PROPN") and subj.dep_ != "expl":
                return None
            if subj.dep_ == "expl":
                plan = self._there_shall_be(clause, head) if head.lemma_ == "be" else None
                plan = plan or self.condition_plan(clause, doc, subj.left_edge.idx, end, [], "it")
                return None if plan is None else Unit(plan, "REQ", self._conclusion(clause, 0, subj.left_edge.idx),
                                                      False)
            first = next((x for x in doc if x.dep_ in ("nsubj", "nsubjpass") and x.i < subj.i and _is_person(x)
                          and x.lemma_.lower() != subj.lemma_.lower()), None)
            if _is_person(subj) and (first is not None and any(x.dep_ == "det" and x.lower_ == "the"
                                                               for x in subj.children) or _counterparty(subj)):
                # "Patients may request a copy …, and the provider must respond within 30 days": the reader is the
                # first party; what the other one must do is asked of it, as of "your employer", "the landlord"
                party = doc[subj.left_edge.i:subj.i + 1].text
                plan = self.condition_plan(clause, doc, t.idx + len(t.text), end, [], party[0].lower() + party[1:])
                return None if plan is None else Unit(plan, "REQ", None, False)
            if _is_person(subj):
                listed = clause.text[t.idx + len(t.text):].lstrip().startswith(":")
                restrictive = None if listed else self.person_plan(clause, subj, bare=False)
                if restrictive is not None:
                    return Unit(restrictive, "REL", self._conclusion(clause, 0, len(clause.text)), False)
                served = next((x for x in head.subtree if x.dep_ in ("dobj", "pobj", "dative") and _is_person(x)
                               and x.pos_ == "NOUN" and any(c.dep_ == "relcl" for c in x.children)), None)
                plan = None if listed or served is None else self.person_plan(clause, served, bare=False)
                rel = None if plan is None else next(c for c in served.children if c.dep_ == "relcl")
                if rel is not None and any(c.dep_ == "conj" and c.i > rel.right_edge.i and not any(
                        x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for c in head.children):
                    # spaCy hangs the relative clause's later verbs ("…, earn at least £123 a week, and have told
                    # their employer") off the main verb: the relative clause runs to the end
                    start = next(x for x in rel.subtree if x.lower_ not in ("who", "that", "which"))
                    plan = self.condition_plan(clause, doc, start.idx, len(clause.text), [], "you") or plan
                if plan is not None:
                    # "Employers must pay statutory sick pay to employees who are off work for 4 days, earn at
                    # least £123 a week, and have told their employer": the people owed it are the condition
                    return Unit(plan, "REL", self._conclusion(clause, 0, served.idx + len(served.text)), False)
                # "All businesses that are considered … must: meet …, be …": the listed requirements are the
                # conditions; the relative clause only says whom they bind ("Applicants must be over 16 to apply":
                # what for is the conclusion)
                goal = _GOAL_AT_END.search(clause.text, t.idx, end + 1)
                plan = self.condition_plan(clause, doc, t.idx + len(t.text), goal.start() if goal else end, [], "you")
                if goal and plan is not None:
                    return Unit(plan, "REQ", self._conclusion(clause, *goal.span("goal")), False)
            elif (bounded := self._bounded_requirement(clause, subj.left_edge.idx, t.idx, end)) is not None:
                return bounded
            else:
                # a second, subjectless verb phrase is said of the same thing: "Personal data shall be collected for
                # specified purposes and not further processed …" -> "Is personal data further processed …?"
                plan = self.condition_plan(clause, doc, subj.left_edge.idx, end, [], _phrase_of(subj))
                # only a singular thing can be "it" in the next sentence ("Your plants must be inspected. It must
                # be done by May": "it" is the inspection)
                self._required_thing = doc[subj.left_edge.i:subj.i + 1].text if subj.tag_ in ("NN", "NNP") else None
            if plan is None:
                return None
            return Unit(plan, "REQ", self._conclusion(clause, 0, subj.left_edge.idx), False)
        return self._thing_needs(clause, doc)

    def _granted_with_duty(self, clause: Clause, duty) -> Unit | None:
        """ "Dogs are allowed in the park but must be kept on a lead", "Visitors are welcome but must sign in": a
        permission whose holder bears a duty (``duty``, the subjectless verb after "but") — the duty is the
        requirement, asked of the permission's subject, and the permission is the conclusion."""
        granted = duty.head
        but = next((c for c in granted.children if c.dep_ == "cc" and c.lower_ == "but" and c.i < duty.i), None)
        subj = next((c for c in granted.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if but is None or subj is None or subj.pos_ not in ("NOUN", "PROPN") or not (
                granted.lemma_ in _GRANTING or any(c.dep_ == "acomp" and c.lemma_ in _GRANTING for c in granted.children)
                or any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in granted.children)):
            return None
        end = duty.right_edge.idx + len(duty.right_edge.text)
        modal = next(c for c in duty.children if c.dep_ == "aux" and c.lower_ in ("must", "shall"))
        said_of = "you" if _is_person(subj) else _phrase_of(subj)
        plan = self.condition_plan(clause, duty.doc, modal.idx + len(modal.text), end, [], said_of)
        return None if plan is None else Unit(plan, "REQ", self._conclusion(clause, 0, but.idx), False)

    def _lacking(self, clause: Clause, doc) -> Unit | None:
        """A prohibition of doing something "without" a thing: "You cannot enter without a ticket", "may not use
        or disclose protected health information for marketing without an authorization" -> NOT("Do you have a
        ticket?") under the negative conclusion (with the thing, the prohibition does not hold)."""
        for t in doc:
            # (spaCy may hang it on the object: "cannot create an account without parental consent", or deeper:
            # "can't use your annual leave during your notice period without your manager's agreement")
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
                verb = verb.head
            if t.lower_ != "without" or t.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
                continue
            while verb.dep_ in ("conj", "xcomp"):  # "may not use or disclose …"
                verb = verb.head
            if verb.dep_ != "ROOT":
                continue  # "a status that does not allow you to work … without first seeking permission"
            conclusion = self._conclusion(clause, 0, t.idx)
            if conclusion is None or conclusion.polarity != "negative":
                return None
            lacked = _lacked_tokens(t)
            if lacked is None:
                return None
            sub, end = lacked
            gerund = sub[0].tag_ == "VBG"
            # "Loans over $50,000 must not be approved without a guarantee": the ban binds only what passes the
            # bound, and what is lacking is the thing's
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            bounded = None if subject is None else self._bound(
                clause, _bounded_subject(clause.text, subject.left_edge.idx, subject.right_edge.idx +
                                         len(subject.right_edge.text)))
            if bounded is not None and not gerund:
                thing, bound = bounded
                q, negated = write_question(f"{thing} has {clause.text[sub[0].idx:end]}", "it", others=self.others)
                if negated or not usable_question(q):
                    return None
                lacks = mk("NOT", [Leaf(q, clause.id, clause.start + sub[0].idx, clause.start + end)])
                return Unit(mk("AND", [bound, lacks]), "IF", conclusion, True)
            leaf = self._lacked(clause, t)
            if leaf is None:
                return None
            # "Children under 13 cannot create an account without parental consent": the ban binds only them
            who = self.person_plan(clause, subject, bare=False) if subject is not None and _is_person(subject) \
                else None
            return Unit(mk("AND", [who, mk("NOT", [leaf])]) if who is not None else mk("NOT", [leaf]), "IF",
                        conclusion, True)
        return None

    def _lacked(self, clause: Clause, without) -> Plan | None:
        """What the ``without`` token says is lacking, as a question of having it ("without a pass" -> "Do you have a
        pass?", "without first getting permission" -> "Do you get permission?", "without an adult" -> "Are you
        with an adult?")."""
        lacked = _lacked_tokens(without)
        if lacked is None:
            return None
        sub, end = lacked
        obj = next((x for x in without.children if x.dep_ == "pobj"), None)
        # "without an adult": someone you are with, not something you have
        prefix = "" if sub[0].tag_ == "VBG" else "you are with" if obj is not None and _is_person(obj) else "have"
        return self.leaf_from_text(clause, sub[0].idx, end, "you", prefix)

    def _obligation_pair(self, clause: Clause, doc, head, other: _Obligation, first: Plan | None,
                         conclusion_end: int) -> Unit | None:
        """Two obligations, each of its own subject ("Applicants must provide proof of ownership, or the tenant
        must provide written concurrence"): the ``first`` plan (``head``'s) and ``other``'s, by the "or"/"and"
        joining them; the conclusion is the text before ``conclusion_end``."""
        second = self._obligation_plan(clause, doc, other.modal, other.subject,
                                       other.right_edge.idx + len(other.right_edge.text))
        if first is None or second is None:
            return None
        op = "OR" if any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children) else "AND"
        return Unit(mk(op, [first, second]), "REQ", self._conclusion(clause, 0, conclusion_end), False)

    def _obligation_plan(self, clause: Clause, doc, modal, subj, end: int) -> Plan | None:
        """What "<subject> must <verb phrase>" requires, up to ``end``: asked of the reader when the subject is a
        person ("Do you provide proof …?"), of the thing otherwise."""
        generic = not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any", "all", "each"))
                          for c in subj.children)
        if _is_person(subj) and generic:  # "an operator must …" is the reader; "your partner must …" is not
            return self.condition_plan(clause, doc, modal.idx + len(modal.text), end, [], "you")
        return self.condition_plan(clause, doc, subj.left_edge.idx, end, [], "it")

    def _bounded_requirement(self, clause: Clause, subj_start: int, verb_start: int, end: int) -> Unit | None:
        """A requirement of things above or below a bound: "Expenses over £100 must have a receipt" -> OR(NOT("Is
        the expense over £100?"), "Does the expense have a receipt?"): the rule binds only what passes the bound,
        so one under it complies as it is. ``verb_start`` is where the requirement's modal or verb begins."""
        m = _bounded_subject(clause.text, subj_start, verb_start)
        bounded = self._bound(clause, m)
        if bounded is None:
            return None
        thing, bound = bounded
        reqs = []
        # "need a receipt and must be approved by a director": each conjoined duty is asked on its own
        for start, stop in _duty_spans(self.docs[clause.id], verb_start, end):
            written = clause.text[start:stop].rstrip(" .;,")
            said = re.sub(r"(?i)^(?:needs?|has|have) to\b", "must", written)  # "need to be approved": must be
            said = re.sub(r"(?i)^(?:requires?|needs?)\b", "must have", said)  # "require a receipt": must have one
            said = re.sub(r"(?i)^(?=be\b|have\b)", "must ", said)  # "(must have a receipt and) be approved"
            req_q, req_neg = write_question(f"{thing} {said}", "it", others=self.others)
            if not usable_question(req_q):
                return None
            req = Leaf(req_q, clause.id, clause.start + start, clause.start + start + len(written))
            reqs.append(mk("NOT", [req]) if req_neg else req)
        plan = mk("OR", [mk("NOT", [bound]), mk("AND", reqs)])
        return Unit(plan, "REQ", self._conclusion(clause, 0, len(clause.text)), False)

    def _the_thing(self, clause: Clause, m: re.Match) -> str:
        """ "the expense" for the plural noun a match's "noun" group names at the start of a rule ("Expenses over
        £100 …", "All refunds require …")."""
        noun = next((t for t in self.docs[clause.id] if t.idx == m.start("noun")), None)
        word = noun.lemma_ if noun is not None and noun.tag_ == "NNS" else _singular(m.group("noun"))
        kind = m.groupdict().get("mod")  # "sick leave": the kind is kept
        return "the " + (kind.lower() + " " if kind else "") + word.lower()

    def _bound(self, clause: Clause, m: re.Match | None) -> tuple[str, Leaf] | None:
        """The thing a :data:`_BOUNDED_SUBJECT` match names ("the expense") and the question whether it passes the
        bound ("Is the expense over £100?"); None for people or an unusable question."""
        if m is None or _is_person_word(m.group("noun")):
            return None
        thing = self._the_thing(clause, m)
        question, negated = write_question(f"{thing} is {m.group('bound')}", "it", others=self.others)
        if negated or not usable_question(question):
            return None
        return thing, Leaf(question, clause.id, clause.start + m.start("noun"), clause.start + m.end("bound"))

    def _thing_needs(self, clause: Clause, doc) -> Unit | None:
        """ "Your browser needs to be set to allow SSL, cookies and JavaScript": what a thing needs is required of
        it, asked as a fact like "must" ("Is your browser set to allow …?"); "Expenses over £100 require a
        receipt" binds only what passes the bound (see :meth:`_bounded_requirement`)."""
        # read by pattern: spaCy takes "require" in "Loans over $50,000 require collateral" for a noun's modifier
        needs = re.match(r"(?P<subj>(?:[^,;:]|(?<=\d),(?=\d)){3,80}?)\s(?=(?:requires?|needs?)\s+\w)", clause.text)
        if needs is not None:
            bounded = self._bounded_requirement(clause, 0, needs.end(), len(clause.text))
            if bounded is not None:
                return bounded
            owned = self._thing_has(clause, needs)
            if owned is not None:
                return owned
        need = next((t for t in doc if t.dep_ == "ROOT" and t.lemma_ in ("need", "have") and t.tag_ in ("VBZ", "VBP")
                     and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children)),
                    None)
        subj = next((c for c in need.children if c.dep_ == "nsubj"), None) if need is not None else None
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _is_person(subj) or any(
                c.dep_ == "neg" for c in need.children):
            return None
        last = need.right_edge
        while last.i > need.i and last.is_punct:  # the sentence's full stop is not part of the condition
            last = last.doc[last.i - 1]
        start, end = subj.left_edge.idx, last.idx + len(last.text)
        said = re.sub(r"(?i)\b(?:needs|need|has|have)\s+to\b", "must", clause.text[start:end], count=1)
        question, negated = write_question(clean_condition(said), "it", others=self.others)
        if not usable_question(question):
            return None
        leaf = Leaf(question, clause.id, clause.start + start, clause.start + end)
        return Unit(mk("NOT", [leaf]) if negated else leaf, "REQ", None, False)

    def _thing_has(self, clause: Clause, needs: re.Match) -> Unit | None:
        """ "Requests need a manager's approval", "All refunds require a proof of purchase": what things need they
        must have ("Does the request have a manager's approval?"); ``needs`` ends before the verb."""
        m = _THINGS_SUBJECT.fullmatch(needs.group("subj"))
        verb = re.match(r"(?:requires?|needs?)\s+(?!to\b)(?=\w)", clause.text[needs.end():])
        if m is None or verb is None or _is_person_word(m.group("noun")):
            return None
        thing = self._the_thing(clause, m)
        start = needs.end() + verb.end()
        what = clause.text[start:].rstrip(" .;")
        question, negated = write_question(f"{thing} has {what}", "it", others=self.others)
        if negated or not usable_question(question):
            return None
        return Unit(Leaf(question, clause.id, clause.start + start, clause.start + start + len(what)), "REQ", None,
                    False)

    def _there_shall_be(self, clause: Clause, be) -> Plan | None:
        """ "There shall be adequate toilets, an operation area …, and a public telephone": each thing listed is
        required, so each is asked on its own ("Is there a public telephone?"), all of them joined by AND."""
        attr = next((c for c in be.children if c.dep_ in ("attr", "dobj", "nsubj") and c.i > be.i), None)
        if attr is None or not attr.conjuncts:
            return None
        kids = []
        for np in (attr, *attr.conjuncts):
            own = [t for t in np.subtree if not any(
                a.i != np.i and a.dep_ in ("conj", "cc") and a.head.i == np.i and t in a.subtree
                for a in np.children)]
            own = [t for t in own if not (t.is_punct or t.dep_ == "cc")]
            if not own:
                return None
            leaf = self.leaf_from_text(clause, own[0].idx, own[-1].idx + len(own[-1].text), "it", prefix="there is")
            if leaf is None:
                return None
            kids.append(leaf)
        return mk("AND", kids)

    def _relative(self, clause: Clause, doc) -> Unit | None:
        for t in doc:
            if t.dep_ == "relcl" and t.head.dep_ in ("nsubj", "nsubjpass") and (
                    t.head.lower_ in PERSON_NOUNS or t.head.lemma_.lower() in PERSON_NOUNS):
                sub = list(t.subtree)
                toks = [x for x in sub if x.lower_ not in ("who", "that", "which")]
                plan = self.condition_plan(clause, doc, toks[0].idx, sub[-1].idx + len(sub[-1].text), [], "you") \
                    if toks else None
                if plan is None:
                    return None
                if _after_or(t) and (alternatives := self.person_plan(clause, t.head, bare=False)) is not None \
                        and len(leaves(alternatives)) > len(leaves(plan)):
                    # "Customers aged 65 or over, or who are registered disabled, get a 20% discount": the age is
                    # the other way to qualify
                    return self._whole_sentence_unit(alternatives, "REL", clause)
                # "Only full-time employees who have completed their probation period are eligible": the kind is a
                # condition too (a part-time employee who passed probation had been let in)
                kind = self._kind(clause, t.head)
                return self._whole_sentence_unit(mk("AND", [kind, plan]) if kind is not None else plan, "REL", clause)
        return None

    def _kind(self, clause: Clause, noun) -> Plan | None:
        """ "Are you a full-time employee?" for a person noun an adjective restricts ("full-time employees",
        "disabled veterans"), else None (not for "eligible", "other", "all" …: they restrict nothing one could
        answer)."""
        adjectives = [x for x in noun.subtree if x.i < noun.i and x.dep_ == "amod" and x.tag_ in ("JJ", "VBN")]
        # (nor for "current and former members": both are meant; a name's adjective, "Native American Veterans",
        # names who the rule is about, as the noun does)
        if any(c.dep_ in ("cc", "conj") for x in adjectives for c in x.children) or not any(
                x.lower_ not in _NOT_RESTRICTIVE | _VACUOUS_KINDS and (x.is_sent_start or not x.is_title)
                for x in adjectives):
            return None
        return self._noun_question(clause, noun)

    def person_plan(self, clause: Clause, noun, bare: bool = True, any_noun: bool = False) -> Plan | None:
        """The conditions a person noun phrase states about the reader (its coordinated nouns by OR):
        its restrictive modifiers ("riders under 16" -> "Are you under 16?", "people receiving X" ->
        "Are you receiving X?", "people with disabilities" -> "Do you have disabilities?", "Veterans who …");
        with ``bare``, otherwise the noun itself ("eligible Veterans" -> "Are you an eligible Veteran?"),
        never a vacuous one ("Are you a person?")."""
        # "practitioners and those who prescribe …": a pronoun with a relative clause is a person phrase too
        nouns = [noun] + [c for c in noun.conjuncts if c.i > noun.i and (c.pos_ in ("NOUN", "PROPN") or (
            c.lower_ in ("those", "anyone", "someone") and any(x.dep_ == "relcl" for x in c.children)))]
        doc, j = noun.doc, noun.right_edge.i + 1
        while True:
            # "for low-income families, people who are elderly, and people with disabilities": spaCy may hang the
            # next people off the verb; a person noun right after a comma continues the list
            k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"))
            if not (j < len(doc) and doc[j].text == "," and k < len(doc) and _is_person(doc[k])
                    and doc[k].pos_ == "NOUN"):
                break
            nouns += [doc[k]] + [c for c in doc[k].conjuncts if c.i > k and c.pos_ in ("NOUN", "PROPN")]
            j = max(x.right_edge.i for x in nouns) + 1
        kids = []
        for n in nouns:
            own = self._modifier_plan(clause, n)
            if own is None and bare and (any_noun or _is_person(n)):
                own = self._noun_question(clause, n)
            if own is None:
                if not bare:
                    continue
                return None
            kids.append(own)
        return mk("OR", kids)

    def _modifier_plan(self, clause: Clause, n) -> Plan | None:
        doc = n.doc
        kids = []
        for m in n.children:
            if m.i < n.i:
                continue
            sub = list(m.subtree)
            s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            aged = m.dep_ == "acl" and m.tag_ in ("VBG", "VBN") or m.dep_ == "amod" and m.lower_ == "aged"
            if aged and (rel := next((x for x in sub if x.dep_ == "relcl" and x.head.like_num), None)) is not None:
                # "residents aged 18 to 25 who are not in education": spaCy hangs the people's relative clause on
                # the age's number; both are said of the people
                kids.append(self.condition_plan(clause, doc, s, rel.left_edge.idx, [], "you"))
                toks = [x for x in rel.subtree if x.lower_ not in ("who", "that", "which")]
                kids.append(self.condition_plan(clause, doc, toks[0].idx, e, [], "you") if toks else None)
            elif m.dep_ == "relcl" or (m.dep_ == "acl" and m.tag_ in ("VBG", "VBN")):
                toks = [x for x in sub if x.lower_ not in ("who", "that", "which")]
                more = _relative_clause_continued(m) if m.dep_ == "relcl" else None
                if more is not None:  # "veterans who served 90 days … and were discharged …"
                    e = more.right_edge.idx + len(more.right_edge.text)
                if toks and m.dep_ == "relcl" and kids and _after_or(m):
                    # "Customers aged 65 or over, or who are registered disabled": another way to be one of them
                    other = self.condition_plan(clause, doc, toks[0].idx, e, [], "you")
                    kids = [mk("OR", [mk("AND", kids), other])] if other is not None else kids
                elif toks:
                    kids.append(self.condition_plan(clause, doc, toks[0].idx, e, [], "you"))
            elif m.dep_ == "prep" and m.lower_ in ("under", "over", "aged", "between") and any(
                    x.like_num for x in sub):
                rel = next((x for x in sub if x.dep_ == "relcl"), None)
                other = next((x for x in m.children if x.dep_ == "conj" and x.lower_ in ("with", "without")), None)
                # what "with" takes: its object, or (spaCy makes "account" the subject in "People under 18 or
                # without a bank account cannot apply") the noun phrase up to the verb
                had = list(other.subtree) if other is not None else []
                if other is not None and len(had) == 1:
                    noun = next((x for x in doc[other.i + 1:other.i + 6] if x.dep_ in ("nsubj", "nsubjpass")
                                 and x.pos_ == "NOUN" and x.head.i > x.i), None)
                    had = list(doc[other.i:noun.i + 1]) if noun is not None else []
                if rel is None and len(had) > 1:
                    # "Patients over 65 or with a long-term condition": either makes one of them
                    cc = next((x for x in m.children if x.dep_ == "cc" and x.i < other.i), None)
                    own = self.leaf_from_text(clause, s, (cc or other).idx, "you")
                    alt = self.leaf_from_text(clause, had[1].idx, had[-1].idx + len(had[-1].text), "you", "have")
                    alt = mk("NOT", [alt]) if other.lower_ == "without" and alt is not None else alt
                    kids.append(mk("OR", [own, alt]) if own is not None and alt is not None else None)
                    continue
                if rel is None:
                    kids.append(self.leaf_from_text(clause, s, e, "you"))
                    continue
                # "Apprentices over 19 who have completed the first year …": the age and the relative clause
                rel_sub = [x for x in rel.subtree if x.lower_ not in ("who", "that", "which")]
                kids.append(self.leaf_from_text(clause, s, rel.left_edge.idx, "you"))
                kids.append(self.condition_plan(clause, doc, rel_sub[0].idx, e, [], "you"))
            elif m.dep_ == "prep" and m.lower_ in ("with", "without") and any(x.dep_ == "pobj" for x in m.children):
                obj = sub[1:]
                leaf = self.leaf_from_text(clause, obj[0].idx, e, "you", "have")
                kids.append(mk("NOT", [leaf]) if m.lower_ == "without" else leaf)
            elif m.dep_ == "amod" and m.lower_ in ("aged",):
                kids.append(self.leaf_from_text(clause, s, e, "you"))
            elif m.dep_ == "prep" and m.lower_ in ("on", "in") and m.i == n.i + 1 and any(
                    x.dep_ == "pobj" for x in m.children):
                # "Employees on a performance improvement plan", "children in foster care": who, and where they are
                kids.append(self.leaf_from_text(clause, n.idx, e, "you"))
            elif _from_a_place(m, n):
                # "Visitors from the EU can stay …": where they come from decides (not "Are you a visitor?")
                kids.append(self.leaf_from_text(clause, s, e, "you", "are"))
        after = doc[n.i + 1] if n.i + 1 < len(doc) else None
        if not kids and after is not None and after.lower_ in ("with", "without") and after.head.i != n.i and any(
                x.dep_ == "pobj" for x in after.children):
            # "loans to applicants with a reasonable ability to repay": spaCy hangs the phrase on the verb
            sub = list(after.subtree)
            leaf = self.leaf_from_text(clause, sub[1].idx, sub[-1].idx + len(sub[-1].text), "you", "have")
            kids.append(mk("NOT", [leaf]) if after.lower_ == "without" else leaf)
        if not kids and after is not None and after.lower_ in ("under", "over", "aged") and after.head.i != n.i \
                and any(x.like_num for x in after.children):
            # "Helmets are mandatory for riders under 16": spaCy hangs the age on the verb
            sub = list(after.subtree)
            kids.append(self.leaf_from_text(clause, after.idx, sub[-1].idx + len(sub[-1].text), "you"))
        # "Members aged 65 or over, or who have been members for more than 20 years": a relative clause after "or",
        # which spaCy conjoins to the noun, is another way to be one of them
        kind = self._kind(clause, n) if kids else None
        if kind is not None:
            # "Disabled veterans who served in combat": the kind is a condition too ("Are you a disabled veteran?")
            kids = [kind] + kids
        alt = next((c for c in n.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.left_edge.lower_ in (
            "who", "that") and doc[c.left_edge.i - 1].lower_ == "or"), None) if kids else None
        if alt is not None:
            sub = [x for x in alt.subtree if x.lower_ not in ("who", "that")]
            other = self.condition_plan(clause, doc, sub[0].idx, sub[-1].idx + len(sub[-1].text), [], "you")
            if other is not None:
                return mk("OR", [mk("AND", kids), other])
        return mk("AND", kids)

    def _noun_question(self, clause: Clause, t) -> Plan | None:
        # (a count is a limit, not a kind: "Only one person per household may apply" is not "Are you an one person?")
        mods = [x for x in t.subtree if x.i < t.i and x.dep_ in ("amod", "compound", "nmod", "nummod")
                and not (x.dep_ == "nummod" and x.lower_ == "one" and x.i > 0 and x.doc[x.i - 1].lower_ == "only")
                and (x.lower_ not in _NOT_RESTRICTIVE or (x.lower_ == "new" and t.lemma_.lower() in _NEWCOMERS))]
        of = next((c for c in t.children if c.dep_ == "prep" and c.i == t.i + 1 and (
            c.lower_ == "of" or (c.lower_ in ("in", "from", "on", "at") and t.lemma_.lower() in _VACUOUS_PERSONS))
            # "a payment to disabled Veterans of no more than $19,817": an amount is the payment's, not the people's
            and not any(x.tag_ == "$" or x.text in ("$", "£", "€") for x in c.subtree)), None)
        if not mods and of is None and (t.lower_ in _VACUOUS_PERSONS or t.lemma_.lower() in _VACUOUS_PERSONS):
            return None
        head = t.text
        if t.tag_ in ("NNS", "NNPS"):
            head = t.lemma_ if t.lemma_.lower() != t.lower_ else _singular(t.text)
            head = "person" if head.lower() == "people" else head  # "low-income people" -> "a low-income person"
        # a modifier keeps the words hyphened to it: "Indian-owned businesses" (not "owned"), "Land-Grant"
        mods = sorted({x for m in mods for x in _hyphened(m)}, key=lambda x: x.i)
        if not mods and t.is_sent_start and t.pos_ != "PROPN" and head[1:].islower():
            head = head.lower()  # "Staff may use the gym" -> "Are you staff?"
        words = [x.text for x in mods] + [head]
        if mods and mods[0].is_sent_start and mods[0].pos_ != "PROPN" and len(words) > 1 and words[0][:1].isupper() \
                and words[0][1:2].islower() and next(w for w in words[1:] if w != "-")[:1].islower():
            # "Eligible applicants may …" -> "an eligible applicant", "Part-time employees" -> "a part-time
            # employee"; a title ("Commissioned Officer") keeps its case
            words[0] = words[0][0].lower() + words[0][1:]
        for k in range(len(words) - 2, 0, -1):
            if words[k] == "-":
                words[k - 1:k + 2] = ["".join(words[k - 1:k + 2])]
        end = t
        if of is not None:  # "Officers of the Public Health Service", "children in foster care": who is meant
            words += [x.text for x in of.subtree]
            end = list(of.subtree)[-1]
        if words.count("(") > words.count(")"):  # the parse left the closing bracket outside the phrase
            words.append(")")
        # "staff" and "personnel" are many people: "Are you authorised personnel?"
        article = [] if t.lower_ in ("staff", "personnel") else [indefinite_article(words[0])]
        q = finish_question(["Are you"] + article + words)
        if not usable_question(q):  # "Are you a sale of which?"
            return None
        left = min([t.i] + [x.i for x in mods])
        s = clause.start + t.doc[left].idx
        return Leaf(q, clause.id, s, clause.start + end.idx + len(end.text))

    def _subject_condition(self) -> Unit | None:
        """Fallback when no explicit cue: a person subject of a modal sentence ("Most businesses can …")."""
        for c in self._body_clauses():
            # read by pattern: spaCy takes "need" in "Children under 16 need written consent …" for a noun and
            # "written" for the verb
            need = _PEOPLE_NEED.match(c.text)
            if need is not None and _is_person_word(need.group("who").split()[-1]):
                leaf = self.leaf_from_text(c, need.start("bound"), need.end("bound"), "you")
                if leaf is not None:
                    return self._whole_sentence_unit(leaf, "REL", c)
            doc = self.docs[c.id]
            for t in doc:
                eligible = (t.head.lemma_ == "be" and any(a.lower_ in ("eligible", "entitled", "considered")
                                                           for a in t.head.children)) or (
                    # passive "Apprentices over 19 … are entitled to …", "Officers … are considered …"
                    t.dep_ == "nsubjpass" and t.head.lemma_ in ("entitle", "consider", "allow", "permit", "cover",
                                                   "prohibit", "forbid", "bar")
                    # ("Remote work is allowed only for employees whose …": what is allowed is no one)
                    and (_is_person(t) or t.head.lemma_ in ("entitle", "consider")))
                # "Applicants aged under 18 need parental consent" (spaCy may tag that "need" a noun)
                needs = t.head.lower_ in ("need", "needs", "require", "requires")
                if t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in (
                        "anyone", "someone", "those")) and (t.head.pos_ in ("VERB", "AUX") or needs) and (
                        eligible or _is_person(t) and (needs or any(
                            a.lower_ in ("can", "may", "must", "will", "could", "should") for a in t.head.children)
                            # "Members aged 65 or over pay a reduced fee": a present-tense rule about restricted people
                            or (t.head.tag_ in ("VB", "VBP", "VBZ") and t.tag_ == "NNS" and t.head.dep_ == "ROOT"
                                and self.person_plan(c, t, bare=False) is not None))):
                    plan = self.person_plan(c, t, any_noun=eligible)
                    if plan is None:
                        continue
                    if self.person_plan(c, t, bare=False) is None:
                        # "Staff may work from home … with their manager's approval": what the permission rests
                        # on says more than "Are you staff?"
                        scoped = self._scope_condition()
                        if scoped is not None:
                            return scoped
                    return self._whole_sentence_unit(plan, "REL", c)
        return self._beneficiary_condition()

    def _scope_condition(self) -> Unit | None:
        """Fallback: what scopes a conclusion stated without a condition cue.

        - a purpose: "You don't need a certificate to move medical devices within the EU." -> "Are you moving
          medical devices within the EU?";
        - a place: "You can also claim your State Pension abroad." -> "Are you abroad?"; "… in some countries
          outside the EEA" -> "Are you in a country outside the EEA?";
        - an overlap: "You can't claim tax credits and Universal Credit at the same time." -> "Are you claiming
          Universal Credit?"."""
        for c in self._body_clauses():
            text = c.text
            alt = None
            m = _NO_NEED_TO.search(text)
            if m:
                condition = f"you are {_gerund(m.group('verb'))} {m.group('what').strip()}"
                span, concl_end = (m.start("verb"), m.end("what")), text.rfind(" to ", 0, m.start("verb"))
            elif (m := _SAME_TIME.search(text)):
                condition = f"you are {_gerund(m.group('verb'))} {m.group('other').strip()}"
                span, concl_end = (m.start("other"), m.end("other")), text.rfind(" and ", 0, m.start("other"))
            elif (m := _PLACE_SCOPE.search(text)):
                place = m.group("place")
                if place.lower() == "abroad":
                    condition = "you are abroad"
                elif not re.match(r"(?i)in (?:some |certain |other )?countries\b", place):
                    condition = "you are " + place  # "in an EEA country or Switzerland"
                else:
                    condition = "you are in a country " + re.sub(r"(?i)^in (?:some |certain |other )?countries\s+", "",
                                                                  place)
                span, concl_end = (m.start("place"), m.end("place")), m.start("place")
            elif (m := _DURING_FIRST.search(text)):
                # "Employees are not entitled to sick pay during the first 3 days of absence": when the rule holds
                leaf = Leaf(f"Is it within the first {m.group('n')} {m.group('unit')} of {m.group('what')}?", c.id,
                            c.start + m.start("n"), c.start + m.end("what"))
                return self._guarding(c, leaf, m.start())
            elif (m := _WITH_CONSENT.search(text)):
                # "Staff may work from home … with their manager's approval": the permission rests on having it
                condition = "you have " + m.group("what")
                span, concl_end = m.span("what"), m.start("with")
                # "… or where necessary for medical diagnosis": another ground, either of which permits it
                alt = self._consent_alternative(c, m) if m.group("alt") else None
            elif (m := _FOR_PURPOSES.search(text)) and len(_list_items(m.group("purposes"))) > 1 and not any(
                    re.fullmatch(r"\w+ing", item) for _, item in _list_items(m.group("purposes"))[:-1]):
                # (not "for preventing or controlling disease": the verbs share their object)
                # "A covered entity may use or disclose protected health information for treatment, payment, or
                # health care operations": which purpose it is for (OR)
                kids = [Leaf(f"Is it for {item}?", c.id, c.start + m.start("purposes") + at,
                             c.start + m.start("purposes") + at + len(item))
                        for at, item in _list_items(m.group("purposes"))]
                return self._guarding(c, mk("OR", kids), m.start("for"))
            elif (m := _FOR_THE_PURPOSE.search(text)):
                # "may disclose … to a public health authority for the purpose of preventing or controlling
                # disease": one purpose (its verbs share their object), asked whole
                leaf = Leaf(f"Is it for {m.group('purpose')}?", c.id, c.start + m.start("purpose"),
                            c.start + m.end("purpose"))
                return self._guarding(c, leaf, m.start("for"))
            else:
                continue
            question, negated = write_question(condition, "you", others=self.others)
            if not usable_question(question):
                continue
            leaf = Leaf(question, c.id, c.start + span[0], c.start + span[1])
            plan = mk("OR", [mk("NOT", [leaf]) if negated else leaf, alt])
            return self._guarding(c, plan, concl_end if concl_end > 3 else None)
        return None

    def _body_clauses(self):
        """The clauses a fallback reads: not headings, and parsed."""
        return (c for c in self.clauses if c.kind != "heading" and c.id in self.docs)

    def _guarding(self, c: Clause, plan: Plan, conclusion_end: int | None = None) -> Unit:
        """A fallback's condition guarding its own clause's conclusion (up to ``conclusion_end``), negative when
        that conclusion is."""
        conclusion = self._conclusion(c, 0, len(c.text) if conclusion_end is None else conclusion_end)
        return Unit(plan, "IF", conclusion, conclusion is not None and conclusion.polarity == "negative")

    def _ban_condition(self) -> Unit | None:
        """Fallback: "There's a ban on exporting caviar, truffles and goods containing truffles to North Korea." ->
        "Is it caviar, truffles or goods containing truffles?" AND "Are you exporting to North Korea?" (a ban's
        conclusion is negative: what is banned is not allowed)."""
        for c in self._body_clauses():
            m = _BAN.search(c.text)
            if m is None:
                continue
            verb = (m.group("verb") or "exporting").lower()
            goods = re.sub(r"\s+and\s+(?=[^,]*$)", " or ", m.group("goods").strip())
            goods = re.sub(r"(?i)^(?:most|all|any|certain|some)\s+", "", goods)
            goods = re.sub(r"(?i)\s+(?:exports|imports|sales|supplies)$", "", goods)
            place = re.sub(r"\s+and\s+(?=[^,]*$)", " or ", m.group("place").strip())
            # the goods as listed, one question (rewriting a list of plurals mangles it: "Is it an art works")
            goods_q = f"Is it {goods}?"
            place_q, negated = write_question(f"you are {verb} {m.group('to')} {place}", "you", others=self.others)
            if not usable_question(goods_q) or not usable_question(place_q) or negated:
                return None
            kids = [Leaf(goods_q, c.id, c.start + m.start("goods"), c.start + m.end("goods")),
                    Leaf(place_q, c.id, c.start + m.start("place"), c.start + m.end("place"))]
            return Unit(mk("AND", kids), "IF", self._conclusion(c, 0, len(c.text)), True)
        return None

    def _bounded_thing(self) -> Unit | None:
        """Fallback: things the rule is about, bounded by a number ("You may need a licence to export certain
        ‘cultural goods’ over 50 years old." -> "Are the goods over 50 years old?"; "Collateral is required for all
        MREIDLs over $50,000." -> "Are the MREIDLs over $50,000?"; "Orders over £50 qualify for free delivery" -> "Is
        the order over £50?")."""
        for c in self._body_clauses():
            m = _BOUNDED_THING.search(c.text)
            root = next((t for t in self.docs[c.id] if t.dep_ == "ROOT"), None) if m is None else None
            subj = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if root else None
            opening = None if subj is None else _bounded_subject(
                c.text, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
            if opening is None and m is None and (lead := _BOUNDED_SUBJECT.match(c.text)) is not None:
                # spaCy may take the verb for a noun ("Orders over £50 qualify …"): the bound ends at its number
                # unless a unit follows
                number = re.match(r".*?\d[\d,.]*(?:\s*(?:million|thousand|k|bn|years?|months?|weeks?|days?|hours?|"
                                  r"kg|miles?|people|employees|staff))?", lead.group("bound"), re.I)
                opening = _bounded_subject(c.text, lead.start(), lead.start("bound") + number.end())
            if opening is not None and (bounded := self._bound(c, opening)) is not None:
                # "Orders over £50 qualify for free delivery" -> "Is the order over £50?"
                return self._guarding(c, bounded[1])
            if m is None or _is_person_word(m.group("noun")):
                continue
            question, negated = write_question(f"the {m.group('noun')} are {m.group('bound')}", "it", others=self.others)
            if not usable_question(question) or negated:
                continue
            return self._guarding(c, Leaf(question, c.id, c.start + m.start("noun"), c.start + m.end("bound")))
        return None

    def _time_limit(self) -> Unit | None:
        """Fallback: how long something lasts or stays valid ("Your ITAHC will be valid for 10 days after the
        inspection." -> NOT "Has it been more than 10 days since the inspection?"; "You can suspend deductions for up
        to 13 weeks." -> NOT "Is it for more than 13 weeks?"): the conclusion holds while the limit is not passed."""
        for c in self._body_clauses():
            if (m := _VALID_FOR.search(c.text)) is not None:
                since = m.group("since") or "you got it"
                question = f"Has it been more than {m.group('n')} {m.group('unit')} since {since}?"
                span = m.span("n")[0], m.end("since") if m.group("since") else m.end("unit")
            elif (m := _FOR_UP_TO.search(c.text)) is not None:
                question = f"Is it for more than {m.group('n')} {m.group('unit')}?"
                span = m.span("n")[0], m.end("unit")
            elif (m := _WITHIN_OF.search(c.text) or _GIVEN_WITHIN.match(c.text) or _RETURN_WITHIN.search(c.text)):
                # "You can apply for a refund within 12 months of the payment", "Refunds will only be given within
                # 14 days of purchase", "You can exchange items within 14 days": a permission while the time lasts
                question = _window_question(m)
                span = m.start("n"), _window_end(m)
            else:
                continue
            if not usable_question(question):
                continue
            also = m.groupdict().get("with")
            if also:  # "… within 14 days of purchase and with proof of purchase": that is needed too
                had = self.leaf_from_text(c, m.start("with"), m.end("with"), "you", "have")
                if had is not None:
                    window = mk("NOT", [Leaf(question, c.id, c.start + span[0], c.start + span[1])])
                    return self._guarding(c, mk("AND", [window, had]), m.start("n") - len(" within "))
            within = c.text.rfind(" within ", 0, span[0]) if m.re in (_WITHIN_OF, _GIVEN_WITHIN, _RETURN_WITHIN) else -1
            return self._guarding(c, mk("NOT", [Leaf(question, c.id, c.start + span[0], c.start + span[1])]),
                                  within if within > 3 else None)
        return None

    def _reader_items(self) -> Unit | None:
        """Fallback: list items with no introduction that state a fact about the reader
        ("# Eligibility / * you want the decision looked at again") are alternatives (OR)."""
        kids = []
        for c in self.clauses:
            if c.kind not in ("bullet", "item") or c.parent is not None:
                continue
            text = c.text.split(":")[0] if ":" in c.text else c.text
            if not re.match(r"(?i)(you|your)\b|you['’](re|ve)\b", text.strip()):
                continue
            kids.append(self.leaf_from_text(c, 0, len(text), "you"))
        plan = mk("OR", kids)
        return Unit(plan, "IF", None, False) if plan is not None else None

    def _listed_leaves(self, c: Clause, m, group: int | str, subject: str, max_words: int = 8) -> list[Plan]:
        """A question about ``subject`` for each thing listed in match ``m``'s ``group`` ("sale items or gift
        cards", "broadcasting, apps and ebooks"); items longer than ``max_words`` are no things."""
        out = []
        for at, item in _list_items(m.group(group)):
            if len(item.split()) > max_words:
                continue
            start, end = m.start(group) + at, m.start(group) + at + len(item)
            # "balances above £1,000" -> "Is the balance above £1,000?", as a bounded subject is asked
            bounded = self._bound(c, _BOUNDED_SUBJECT.fullmatch(c.text, start, end)) if subject == "it" else None
            asked = _described_thing(item) if subject == "it" and bounded is None else None
            out.append(bounded[1] if bounded else Leaf(asked, c.id, c.start + start, c.start + end) if asked
                       else self.leaf_from_text(c, start, end, subject))
        return out

    def _unavailable_for(self) -> Unit | None:
        """Fallback: what a benefit or service is not available for ("Refunds are not available for sale items or
        gift cards." -> OR("Is it a sale item?", "Is it a gift card?") under the negative conclusion "Refunds are
        not available"): being one of those things is what denies it. What one is available or charged for
        ("Refunds are available for faulty items", "A fee of £25 is charged for late payments") grants it, under a
        positive conclusion; so is what a policy covers or does not ("The policy does not cover losses caused by war" ->
        "Was the loss caused by war?" under "The policy does not cover"). People it is for are read as its
        beneficiaries elsewhere."""
        for c in self._body_clauses():
            m = _UNAVAILABLE_FOR.match(c.text) or _AVAILABLE_FOR.match(c.text) or _COVERS.match(c.text)
            if m is None or any(_is_person_word(_head_word(item)) for _, item in _list_items(m.group("things"))) \
                    or re.match(r"(?i)(?:most|many|some|all|certain|any|other)\b", m.group("things")):
                continue  # "charged on most goods and services" names no kind of thing
            # (one kind, described at length: "tickets bought more than 48 hours before the event")
            whole = _described_list(m.group("things")) or (_described_thing(m.group("things")) if len(
                _list_items(m.group("things"))) == 1 else None)
            if m.group("adj").lower() in ("required", "needed", "mandatory", "compulsory"):
                # "A visa is required for stays longer than 90 days": what it is for, asked as written ("stays"
                # would be read as a verb)
                at = m.start("things")
                plan = mk("OR", [Leaf(f"Is it for {item}?", c.id, c.start + at + k, c.start + at + k + len(item))
                                 for k, item in _list_items(m.group("things"))])
            elif whole is None:
                plan = mk("OR", self._listed_leaves(c, m, "things", "it"))
            else:
                plan = Leaf(whole, c.id, c.start + m.start("things"), c.start + m.end("things"))
            if plan is not None:
                conclusion = self._conclusion(c, 0, m.end("adj"))
                return Unit(plan, "IF", conclusion, conclusion is not None and conclusion.polarity == "negative")
        return None

    def _only_by_means(self) -> Unit | None:
        """Fallback: the one means a thing is allowed by ("Remote access is permitted only through the company VPN"
        -> "Is the remote access through the company VPN?"; "You will only be reimbursed for travel by standard
        class rail" -> "Is the travel by standard class rail?"): using it is what allows it."""
        for c in self._body_clauses():
            m = _ONLY_THROUGH.match(c.text) or _ONLY_FOR_BY.match(c.text)
            if m is None or _is_person_word(m.group("thing").split()[-1]):
                continue
            thing = m.group("thing")
            thing = thing[0].lower() + thing[1:] if thing[:1].isupper() and thing[1:2].islower() else thing
            *before, head = thing.split()
            thing = " ".join(before + [_singular(head)])  # "Payments are accepted only by card": each payment
            question = f"Is the {thing} {m.group('how')} {m.group('means')}?"
            if not usable_question(question):
                continue
            leaf = Leaf(question, c.id, c.start + m.start("how"), c.start + m.end("means"))
            only = c.text.rfind(" only", 0, m.start("how")) if m.re is _ONLY_THROUGH else -1
            return Unit(leaf, "IF", self._conclusion(c, 0, only if only > 0 else m.start("how")), False)
        return None

    def _only_with_those(self) -> Unit | None:
        """Fallback: the only parties a thing may go to ("Customer data may only be shared with third parties that
        have signed a data processing agreement" -> "Have the third parties signed a data processing
        agreement?"): what the relative clause says of them is what allows it."""
        for c in self._body_clauses():
            m = _ONLY_WITH_THOSE.match(c.text)
            if m is None:
                continue
            question, negated = write_question(f"the {m.group('who')} {m.group('rel')}", "you", others=True)
            if not usable_question(question):
                continue
            leaf = Leaf(question, c.id, c.start + m.start("who"), c.start + m.end("rel"))
            only = c.text.rfind(" only", 0, m.start("verb"))
            conclusion = self._conclusion(c, 0, m.start("who"))
            if conclusion is not None and only > 0:  # "Customer data may be shared with", not "may only be"
                said = c.text[:only] + c.text[only + 5:m.start("who")]
                conclusion = replace(conclusion, text=re.sub(r"\s+(?:with|to)\s*$", "", said.strip()))
            return Unit(mk("NOT", [leaf]) if negated else leaf, "IF", conclusion, False)
        return None

    def _only_things_that(self) -> Unit | None:
        """Fallback: the only things a permission is for, told by what they bear ("Only vehicles displaying a valid
        permit may park in this car park" -> "Is the vehicle displaying a valid permit?"; "Only bags with a security
        tag …" -> "Does the bag have a security tag?"). People are read elsewhere ("Only staff may …")."""
        for c in self._body_clauses():
            m = _ONLY_THINGS.match(c.text)
            if m is None or _is_person_word(m.group("things")):
                continue
            thing = f"the {_singular(m.group('things'))}"
            had = m.group("mod").lower().startswith("with ")
            start = m.start("mod") + (len("with ") if had else 0)
            leaf = self.leaf_from_text(c, start, m.end("mod"), thing, "have" if had else "")
            if leaf is not None:
                return Unit(leaf, "IF", self._conclusion(c, 0, len(c.text)), False)
        return None

    def _banned_activity(self) -> Unit | None:
        """Fallback: an activity banned outright ("Smoking is prohibited anywhere on the premises." -> NOT("Are you
        smoking anywhere on the premises?")): the rule holds when it is not done."""
        for c in self._body_clauses():
            m = _BANNED_ACTIVITY.match(c.text)
            if m is None:
                continue
            act = re.sub(r"^(\w+ing) of\b", r"\1", m.group("act"))  # "Processing of personal data …": processing it
            said = act[0].lower() + act[1:] + (m.group("rest") or "")
            question, negated = write_question(f"you are {said}", "you", others=self.others)
            if negated or not usable_question(question):
                continue
            leaf = Leaf(question, c.id, c.start + m.start("act"), c.start + m.end("rest" if m.group("rest") else "act"))
            return Unit(mk("NOT", [leaf]), "REQ", None, False)
        return None

    def _consent_alternative(self, c: Clause, m) -> Plan | None:
        """The other ground after "with … consent or where …": "where necessary for medical diagnosis" -> "Is it
        necessary for medical diagnosis?" (an elided subject is "it"), "where the processing is required by law"
        -> "Is the processing required by law?"."""
        start = m.start("alt") + re.match(r"(?i)(?:where|when|if)\s+", m.group("alt")).end()
        elided = re.match(r"(?i)(?:necessary|needed|required|justified|permitted|authori[sz]ed)\b", c.text[start:])
        return self.leaf_from_text(c, start, m.end("alt"), "you", "it is" if elided else "")

    def _restricted_to(self) -> Unit | None:
        """Fallback: who a thing is restricted to ("Access to the server room is restricted to IT staff and
        authorised contractors." -> OR("Are you IT staff?", "Are you an authorised contractor?") under the
        conclusion "Access to the server room"): being one of them is what allows it."""
        for c in self._body_clauses():
            m = _RESTRICTED_TO.match(c.text)
            if m is None or not all(  # people ("one per customer" is a limit, not who)
                    _is_person_word(_head_word(item)) for _, item in _list_items(m.group("people"))):
                continue
            plan = mk("OR", self._listed_leaves(c, m, "people", "you"))
            if plan is not None:
                return Unit(plan, "IF", self._conclusion(c, 0, m.end("what")), False)
        return None

    def _included_items(self) -> Unit | None:
        """Fallback: a definition by inclusion ("Digital services include broadcasting, apps and ebooks") asks
        which kind the thing is (OR): "Is the service broadcasting?", "Is the service an app?". The items are
        read from the text (spaCy's parse of a long comma list is unreliable); the subject from the parse."""
        for c in self._body_clauses():
            doc = self.docs[c.id]
            applies = next((t for t in doc if t.lemma_ == "apply" and t.dep_ == "ROOT" and any(
                x.dep_ == "prep" and x.lower_ == "to" for x in t.children)), None)
            if applies is not None:  # "Tax relief applies to pension contributions, charity donations and …"
                unit = self._applies_to(c, doc, applies)
                if unit is not None:
                    return unit
                continue
            verb = next((t for t in doc if t.lemma_ == "include" and t.dep_ == "ROOT"), None)
            subj = next((x for x in verb.children if x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN")), None) \
                if verb is not None else None
            if subj is None:
                continue
            m = _INCLUDED.match(c.text, verb.idx + len(verb.text))
            if m is None:  # "include" ends the clause: nothing is listed
                continue
            kids = self._listed_leaves(c, m, 1, "the " + subj.lemma_.lower())
            plan = mk("OR", kids)
            if plan is not None and len(kids) > 1:
                return Unit(plan, "IF", self._conclusion(c, 0, len(c.text)), False)
        return None

    def _applies_to(self, c: Clause, doc, verb) -> Unit | None:
        """ "X applies to vehicles having a gross weight of 55,000 pounds or more" -> "Does the vehicle have …?";
        "X applies to A, B and C" -> "Is it A?" … (OR)."""
        to = next(x for x in verb.children if x.dep_ == "prep" and x.lower_ == "to")
        obj = next((x for x in to.children if x.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in ("you", "them"):
            return None
        mod = next((x for x in obj.children if x.i > obj.i and (x.dep_ == "relcl" or (
            x.dep_ == "acl" and x.tag_ in ("VBG", "VBN")))), None)
        bounded = _BOUNDED_TO.match(c.text, to.idx + len(to.text))
        if bounded is not None and not _is_person_word(bounded.group("noun")):
            # "The discount applies to orders over £50 placed before 31 December" -> "Is the order over £50?" AND
            # "Was the order placed before 31 December?" (spaCy's parse of such a phrase is unreliable)
            thing = self._the_thing(c, bounded)
            kids = []
            for group in ("bound", "done"):
                if bounded.group(group) is None:
                    continue
                question, negated = write_question(f"{thing} is {bounded.group(group)}", "it", others=self.others) \
                    if group == "bound" else _was_done(thing, bounded.group(group))
                if negated or not usable_question(question):
                    return None
                kids.append(Leaf(question, c.id, c.start + bounded.start(group), c.start + bounded.end(group)))
            return Unit(mk("AND", kids), "IF", self._conclusion(c, 0, len(c.text)), False)
        if mod is not None and not obj.conjuncts:
            sub = [x for x in mod.subtree if x.lower_ not in ("who", "that", "which")]
            who = "you" if _is_person(obj) else "the " + obj.lemma_.lower()
            text = " ".join(x.text for x in sub)
            if mod.tag_ == "VBG" and mod.lemma_ == "have":  # "vehicles having a weight" -> "the vehicle has a weight"
                text = "has " + " ".join(x.text for x in sub[1:])
            elif mod.tag_ == "VBN" and mod.dep_ == "acl":  # "items bought online" -> "Was the item bought online?"
                text = "was " + text  # (and "people employed by …" -> "Were you employed by …?")
            question, negated = write_question(text, who, others=self.others)
            if not usable_question(question):
                return None
            s = c.start + sub[0].idx
            leaf = Leaf(question, c.id, s, c.start + sub[-1].idx + len(sub[-1].text))
            return Unit(mk("NOT", [leaf]) if negated else leaf, "IF", self._conclusion(c, 0, len(c.text)), False)
        m = _INCLUDED.match(c.text, to.idx + len(to.text))
        kids = self._listed_leaves(c, m, 1, "it", max_words=10)
        plan = mk("OR", kids)
        if plan is None or len(kids) < 2:
            return None
        return Unit(plan, "IF", self._conclusion(c, 0, len(c.text)), False)

    def _beneficiary_condition(self) -> Unit | None:
        """Fallback: who a program is for, named as a person noun after "to"/"for" or as the object of
        "help"/"assist"/"serve" ("available to eligible Veterans" -> "Are you an eligible Veteran?")."""
        for c in self._body_clauses():
            for t in self.docs[c.id]:
                # "open to anyone aged 16 to 24 who …": a pronoun the modifiers make a person phrase
                described = t.lower_ in ("anyone", "someone", "everyone", "those") and any(
                    x.dep_ in ("relcl", "acl", "amod", "prep") for x in t.children)
                if not _is_person(t) or (t.pos_ not in ("NOUN", "PROPN") and not described) or t.dep_ == "conj" or any(
                        c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children):  # "your landlord" is someone else
                    continue
                # (not "for company business": a singular noun with no determiner is a mass noun, no one)
                to_for = t.dep_ == "pobj" and t.head.lower_ in ("to", "for") and not (
                    t.tag_ == "NN" and not described
                    and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children))
                helped = t.dep_ == "dobj" and t.head.lemma_ in ("help", "assist", "serve", "support", "compensate",
                                                                # "The law allows authorized patients … to purchase"
                                                                "allow", "permit", "enable", "authorize", "authorise")
                # "helps agricultural producers maintain …": the helped are the subject of the bare infinitive
                helped = helped or (t.dep_ == "nsubj" and t.head.dep_ in ("ccomp", "xcomp") and t.head.tag_ in ("VB", "VBP")
                                    and t.head.head.lemma_ in ("help", "assist", "enable", "allow"))
                # "Program serves primarily American Indian students enrolled in …": spaCy makes the served the
                # subject of the participle that follows them
                helped = helped or (t.dep_ == "nsubj" and t.head.dep_ in ("ccomp", "xcomp") and t.head.tag_ in ("VBN", "VBD")
                                    and t.head.head.lemma_ in ("serve", "help", "assist", "support"))
                if not (to_for or helped):
                    continue
                plan = self._modifier_plan(c, t) if described else self.person_plan(c, t)
                if plan is not None:
                    return self._whole_sentence_unit(plan, "REL", c)
        return None

    # -- whole policy ------------------------------------------------------------------------------------------
    def _bare_requirements(self) -> tuple[Unit | None, set[str]]:
        """A list with no introduction whose every item opens with a base-form verb ("### Parenting Payment
        * have income under the limits * meet residence rules * can't claim before the birth of a child") states
        what you must do: all items hold. An "if" inside an item qualifies that item ("care for a child under 8 if
        you're single") and stays in its question. Returns the unit and the ids of the items it read."""
        items = [c for c in self.clauses if c.kind in ("bullet", "item") and c.parent is None and c.id in self.docs]
        if len(items) < 2 or len(items) != sum(c.kind in ("bullet", "item") for c in self.clauses):
            return None, set()
        if not all(_bare_verb_at(self.docs[c.id][0]) or _NEGATED_MODAL.match(c.text) for c in items):
            return None, set()
        kids = [self.leaf_from_text(c, 0, len(c.text), "you") for c in items]
        if any(k is None for k in kids):
            return None, set()
        return Unit(mk("AND", kids), "REQ", None, False), {c.id for c in items}

    def analyze(self) -> Analysis:
        units: list[Unit] = []
        bare, read = self._bare_requirements()
        if bare is not None:
            units.append(bare)
        for c in self.clauses:
            if c.kind == "heading" or c.id in read:
                continue
            if c.kind in ("bullet", "item") and c.parent is not None and c.parent in self.docs:
                continue  # handled with its introduction
            if _HOURS.match(c.text):
                continue
            others, self.others = self.others, self.others and not self._reader_subject(c)
            units.extend(self.sentence_units(c))
            self.others = others
        heading_conds = [cond for c in self.clauses if c.kind == "heading" for cond in [self._heading_condition(c)]
                         if cond is not None]
        for fallback, note in _FALLBACKS:  # tried in order when no sentence states a condition with a cue
            if units:
                break
            unit = fallback(self)
            if unit:
                units.append(unit)
                self.notes.append("no explicit condition cue; used " + note)
        if not units and heading_conds:  # the heading states the only condition ("## If you're a carer")
            # "### You're from Algeria, Morocco … / You can't get Working Tax Credit.": the body says what follows
            body = next((c for c in self.clauses if c.kind != "heading"), None)
            conclusion = self._conclusion(body, 0, len(body.text)) if body is not None and \
                _HEADED_CONCLUSION.match(body.text) else None
            units.append(Unit(mk("AND", heading_conds), "IF", conclusion,
                              conclusion is not None and conclusion.polarity == "negative"))
            heading_conds = []
            self.notes.append("no condition in the text; used the heading's")
        if not units:
            return Analysis(self.clauses, None, None, self.notes + ["no conditions found"])
        # "If you need to change these settings you can find more information in …": where to read more is no rule;
        # its condition is asked only when nothing else is
        units = [u for u in units if not (u.conclusion and _MORE_INFORMATION.search(u.conclusion.text))] or units
        self.units, self.heading_conds = units, heading_conds
        if self.combine == "first":
            units = units[:1]
        if self.focus and len(units) > 1:
            units = [max(units, key=lambda u: (_overlap(self.focus, u), -units.index(u)))]
            self.notes.append("kept the conditions of the conclusion closest to the question")
        main = units[0]
        base_neg = main.negative
        # another sentence counts only when it speaks of the same conclusion ("You can claim in advance … You won't
        # usually get any money before you move": the second is about the money, not the claim)
        same = [u for u in units if u is main or _same_topic(main.conclusion, u.conclusion)]
        suff = [u.plan for u in same if u.kind in ("IF", "REL") and u.negative == base_neg]
        req = [u.plan for u in same if u.kind == "REQ" and u.negative == base_neg]
        opposite = [u.plan for u in same if u.negative != base_neg and not (base_neg and u.kind == "REQ")]
        # a heading's condition ("## If you're self-employed") only frames the section: the body's conditions
        # are the ones asked (the heading is used above when the body states none)
        plan = mk("AND", [mk("OR", suff)] + req + [mk("NOT", [p]) for p in opposite])
        # "You can't get tax credits if you're subject to immigration control. You'll still need to meet the other
        # rules": what the positive outcome requires, unmet, is one more way the negative conclusion holds
        unmet = [mk("NOT", [u.plan]) for u in same if base_neg and not u.negative and u.kind == "REQ"]
        if unmet:
            plan = mk("OR", [plan] + unmet)
        return Analysis(self.clauses, self._with_conclusion_terms(plan, main.conclusion), main.conclusion, self.notes)

    def _found_in(self, pattern: re.Pattern, clause_id: str | None, start: int | None,
                  end: int | None) -> tuple[re.Match, Clause] | None:
        """``pattern``'s first match in ``[start, end)`` of the policy text (a conclusion's span) and the clause it
        lies in, or None."""
        clause = next((c for c in self.clauses if c.id == clause_id), None)
        if clause is None or start is None or end is None:
            return None
        m = pattern.search(self.text, start, end)
        return (m, clause) if m is not None else None

    def _service_leaf(self, clause_id: str | None, start: int | None, end: int | None) -> Leaf | None:
        """The length of service a conclusion is granted after ("… after 12 months of continuous service" ->
        "Do you have at least 12 months of continuous service?"), read in ``[start, end)`` of the policy text."""
        found = self._found_in(_SERVICE_AFTER, clause_id, start, end)
        if found is None:
            return None
        m, clause = found
        question = f"Do you have at least {m.group('n')} {m.group('unit')} of {m.group('what')}?"
        return Leaf(question, clause.id, m.start("n"), m.end("what"))

    def _window_leaf(self, clause_id: str | None, start: int | None, end: int | None) -> Plan | None:
        """The time a permission lasts, named in its conclusion ("Customers can return items within 30 days of
        purchase, provided …" -> NOT("Has it been more than 30 days since purchase?"))."""
        # ("Customers can return unused items within 28 days for a full refund": a return runs from the purchase)
        found = self._found_in(_WITHIN_OF, clause_id, start, end) or self._found_in(_RETURN_WITHIN, clause_id, start, end)
        if found is None:
            return None
        m, clause = found
        return mk("NOT", [Leaf(_window_question(m), clause.id, m.start("n"), _window_end(m))])

    def _death_leaf(self, clause_id: str | None, start: int | None, end: int | None) -> Plan | None:
        """The death a conclusion is granted on ("Employees are entitled to paid bereavement leave of up to 5 days
        on the death of a close family member" -> "Has a close family member died?")."""
        found = self._found_in(_ON_DEATH_OF, clause_id, start, end)
        if found is None:
            return None
        m, clause = found
        who = re.sub(r"(?i)^their\b", "your", m.group("who"))  # "… of their partner": the reader's
        return Leaf(f"Has {who} died?", clause.id, m.start("who"), m.end("who"))

    def _cap_leaf(self, clause_id: str | None, start: int | None, end: int | None) -> Plan | None:
        """The most a permission allows ("Members can bring up to two guests per visit" -> NOT("Do you bring more
        than two guests per visit?")): it holds while the count is not passed. Only for what the reader brings,
        takes or keeps; what they get ("You could get up to £1,200") caps the benefit, not the reader."""
        found = self._found_in(_CAP, clause_id, start, end) or self._found_in(_CAP_RATE, clause_id, start, end)
        if found is None:
            return None
        m, clause = found
        question, _ = write_question(f"you {m.group('verb')} more than {m.group('n')} {m.group('what')}", "you",
                                     others=self.others)
        if not usable_question(question):
            return None
        return mk("NOT", [Leaf(question, clause.id, m.start("verb"), m.end("what"))])

    def _weight_leaf(self, clause_id: str | None, start: int | None, end: int | None) -> Plan | None:
        """The most a thing a permission allows may weigh ("You can bring one carry-on bag weighing no more than
        10kg" -> "Does the carry-on bag weigh no more than 10kg?")."""
        found = self._found_in(_WEIGHING, clause_id, start, end)
        if found is None:
            return None
        m, clause = found
        *kind, noun = m.group("thing").lower().split()
        return Leaf(f"Does the {' '.join(kind + [_singular(noun)])} weigh {m.group('bound')}?", clause.id,
                    m.start("thing"), m.end("bound"))

    def _clock_leaf(self, clause_id: str | None, start: int | None, end: int | None) -> Plan | None:
        """The time of day a rule holds from or until, named in its conclusion ("Guests under 18 are not allowed in
        the bar after 9pm" -> "Is it after 9pm?")."""
        found = self._found_in(_CLOCK, clause_id, start, end)
        if found is None:
            return None
        m, clause = found
        return Leaf(f"Is it {m.group(0)}?", clause.id, m.start(), m.end())

    def _with_conclusion_terms(self, plan: Plan, conclusion: Conclusion | None) -> Plan:
        """``plan`` and the terms its conclusion is granted on, where it names them: a length of service, the time
        it lasts, a death, the most it allows (in number or weight), the time of day."""
        if conclusion is None:
            return plan
        span = conclusion.clause_id, conclusion.start, conclusion.end
        for term in (self._service_leaf, self._window_leaf, self._death_leaf, self._cap_leaf, self._weight_leaf,
                     self._clock_leaf):
            leaf = term(*span)
            if leaf is not None and not any(x.question == y.question for x in leaves(plan) for y in leaves(leaf)):
                plan = mk("AND", [plan, leaf])
        return plan

    def _capped_permission(self) -> Unit | None:
        """Fallback: "You can borrow up to 10 books at a time." -> NOT("Do you borrow more than 10 books at a
        time?")."""
        for c in self._body_clauses():
            plan = self._cap_leaf(c.id, c.start, c.end) or self._weight_leaf(c.id, c.start, c.end)
            if plan is not None:
                return self._whole_sentence_unit(plan, "IF", c)
        return None

    def _service_length(self) -> Unit | None:
        """Fallback: "You can request flexible working after 26 weeks of employment." -> "Do you have at least 26
        weeks of employment?"."""
        for c in self._body_clauses():
            leaf = self._service_leaf(c.id, c.start, c.end)
            if leaf is not None:
                return self._whole_sentence_unit(leaf, "IF", c)
        return None


# Where to look for a condition when no sentence states one with a cue word, in order, with the note it leaves.
_FALLBACKS = [
    (Analyzer._reader_items, "list items that describe the reader"),
    (Analyzer._subject_condition, "the person named as subject"),
    (Analyzer._included_items, "the kinds a definition includes"),
    (Analyzer._unavailable_for, "the things it is not available for"),
    (Analyzer._restricted_to, "the people it is restricted to"),
    (Analyzer._banned_activity, "the activity it bans"),
    (Analyzer._only_by_means, "the one means it is allowed by"),
    (Analyzer._only_with_those, "the only parties it may go to"),
    (Analyzer._only_things_that, "what the only things it allows bear"),
    (Analyzer._service_length, "the length of service it is granted after"),
    (Analyzer._ban_condition, "what a ban covers and where to"),
    (Analyzer._bounded_thing, "the bound on the things the rule is about"),
    (Analyzer._time_limit, "how long it lasts or stays valid"),
    (Analyzer._scope_condition, "the purpose, place or overlap that scopes the conclusion"),
    # (after the scope: "… up to 2 days per week with your manager's approval" is granted on the approval, and the
    # conclusion's cap is added to it)
    (Analyzer._capped_permission, "the most it allows"),
]

@dataclass(frozen=True)
class _Obligation:
    """A second "<subject> must <verb>" conjoined to a first: its verb, modal and subject."""
    verb: Any
    modal: Any
    subject: Any

    @property
    def left_edge(self):
        return self.verb.left_edge

    @property
    def right_edge(self):
        return self.verb.right_edge


def _second_obligation(head) -> _Obligation | None:
    """The conjoined clause of ``head`` that states its own obligation ("…, or the tenant must provide …")."""
    for c in head.children:
        if c.dep_ != "conj" or c.i < head.i:
            continue
        modal = next((a for a in c.children if a.dep_ == "aux" and a.lower_ in ("must", "shall")), None)
        subj = next((a for a in c.children if a.dep_ in ("nsubj", "nsubjpass") and a.i < c.i), None)
        if modal is not None and subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON"):
            return _Obligation(c, modal, subj)
    return None


# an optional plural ending: "your child(ren) must have a disability", "the applicant(s)"
_OPTIONAL_PLURAL = re.compile(r"(?<=\w)\((?:s|es|ren)\)")


def _for_parser(text: str) -> str:
    """The text spaCy reads: optional plural endings blanked (same length, so offsets hold), since the tagger
    reads "child(ren)" as a noun and a bracketed aside, and loses the sentence's structure."""
    return _OPTIONAL_PLURAL.sub(lambda m: " " * len(m.group()), text)


def _thing_subject(doc, start: int, end: int) -> bool:
    """Whether the main clause in ``[start, end)`` has a thing, not a person, as subject ("Items … cannot be
    returned"), so that "they"/"it" in its conditions mean that thing."""
    subj = _main_subject(doc, start, end)
    # (a "data subject" is a person: the one the data is about)
    data_subject = subj is not None and subj.lemma_.lower() == "subject" and any(
        c.dep_ == "compound" and c.lower_ == "data" for c in subj.children)
    return subj is not None and subj.pos_ == "NOUN" and not _is_person(subj) and not data_subject


_PLACE_NOUNS = frozenset("""country countries area areas place places region regions location locations state states
city cities town towns premises property properties home homes address addresses building buildings site sites office
offices jurisdiction jurisdictions territory territories zone zones land lands farm farms school schools hospital
hospitals facility facilities part parts""".split())


def _place_where(doc, m) -> bool:
    """Whether a "where …" marker opens a relative clause about a place ("in a country where the law allows it",
    "the area where the property is") rather than a condition ("erasure … without undue delay where the personal data
    are no longer necessary")."""
    if not m.group(1).lower().startswith("where"):
        return False
    tok = next((t for t in doc if t.idx == m.start(1)), None)
    if tok is None or tok.head.dep_ != "relcl":
        return False
    return tok.head.head.lower_ in _PLACE_NOUNS


def _without_relative_clauses(text: str, doc, offset: int) -> str:
    """``text`` (at ``offset`` in ``doc``'s text) with the relative clauses on its nouns blanked, so that a "not"
    there does not make the conclusion negative ("The grant is available to students who are not eligible for a
    loan" is a positive rule; "Items that have been opened cannot be returned" stays negative)."""
    if doc is None:
        return text
    chars = list(text)
    for t in doc:
        # only a clause opened by a relative word: spaCy also reads a main clause after an unpunctuated condition
        # ("If your child doesn't have an approved exemption you can't get …") as one
        if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and t.head.i < t.i and \
                t.left_edge.lower_ in ("who", "that", "which", "whose", "whom"):
            for u in t.subtree:
                for k in range(u.idx - offset, u.idx - offset + len(u.text)):
                    if 0 <= k < len(chars):
                        chars[k] = " "
    return "".join(chars)


# things named in the plural or singular alike, referred back to as "it" or "they"
_MASS_THINGS = frozenset("data information equipment software money property".split())


def _named_thing(plan: Plan, subj, clause: Clause, reader: bool = False) -> Plan:
    """``plan`` with "it"/"they" opening a question replaced by the thing ``subj`` names, when they agree in
    number ("Items that have been opened cannot be returned unless they are faulty" -> "Are the items faulty?",
    "Personal data must be deleted when it is no longer needed" -> "Is the personal data no longer needed?")."""
    words = [t.lower_ for t in subj.subtree
             if t.i <= subj.i and t.dep_ in ("poss", "amod", "compound") or t.i == subj.i]
    if not words or any(not w.isalpha() for w in words):
        return plan
    if reader and words[0] == "their":  # the people the rule is for are the reader: "their data" is yours
        words = ["your", *words[1:]]
    name = " ".join(words) if words[0] in ("your", "their", "its", "our") else "the " + " ".join(words)
    mass = subj.lower_ in _MASS_THINGS
    pronoun = r"(?:it|they)" if mass else ("they" if subj.tag_ in ("NNS", "NNPS") else "it")
    opener = re.compile(rf"^((?:Is|Are|Was|Were|Does|Do|Did|Has|Have|Can|Will|Could|Would|Should) ){pronoun}\b")
    # "Library books can be renewed unless another reader has reserved them" -> "… reserved the library books?"
    # (not a singular "it": "… time out if you don't submit your update within 15 minutes of starting it")
    acted_on = re.compile(r"\b(them)(?=\?$)") if subj.tag_ in ("NNS", "NNPS") and not mass else None

    def rename(p: Plan) -> Plan:
        if isinstance(p, Leaf):  # only where the text says "it"/"they" ("except to carry out …" is "Is it to …")
            span = clause.text[p.start - clause.start:p.end - clause.start]
            # "… refundable within 7 days of purchase if unused": an elided subject is the thing too
            # (and where it is: "… unused and in its original packaging")
            elided = (re.fullmatch(r"\s*(?:not\s+)?[a-z-]+(?:\s+[a-z-]+)?\s*[.,;]?\s*", span) is not None or re.match(
                r"\s*(?:in|inside|within|on)\s+(?:its|their|the|a|an)\b", span) is not None) \
                and p.question.startswith("Is it ")
            if elided:
                plural = subj.tag_ in ("NNS", "NNPS") and not mass
                return replace(p, question=("Are " if plural else "Is ") + name + p.question[len("Is it"):])
            # (a conjunct that carried "it" on: "… as long as it is unworn and has its tags attached")
            if re.match(r"\s*(?:it|they)\b", span, re.I) or re.match(r"\s*(?:has|have|is|are|was|were)\b", span):
                return replace(p, question=opener.sub(lambda m: m.group(1) + name, p.question, count=1))
            if acted_on is not None and re.search(r"\bthem\s*[.,;]?\s*$", span) and not opener.match(p.question):
                return replace(p, question=acted_on.sub(name, p.question, count=1))
            return p
        return replace(p, kids=tuple(rename(k) for k in p.kids))

    return rename(plan)


def _phrase_of(subj) -> str:
    """The subject's noun phrase as a question says it: "Dogs" -> "dogs", "EU citizens" kept."""
    said = subj.doc[subj.left_edge.i:subj.i + 1].text
    return said[0].lower() + said[1:] if said[:1].isupper() and not said[1:2].isupper() else said


def _a_thing_named(doc, start: int, end: int) -> str | None:
    """The last singular thing the text in ``[start, end)`` says one must have, named with "a"/"an" ("without a
    follow-up appointment" -> "a follow-up appointment"), for a later "one" to stand for; None if there is none (in
    "charged for a replacement card if you lose one" the one lost is a card, not a replacement)."""
    noun = next((t for t in reversed(doc) if start <= t.idx < end and t.tag_ == "NN" and not _is_person(t)
                 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                 and (t.head.lower_ == "without" or t.dep_ == "dobj" and t.head.lemma_ in ("have", "need", "hold"))),
                None)
    return None if noun is None else doc[noun.left_edge.i:noun.i + 1].text


def _one_named(plan: Plan, name: str) -> Plan:
    """``plan`` with a question ending in "one" ("Do you refuse one?") ending in the thing named instead."""
    if isinstance(plan, Leaf):
        return replace(plan, question=re.sub(r"\bone\?$", name + "?", plan.question))
    return replace(plan, kids=tuple(_one_named(k, name) for k in plan.kids))


def _main_object(doc, start: int, end: int, singular: bool = False):
    """The plural thing (not people) that the main verb within ``[start, end)`` acts on ("accept gifts", "return
    items"), or with ``singular`` the one thing ("return an item"), or None."""
    found = next((t for t in doc if start <= t.idx < end and t.dep_ == "dobj" and (
        t.tag_ == ("NN" if singular else "NNS") or (singular and t.lower_ in _MASS_THINGS))
        and t.head.dep_ == "ROOT" and not _is_person(t)), None)
    if found is not None and singular and found.lemma_.lower() in _ACTS_ON:
        # "request the erasure of their personal data where it is no longer necessary": "it" is the data
        found = next((o for p in found.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), found)
    return found


# what is done to a thing, named as a noun: "it" after "the erasure of your data" is the data
_ACTS_ON = frozenset("erasure deletion destruction disclosure transfer processing correction rectification removal "
                     "copy".split())


def _main_subject(doc, start: int = 0, end: int | None = None):
    """The subject of the main verb within ``[start, end)`` of ``doc``: the last subject before that verb, since
    spaCy reads "Non-residents" as three ("Non", "-", "residents")."""
    end = len(doc.text) if end is None else end
    return next((t for t in reversed(doc) if start <= t.idx < end and t.dep_ in ("nsubj", "nsubjpass")
                 and t.head.dep_ == "ROOT" and t.i < t.head.i), None)


def _excepted_end(doc, m) -> int | None:
    """Where "except <noun phrase>" ends when it qualifies the subject: "All businesses except partnerships must
    file …" excepts "partnerships", and the rest of the sentence is the conclusion again."""
    if m.group(1).lower() != "except":
        return None
    tok = next((t for t in doc if t.idx == m.start()), None)
    if tok is None or tok.dep_ != "prep" or tok.head.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ != "NOUN":
        return None
    last = max(t.i for t in tok.subtree)
    return doc[last].idx + len(doc[last].text)


# a heading that states a condition: "## If you're a carer", "### You live in Algeria or Morocco"
_HEADING_CONDITION = re.compile(r"(?i)(?:if|when)\s|you['’]re\s|you are\s|you have\s|your \w+ (?:is|are|has)\s|"
                                r"you (?:live|work|get|receive|come|were born|own|rent|study)\b")
# the body under such a heading is only its conclusion: "You can't get Working Tax Credit."
_HEADED_CONCLUSION = re.compile(r"(?i)\s*you\s+(?:can(?:['’]?t|not)?|could|may|might|will|won['’]t|must|"
                                r"(?:are|aren['’]t|will be|won['’]t be) (?:not )?(?:eligible|entitled))\b"
                                r"[^.;:]{0,80}\.?\s*$")
# "you must also get another income support payment to be eligible for a crisis payment"
# "… must be over 16 to apply", "… to register for the scheme": what the requirement is for is the conclusion
# (also "before you can claim": "You'll need to have lived in the UK for 2 years before you can claim")
_GOAL = (r"(?:(?:in order\s+)?to|before you can) (?:be eligible|qualify|apply|claim|register|enrol|enroll|join|"
         r"take part|participate|sit|graduate|borrow|buy|book|open|rent|hire|adopt|donate|access|use|enter|drive)\b")
_REQUIRED_TO_QUALIFY = re.compile(r"[\s,]*(?:you|they)\s+(?:must|need to|have to|will need to)\s+(?:also\s+)?"
                                  r"(?P<req>[^.;:]{3,160}?)\s+(?P<goal>" + _GOAL + r"[^.;:]*)[.;:]?\s*$", re.I)
# "To be eligible for SNAP, …", "In order to qualify, …": the goal a requirement after the comma serves
_GOAL_FIRST = re.compile(r"\s*(?P<goal>" + _GOAL + r"[^,.;:]{0,80}),\s*", re.I)
_GOAL_AT_END = re.compile(r"\s+(?P<goal>" + _GOAL + r"[^.;:]*)[.;:]?\s*$", re.I)
# "In order to qualify for this program, you must be an operator of record …": the goal stated first
_QUALIFY_THEN_REQUIRED = re.compile(r"\s*(?P<goal>(?:in order\s+)?to (?:be eligible|qualify)\b[^,.;:]*),\s*"
                                    r"(?:you|they)\s+(?:must|need to|have to|will need to)\s+(?:also\s+)?"
                                    r"(?P<req>[^.;:]{3,160}?)[\s,]*$", re.I)
# a conclusion that only says where to read more
_MORE_INFORMATION = re.compile(r"(?i)\b(?:find|get|read|see)\s+(?:out\s+)?more(?:\s+information|\s+details)?\b|"
                               r"\bmore\s+information\s+(?:is|can be)\b")
# a list item that opens with a negated modal: "can't claim before the birth of a child"
_NEGATED_MODAL = re.compile(r"(?i)(?:can(?:no|['’])t|can not|must(?:n['’]t| not)|do(?:es)?(?:n['’]t| not))\s")
# an item that goes on with a second finite verb of its own
_AND_FINITE = re.compile(r"(?i)\b(?:and|but)\s+(?:(?:the|your|their|his|her|its)\s+)?(?:[\w’']+\s+)?(?:would|will|can|"
                         r"could|may|might|must|has|have|had|did|does|do|is|are|was|were)(?:n['’]t)?\b")
# a second, negated verb phrase in a list item: "have a disability and cannot work"
_AND_NEGATED = re.compile(r"(?i)\b(?:and|but)\s+(?:can(?:not|['’]t|\s+not)|do(?:n['’]t|\s+not)|"
                          r"are(?:n['’]t|\s+not)|"
                          r"have(?:n['’]t|\s+not)|never)\b")
_ENABLING_VERBS = {"give", "grant", "allow", "entitle"}
_ENABLED = {"authority", "access", "right", "permission", "entitlement"}
_ENABLING_LAWS = {"law", "rule", "regulation", "act", "bill", "legislation", "program", "programme", "scheme",
                  "policy", "department", "agency", "government", "service", "system", "process"}
# people for whom "new" is what they are: "New starters are not entitled to …" -> "Are you a new starter?"
_NEWCOMERS = {"starter", "joiner", "recruit", "hire", "employee", "member", "customer", "arrival"}
_NOT_RESTRICTIVE = {"certain", "some", "most", "many", "all", "other", "such", "these", "those", "any", "each",
                    "every", "several", "various", "more", "new", "existing", "current", "only"}
# adjectives that say a rule applies rather than to whom ("eligible Native American Veterans who …")
_VACUOUS_KINDS = {"eligible", "qualifying", "qualified", "entitled", "relevant", "applicable", "authorized",
                  "authorised", "designated", "individual", "certain", "specific", "particular", "small"}
# people of the reader's own whose requirements a list may state ("Your partner must: * …")
_RELATIVES = {"child", "partner", "spouse", "husband", "wife", "son", "daughter", "parent", "baby"}


def _opens_with_subject(doc) -> bool:
    """Whether ``doc`` is a clause that opens with its subject ("they died …", "the patient is present …"), not a
    noun phrase ("an overseas course … that is equal to … and is run by …")."""
    # an aside after a dash is not part of it ("… and they don't have to accept it - they only work when …")
    dash = next((t.i for t in doc if t.text in ("-", "–", "—") and t.i > 0 and doc[t.i - 1].whitespace_), len(doc))
    root = doc[:dash].root
    return root.pos_ in ("VERB", "AUX") and (doc[0].pos_ == "PRON" or doc[0].lower_ in _DEFINITE) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == 0 for c in root.children)


_DEFINITE = {"the", "your", "their", "his", "her", "its", "this", "these"}


def _hyphened(tok) -> list:
    """``tok`` with the words joined to it by hyphens before it ("Indian", "-", "owned")."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and doc[i - 1].tag_ == "HYPH" and not doc[i - 2].is_punct:
        i -= 2
    return list(doc[i:tok.i + 1])


def _names_a_thing_in_capitals(doc) -> bool:
    """ "VAT1A …", "Child Benefit …", "Class 2 National Insurance …": a capitalised name opens the item."""
    words = [t for t in doc[:4] if t.text not in ("'s", "’s")]
    first = words[0]
    return first.pos_ == "PROPN" or bool(re.match(r"[A-Z][A-Z0-9]+\b", first.text)) or (
        first.text[:1].isupper() and len(words) > 1 and words[1].text[:1].isupper() and first.pos_ in ("NOUN", "ADJ"))


# a listed thing that applies under its own condition: "VAT1A if you're …", "inspections (form PHE 86) if the …"
_THING_IF = re.compile(r"^.{2,160}?\s+(?:if|when)\s+(?P<cond>(?:you|your|they|their|it|the)\b.+)$", re.I)
_BENEFIT_LIST = re.compile(r"(?i)\b(?:eligible for|entitled to|(?:can|could|may|might)\s+(?:also\s+)?(?:be able to\s+)?"
                           r"(?:get|claim|receive))\s*:\s*$")
_TITLE_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for|the|to|in|on))*")
_UNITS = r"(?P<unit>days?|weeks?|months?|years?)"
_VALID_FOR = re.compile(r"(?i)\bvalid\s+for\s+(?:up\s+to\s+)?(?P<n>\d+|one|two|three|four|six|twelve)\s+" + _UNITS +
                        r"(?:\s+(?:after|from)\s+(?P<since>(?:the|your|its)\s+[a-z]+(?:\s+[a-z]+)?))?")
# what opens a permission: "may", "can", "is allowed to", "are permitted to" … (not "may not")
_PERMITS = r"\b(?:may|can|could|is allowed to|are allowed to|is permitted to|are permitted to)\s+(?!not\b)"
_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)"
# "… within 14 days of purchase": a window and the event it runs from
_WINDOW = r"within\s+(?P<n>\d+|" + _NUMBER_WORDS + r")\s+" + _UNITS + r"\s+(?:of|after|from)\s+"
_WITHIN_OF = re.compile(r"(?i)" + _PERMITS + r"[^.;:]{3,80}?\s+" + _WINDOW + r"(?P<since>(?:(?:the|your|its)\s+)?[a-z]+"
                        # what it is for may follow: "… within 30 days of delivery for a full refund"
                        r"(?:\s+(?!for\b)[a-z]+)?)(?:\s+for\s+(?:an?\s+|the\s+)?[a-z -]{3,40}?)?\s*[.;]?\s*$")


# "Refunds will only be given within 14 days of purchase (and with proof of purchase)": a passive grant's window
_GIVEN_WITHIN = re.compile(r"(?i)\s*[^.;:]{3,60}?\s(?:will|is|are|can|may)\s+(?:only\s+)?(?:be\s+)?(?:only\s+)?"
                           r"(?:given|issued|made|paid|accepted|available|granted|offered|allowed|processed)\s+"
                           r"(?:only\s+)?" + _WINDOW + r"(?P<since>(?:(?:the|your|its)\s+)?[a-z]+)"
                           r"(?:\s+and\s+(?:only\s+)?with\s+(?P<with>[^.;:]{3,60}?))?\s*[.;]?\s*$")




# "must be at least 18 (to open an account), or 16 with a parent's consent": an age, or a younger one with more
_YOUNGER_WITH = re.compile(r"(?i)\b(?:must|need to|needs to|have to|has to|should)\s+be\s+(?:aged\s+)?(?:at\s+least\s+)?"
                           r"(?P<a>\d{1,2})(?:\s+(?:or\s+(?:over|older)|years\s+old))?(?:\s+to\s+[^,;.]{3,60}?)?,?\s+or\s+"
                           r"(?:aged\s+)?(?:at\s+least\s+)?(?P<b>\d{1,2})(?:\s+(?:or\s+(?:over|older)|years\s+old))?\s+"
                           r"(?:with|if\s+you\s+have)\s+(?P<with>(?:a|an|the|your|their|written|parental)\b[^.;:]{2,60}?)"
                           r"\s*[.;]?\s*$")


# "… on the death of a close family member": the death the conclusion is granted on
_ON_DEATH_OF = re.compile(r"(?i)\b(?:on|upon|after|following|in the event of)\s+the\s+death\s+of\s+"
                          r"(?P<who>(?:a|an|your|their)\s+[a-z -]{3,40}?)\s*(?=[.,;)]|$)")


# "… can bring up to two guests per visit": the most a permission allows of what the reader brings or takes
_CAP = re.compile(r"(?i)\b(?:can|may|are allowed to|is allowed to)\s+(?P<verb>bring|take|carry|borrow|invite|park|"
                  r"store|keep|have|check\s+in|book|rent|hire)\s+up\s+to\s+(?P<n>\d+|" + _NUMBER_WORDS + r")\s+"
                  r"(?P<what>[a-z][a-z ]{2,50}?)(?=\s*(?:[.,;]|$)|\s+(?:following|after|on\s+the|if|when|unless|"
                  r"provided|as\s+long\s+as)\b)")
# "… one carry-on bag weighing no more than 10kg": a thing a permission allows, by its weight
_WEIGHING = re.compile(r"(?i)" + _PERMITS + r"[^.;:]{0,60}?\b(?!(?:one|two|three|four|an?|the|\d+)\b)"
                       r"(?P<thing>[a-z-]+(?:\s+[a-z-]+)?)\s+weighing\s+"
                       r"(?P<bound>(?:no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|less\s+than|under)\s+"
                       r"\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|kilograms?|g|grams?)\b)")
# "… after 9pm", "before 7:30am": a time of day a rule holds from or until
_CLOCK = re.compile(r"(?i)\b(?:after|before)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b")
# "Employees may work from home up to two days a week": how often, at most
_CAP_RATE = re.compile(r"(?i)\b(?:can|may|are allowed to|is allowed to)\s+(?P<verb>[a-z]+(?:\s+[a-z]+){0,3}?)\s+up\s+to\s+"
                       r"(?P<n>\d+|" + _NUMBER_WORDS + r")\s+(?P<what>(?:days?|times?|hours?|nights?|sessions?|shifts?)\s+"
                       r"(?:a|per|each|every)\s+(?:day|week|month|year|term|visit))\b")

# "… can return items within 28 days", with no event named: a return's window runs from the purchase
_RETURN_WITHIN = re.compile(r"(?i)" + _PERMITS + r"(?:[a-z]+\s+){0,3}?(?:return|exchange|refund)\b[^.;:]{0,60}?\s+"
                            r"within\s+(?P<n>\d+|" + _NUMBER_WORDS + r")\s+" + _UNITS + r"(?!\s+(?:of|after|from)\b)")


def _window_question(m: re.Match) -> str:
    """What a :data:`_WITHIN_OF` permission asks: "Has it been more than 30 days since purchase?" (it holds while
    the answer is no); a :data:`_RETURN_WITHIN` one names no event, and a return runs from the purchase."""
    since = m.group("since") if "since" in m.re.groupindex else "purchase"
    return f"Has it been more than {m.group('n')} {m.group('unit')} since {since}?"


def _window_end(m: re.Match) -> int:
    """Where the window a :func:`_window_question` asks ends in the text: after its event, or its unit."""
    return m.end("since") if "since" in m.re.groupindex else m.end("unit")


_FOR_UP_TO = re.compile(r"(?i)^\s*you\s+can\s+[^.;:]{3,80}?\s+for\s+up\s+to\s+(?P<n>\d+)\s+" + _UNITS +
                        r"\s*[.;]?\s*$")
_FOR_THINGS = re.compile(r"(?i)\bfor\s+(?:the\s+following\s+|these\s+|some\s+|certain\s+)?[a-z]+s"
                         r"(?:\s+(?:including|such as|like))?\s*:\s*$"
                         # "You cannot claim expenses for: * alcohol * …"
                         r"|\b(?:claim|pay|charge|refund|reimburse)\s+(?:[a-z]+\s+)?[a-z]+s\s+for\s*:\s*$")
_BAN = re.compile(r"(?i)\bthere(?:['’]s| is) a ban on\s+(?:(?P<verb>exporting|supplying|selling|importing|sending)\s+)?"
                  r"(?P<goods>[^.;:]{3,150}?)\s+(?P<to>to|from|into)\s+(?P<place>[A-Z][^.;:]{1,80}?)\s*[.;]?\s*$")
_BOUNDED_THING = re.compile(r"\b(?:certain|all|any|some)\s+[‘'\"]?(?:[a-z-]+\s+)?(?P<noun>[A-Za-z-]+s)[’'\"]?\s+"
                            r"(?P<bound>(?:over|under|above|below|more than|less than|at least)\s+[$£€]?\d[\d,.]*"
                            r"(?:\s+(?:years?|months?|weeks?|days?|kg|kilograms?|tonnes?|pounds)(?:\s+old)?)?)")
# "… entitled to paid parental leave after 12 months of continuous service", "after 26 weeks' employment"
_SERVICE_AFTER = re.compile(r"\bafter\s+(?P<n>\d+|one|two|three|four|five|six|nine|twelve|eighteen)\s+"
                            r"(?P<unit>weeks?|months?|years?)(?:['’])?\s+(?:of\s+)?(?P<what>(?:continuous\s+|"
                            r"qualifying\s+|unbroken\s+)?(?:service|employment|membership|residence))\b", re.I)
# "Refunds are not available for sale items or gift cards", "Discounts cannot be used on sale items"
_UNAVAILABLE_FOR = re.compile(r"\s*[^,;:]{3,60}?\s(?P<verb>(?:is|are)\s+not\s+|(?:will not|won['’]t) be\s+|"
                              r"(?:isn['’]t|aren['’]t|cannot be|can['’]t be|can not be)\s+)"
                              r"(?P<adj>available|allowed|permitted|accepted|offered|"
                              r"given|payable|refundable|covered|used|valid|claimed)\s+(?:for|on|with|against)\s+"
                              r"(?P<things>[^.;:()]{3,160}?)\s*\.?\s*$", re.I)
# "Refunds are available for faulty items", "A fee of £25 is charged for late payments"
_AVAILABLE_FOR = re.compile(r"\s*[^,;:]{3,60}?\s(?:is|are)\s+(?:only\s+)?(?P<adj>available|payable|charged|given|"
                            r"reimbursed|refunded|offered|refundable|covered|paid|required|needed|mandatory|compulsory)"
                            r"(?:\s+(?:monthly|annually|yearly|weekly|daily|quarterly))?\s+(?:only\s+)?(?:for|on)\s+"
                            r"(?P<things>[^.;:()]{3,160}?)\s*\.?\s*$", re.I)
# "The policy does not cover losses caused by war, terrorism or nuclear contamination", "The warranty covers faults"
# (an amount is a limit, not a kind of thing: "Grants may cover up to 90 percent of development costs")
_COVERS = re.compile(r"\s*[^,;:]{2,60}?\s(?P<adj>(?:(?:does|do|will)\s+not\s+|(?:doesn|don|won)['’]t\s+)"
                     r"(?:cover|pay\s+for)|"
                     r"covers|pays\s+for)\s+(?!up\s+to\b|at\s+least\b|at\s+most\b|[£$€\d])"
                     r"(?P<things>[^.;:()]{3,160}?)\s*\.?\s*$", re.I)
# "… not entitled to sick pay during the first 3 days of absence"
_DURING_FIRST = re.compile(r"\s+during\s+the\s+first\s+(?P<n>\d+|two|three|four|five|six|seven|ten|twelve)\s+"
                           r"(?P<unit>days?|weeks?|months?|years?)\s+of\s+(?P<what>[^.;:,]{2,60}?)\s*[.;]?\s*$", re.I)
# "… unless you choose to", "… if you want to": a choice whose verb phrase is the main clause's
_ELIDED_CHOICE = re.compile(r"\s*you\s+(?P<v>choose|want|wish|agree|decide|opt|ask)\s+to\s*[.,;]?\s*", re.I)
# "Customer data may only be shared with third parties that have signed a data processing agreement"
_ONLY_WITH_THOSE = re.compile(r"\s*[A-Z][^,;:]{2,60}?\s+(?:may|can)\s+only\s+be\s+(?P<verb>[a-z]+ed)\s+(?:with|to)\s+"
                              r"(?P<who>[a-z][a-z -]{2,40}?)\s+(?:that|who|which)\s+(?P<rel>[^.;:]{3,120}?)\s*\.?\s*$")
# "Only vehicles displaying a valid permit may park …", "Only bags with a security tag can be taken …"
_ONLY_THINGS = re.compile(r"\s*only\s+(?P<things>[a-z]+s)\s+(?P<mod>(?:[a-z]+ing|[a-z]+ed|bought|sold|made|with)\s+[^.;:,]{2,80}?)\s+"
                          r"(?:may|can|are\s+allowed\s+to|are\s+permitted\s+to)\s+\w[^.;:]*?\.?\s*$", re.I)
_MEANS = r"(?P<how>through|via|using|by|over|on)\s+(?P<means>[^.;:,]{2,80}?)\s*\.?\s*$"
# "Remote access is permitted only through the company VPN"
_ONLY_THROUGH = re.compile(r"\s*(?P<thing>[A-Z][a-z]*(?:\s+[a-z-]+){0,3}?)\s+(?:is|are)\s+(?:only\s+)?(?:permitted|"
                           r"allowed|possible|available|accepted)\s+only\s+" + _MEANS)
# "You will only be reimbursed for travel by standard class rail", "You can only claim for travel by rail"
_ONLY_FOR_BY = re.compile(r"\s*you\s+(?:will|can|may)\s+only\s+(?:be\s+[a-z]+ed|claim|get\s+paid)\s+for\s+"
                          r"(?P<thing>[a-z-]+(?:\s+[a-z-]+)?)\s+" + _MEANS, re.I)
# "Smoking is prohibited anywhere on the premises", "Using personal devices for work is not permitted"
_BANNED_ACTIVITY = re.compile(r"\s*(?P<act>[A-Z][a-z]+ing\b[^.;:]{0,160}?)\s+(?:is|are|shall\s+be)\s+(?:strictly\s+)?"
                              r"(?:prohibited|forbidden|banned|not\s+allowed|not\s+permitted)"
                              r"(?P<rest>\s+[^.;:,]{2,80}?)?\s*\.?\s*$")
# "Access to the server room is restricted to IT staff and authorised contractors", "Parking is limited to staff"
_RESTRICTED_TO = re.compile(r"\s*(?P<what>[A-Z][^,;:]{2,80}?)\s+(?:is|are)\s+(?:only\s+)?(?:restricted|limited|"
                            r"available\s+only|open\s+only)\s+to\s+(?:only\s+)?(?P<people>[^.;:()]{3,160}?)\s*\.?\s*$")
# "Staff may work from home with their manager's approval", "may disclose it with the written consent of the patient",
# "… up to two days a week, subject to their manager's approval"
_CONSENT = (r"(?P<with>,?\s+(?:with|subject to)\s+)"
            r"(?P<what>(?:(?:the|their|his|her|your|a|an|prior|written|express|explicit|signed)\s+)*"
            r"(?:[\w’'-]+\s+){0,2}?(?:approval|consent|permission|agreement|authori[sz]ation)"
            r"(?:\s+(?:of|from)\s+[^.,;:]{2,60}?)?)")
# "The provider may disclose the records with the written consent of the patient or where …": the consent is one
# ground, what the marker says the other
_CONSENT_OR = re.compile(_CONSENT + r"\s+or\s*$", re.I)
_WITH_CONSENT = re.compile(_PERMITS + r"[^.;:]{3,120}?" + _CONSENT +
                           # "… only with the explicit consent of the data subject or where necessary for …"
                           r"(?:\s+or\s+(?P<alt>(?:where|when|if)\s+[^.;:]{3,100}?))?\s*(?:[.;:,]|$)", re.I)
# "… may use or disclose protected health information for treatment, payment, or health care operations"
_FOR_PURPOSES = re.compile(_PERMITS + r"[^.;:]{3,120}?(?P<for>\s+for\s+)(?:the purposes? of\s+)?"
                           r"(?P<purposes>[a-z][a-z -]{2,40}(?:,\s*[a-z][a-z -]{2,40})*,?\s+or\s+[a-z][a-z -]{2,40})"
                           r"\s*\.?\s*$")

# "… may disclose protected health information … for the purpose of preventing or controlling disease"
_FOR_THE_PURPOSE = re.compile(_PERMITS + r"[^.;:]{3,160}?(?P<for>\s+for\s+)"
                              r"(?P<purpose>the purposes? of\s+[^.;:]{3,100}?)"
                              r"\s*\.?\s*$")


def _head_word(item: str) -> str:
    """The last word of a listed item before what describes it: "items" of "items damaged by the customer", "staff"
    of "staff with a permit", "one" of "one per customer"."""
    head = re.split(r"\s+(?:with|who|whose|that|which|from|in|on|at|of|per|by|for)\s+|\s+[a-z]+ed\b", item.strip())[0]
    return head.split()[-1] if head.split() else ""


def _was_done(thing: str, done: str) -> tuple[str, bool]:
    """The question whether ``done`` (a participle phrase) was done to ``thing``: "Was the item bought online?"."""
    return write_question(f"{thing} was {done}", "it")


def _described_thing(item: str, mass: bool = False) -> str | None:
    """The question for things named with what was done to them ("items bought more than 60 days ago" -> "Was the
    item bought more than 60 days ago?", "damage caused by flooding"), which spaCy reads as a clause ("Did items buy
    …?"; a singular noun only with ``mass``: "time spent working on a ship" is asked "Is it …?"); None for other
    items."""
    doc = nlp()(item)
    if len(doc) < 3 or doc[0].tag_ not in (("NNS", "NN") if mass else ("NNS",)) or doc[1].tag_ not in ("VBN", "VBD") \
            or not doc[0].lemma_:
        return None
    question, negated = _was_done("the " + doc[0].lemma_.lower(), item[doc[1].idx:])
    return None if negated or not usable_question(question) else question


def _from_a_place(m, noun) -> bool:
    """Whether ``m`` is a "from <place>" right after a person ``noun`` ("Visitors from the EU", "Students from
    outside the UK")."""
    return m.dep_ == "prep" and m.lower_ == "from" and m.i == noun.i + 1 and any(
        x.pos_ == "PROPN" for x in m.doc[m.i + 1:m.i + 4])  # (not "from families receiving … (TANF or SSI)")


def _described_list(things: str) -> str | None:
    """One question for things described by a list of causes ("losses caused by war, terrorism or nuclear
    contamination" -> "Was the loss caused by war, terrorism or nuclear contamination?"): the list belongs to the
    description when no later item names plural things as the first does ("items bought online or gift cards" are
    two kinds of thing); None otherwise."""
    items = [item for _, item in _list_items(things)]
    if len(items) < 2 or not re.search(r"\s(?:by|from|during|in)\s", items[0]) or \
            _described_thing(items[0], mass=True) is None:
        return None
    if any(nlp()(item)[-1].tag_ == "NNS" for item in items[1:]):
        return None
    return _described_thing(things, mass=True)


# "you are 60 or over, under 16, or pregnant": things you are, listed with commas
_COMPLEMENT_LIST = re.compile(r"(?:you\s+are|you['’]re)\s+(?P<items>[^,;:]{2,40}(?:,\s*[^,;:]{2,40}){1,5}?,?\s+"
                              r"(?:or|and)\s+[^,;:]{2,40}?)\s*", re.I)
_AMOUNT_COMPLEMENT = re.compile(r"(?:(?:over|under|above|below|aged|at least|more than|less than)\s+)?\d+"
                                r"(?:\s+(?:or\s+(?:over|older|more|under|younger)|years?(?:\s+old)?))?", re.I)


def _complement_kind(item: str) -> str | None:
    """What kind of thing a listed complement of "be" is: "amount" ("60 or over", "under 16"), "person" ("a
    student"), "state" (one adjective: "pregnant"); None for anything else (a clause, a longer phrase)."""
    item = item.strip()
    if _AMOUNT_COMPLEMENT.fullmatch(item):
        return "amount"
    if re.fullmatch(r"(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+)?", item, re.I):
        return "person"
    # one adjective or two ("registered disabled", "not working")
    if re.fullmatch(r"[a-z-]+(?:\s+[a-z-]+)?", item) and item.split()[0].lower() not in (
            "or", "and", "over", "under", "a", "an", "the", "in", "on", "at", "of", "for", "with"):
        return "state"
    return None


_COUPLE_PARTNERS = frozenset(w.split()[0] for w in PARTNER_WORDS)


# what follows a bound's "or" ("60 or over", "£400 or more"): the bound goes on, no second item starts
_BOUND_TAIL = r"(?:over|older|more|under|younger|less|fewer|above|below)\b"


def _list_items(text: str) -> list[tuple[int, str]]:
    """The items of "a, b and c" / "a, b, or c" with where each starts in ``text`` (without its "and"/"or", so
    that a question cites "gift cards", not "or gift cards"); a bound's own "or" joins nothing ("60 or over").

    >>> [item for _, item in _list_items("60 or over, under 16, or pregnant")]
    ['60 or over', 'under 16', 'pregnant']
    >>> [item for _, item in _list_items("loans over $50,000, grants and gifts")]
    ['loans over $50,000', 'grants', 'gifts']
    """
    out = []
    # (a thousands separator is no item separator: "balances above £1,000")
    for m in re.finditer(r"(?:[^,]|,(?=\d{3}\b))+?(?=\s*(?:,(?!\d{3}\b)\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+(?!"
                         + _BOUND_TAIL + r")|$))", text.rstrip(" .")):
        lead = re.match(r"\s*(?:(?:and|or)\s+)?", m.group(0)).end()
        item = m.group(0)[lead:].rstrip()
        if item:
            out.append((m.start() + lead, item))
    return out


# "You may not claim mileage for …", "Employees may not accept gifts worth more than £50", "Staff must not use
# personal email accounts …": the people a rule binds are its reader
_BOUND_PEOPLE = sorted((w for w in PERSON_NOUNS if w.endswith("s") and w not in ("those", "persons")),
                       key=len, reverse=True) + ["staff", "personnel", "people"]
_MAY_NOT = re.compile(r"\s*(?:you|they|(?:all\s+)?(?:" + "|".join(_BOUND_PEOPLE) + r"))"
                      r"(?:(?:\s+(?:are|is)\s+not|\s+aren['’]t|['’]re\s+not)\s+(?:allowed|permitted)\s+to\s+|"
                      r"\s+(?:may\s+not|"
                      # "cannot" bans a use for or on something ("You cannot claim mileage for your commute")
                      r"(?:cannot|can['’]t)(?=[^.;:]*\s(?:for|on)\s|"
                      # or a quantity over a limit ("You cannot carry forward more than 5 days of leave")
                      r"\s+\w+(?:\s+(?:forward|over|back|up))?\s+(?:more\s+than|over|in\s+excess\s+of)\s+\S*\d)|"
                      r"(?<!you )(?<!they )(?:must|shall)\s+not|mustn['’]t)\s+)"
                      # "may not need / be able to / get …" says what might not be so, it bans nothing
                      r"(?!(?:(?:normally|usually|generally)\s+)?(?:be|need|have|get|qualify|receive|want|know|see|"
                      r"affect|matter|work(?!\s+(?:more|over|longer)\b)|apply|always|necessarily)\b)(?=\w)", re.I)
# "… over £100", "… of more than $5,000", "… worth more than £50": the bound after the things a rule is about
_BOUND_WORDS = r"(?:over|under|above|below|more than|less than|at least|exceeding|in excess of)"
# "gifts from suppliers worth more than £25": things, and the bound on their worth at the end of a ban
_WORTH = re.compile(r"\b(?P<noun>[A-Za-z-]+s)\b[^.;:]{0,40}?\s+(?P<bound>(?:worth|valued\s+at|costing)\s+" + _BOUND_WORDS
                    + r"\s+[$£€]\d[\d,.]*)", re.I)
_BOUND_AFTER = (r"\s+(?:of\s+)?(?P<bound>(?:worth\s+|valued at\s+|costing\s+)?" + _BOUND_WORDS
                + r"\s+[$£€]?\d[\d,.]*(?:\s*(?:[a-z]+))?)\s*")
# "Expenses over £100", "All purchases of more than $5,000": things bounded by a number, as a sentence's subject
_BOUNDED_SUBJECT = re.compile(r"\s*(?:(?:all|any|every)\s+)?(?:[a-z-]+\s+)?(?P<noun>[A-Za-z-]+s)" + _BOUND_AFTER, re.I)
# "(applies to) orders over £50 placed before 31 December": bounded things and what was done to them
_BOUNDED_TO = re.compile(r"\s*(?:all\s+|any\s+)?(?P<noun>[A-Za-z-]+s)\s+(?P<bound>(?:worth\s+)?" + _BOUND_WORDS
                         + r"\s+[$£€]?\d[\d,.]*)(?:\s+(?P<done>[a-z]+ed\s[^.;:]{2,80}?))?\s*\.?\s*$", re.I)
# "Any gift worth more than £50", "Each purchase over $5,000": one thing so bounded
_BOUNDED_ONE = re.compile(r"\s*(?:any|every|each)\s+(?:[a-z-]+\s+)?(?P<noun>(?!(?:worth|valued|costing)\b)[A-Za-z-]+)"
                          + _BOUND_AFTER, re.I)


# "Sick leave of more than seven days": a thing measured in time, singular, with its kind ("mod")
_BOUNDED_LENGTH = re.compile(r"\s*(?:(?P<mod>[a-z-]+)\s+)?(?P<noun>[A-Za-z-]+)\s+of\s+(?P<bound>(?:more|longer|less) than\s+"
                             rf"(?:\d+|{_NUMBER_WORDS})\s+(?:hours?|days?|weeks?|months?|years?))\s*", re.I)


def _bounded_subject(text: str, start: int, end: int) -> re.Match | None:
    """The bounded things (or thing) ``text[start:end]`` names, as a match with groups "noun" and "bound"."""
    return _BOUNDED_SUBJECT.fullmatch(text, start, end) or _BOUNDED_ONE.fullmatch(text, start, end) or \
        _BOUNDED_LENGTH.fullmatch(text, start, end)


# "Requests", "All refunds", "Every contract": things a sentence opens with
_THINGS_SUBJECT = re.compile(r"(?:(?:all|any|every|each)\s+)?(?P<noun>[A-Za-z-]+)", re.I)
_OR_BARE_VERB = re.compile(r",?\s+or\s+(?:be|have|get|live|work|study|meet|own|pay|take|use)\b", re.I)
_ELIGIBLE_ONLY = re.compile(r"(?i)^\s*(?:you|they)\s*(?:['’]re|are|['’]ll be|will be)?\s*(?:eligible|entitled)\s*$")
_VACUOUS_PERSONS = {"person", "people", "persons", "individual", "individuals", "anyone", "someone", "everyone",
                    "child", "children", "customer", "customers", "recipient", "recipients", "applicant",
                    "applicants", "claimant", "claimants", "those", "they", "he", "she", "you"} - {"individual", "individuals"}


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*"
_NAMED_PLACES = re.compile(rf"^(?P<head>.*?\b(?:live|lives|living|resident|reside|resides|based|are|is|be|from|in|to)\b"
                           rf"(?:\s+in)?)\s+(?P<names>(?:{_NAME},\s+){{2,}}{_NAME},?\s+or\s+{_NAME})\?$")


def _each_named_place(question: str, clause_id: str, start: int, end: int) -> Plan:
    """One question per place of a list of three or more named places ("Do you live in Cyprus, France, Malta
    or Spain?" -> "Do you live in Cyprus?" OR …, as ShARC's dialogs ask them), all citing the same span."""
    m = _NAMED_PLACES.match(question)
    if m is None:
        return Leaf(question, clause_id, start, end)
    names = [n.strip() for n in re.split(r",\s+(?:or\s+)?|\s+or\s+", m.group("names")) if n.strip()]
    return mk("OR", [Leaf(f"{m.group('head')} {n}?", clause_id, start, end) for n in names])


def _gerund(verb: str) -> str:
    """"move" -> "moving", "ship" -> "shipping", "claim" -> "claiming" (the verbs of the scope patterns)."""
    v = verb.lower()
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", v):  # one short syllable ending consonant: ship, stop
        return v + v[-1] + "ing"
    return v + "ing"


# the other side of a rule's relation to its reader: "the landlord must …" is not asked of you
_COUNTERPARTIES = frozenset(("landlord", "employer", "provider", "lender", "insurer", "seller", "supplier", "trader",
                             "retailer", "controller", "processor", "school", "council"))


def _counterparty(subj) -> bool:
    """Whether a person subject is someone other than the reader: "your employer", "their partner" (a possessive
    says it is someone's), or "the landlord" (a counterparty)."""
    if any(c.dep_ == "poss" and c.lower_ in ("your", "their", "his", "her") for c in subj.children):
        return True
    return subj.lemma_.lower() in _COUNTERPARTIES and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def _singular(word: str) -> str:
    from .words import lemma

    return word[:len(lemma(word.lower()))] if word.lower().endswith("s") else word


def _is_person_word(word: str) -> bool:
    return word.lower() in PERSON_NOUNS or _singular(word).lower() in PERSON_NOUNS


def _is_person(t) -> bool:
    return t.lower_ in PERSON_NOUNS or t.lemma_.lower() in PERSON_NOUNS


def _words(text: str) -> set[str]:
    from .words import content_words

    return set(content_words(text))


def _same_topic(a: Conclusion | None, b: Conclusion | None) -> bool:
    """Whether two conclusions share a content word (either unknown: assume they do)."""
    if a is None or b is None or re.fullmatch(_GOAL, a.text, re.I) or re.fullmatch(_GOAL, b.text, re.I):
        return True  # "to qualify" names no topic: "You must be 16 or over to qualify. You must be 25 or over if …"
    return bool(_words(a.text) & _words(b.text))



def _opens_clause(tok) -> bool:
    """Whether a clause with its own subject starts at ``tok`` ("but *your EAD* has expired")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ in ("poss", "det", "amod", "compound") and tok.head.dep_ in ("nsubj", "nsubjpass") and \
        tok.head.i > tok.i


def _shares_perfect(verb) -> bool:
    """A past form right after "<perfect participle> and" shares its "have" and what follows ("you have lived and
    worked in the UK": spaCy tags "worked" as a past tense), so it continues the condition; with a complement of its
    own ("have lived in the UK and paid tax") it is a second condition."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and head.tag_ == "VBN" and verb.i == head.i + 2 and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)


def _lacked_tokens(without) -> tuple[list, int] | None:
    """The tokens of what ``without`` says is lacking and where its phrase ends, or None."""
    sub = [x for x in without.subtree if x.i > without.i]
    if not sub:
        return None
    end = sub[-1].idx + len(sub[-1].text)
    if len(sub) > 1 and sub[0].pos_ == "ADV" and sub[1].tag_ == "VBG":
        sub = sub[1:]  # "without first getting written permission": the getting is what is lacking
    return sub, end


def _duty_spans(doc, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut before each verb conjoined by "and" to the requirement's first word ("need a receipt |
    must be approved by a director", "have a receipt | be approved …"): one span per duty."""
    head = next((t for t in doc if t.idx >= start and t.tag_ != "MD"), None)
    cuts = [] if head is None else [
        (cc.idx, c.left_edge.idx) for c in head.children if c.dep_ == "conj" and c.tag_ in ("VB", "VBN") and c.idx < end
        for cc in [next((x for x in head.children if x.dep_ == "cc" and x.lower_ == "and" and x.i < c.i), None)]
        if cc is not None]
    spans, pos = [], start
    for cut, nxt in sorted(cuts):
        spans.append((pos, cut))
        pos = nxt
    return spans + [(pos, end)]


def _second_duty(verb) -> bool:
    """A verb conjoined to a modal's own verb, in the same voice, each with its own words: "(must) sign in … and
    wear", "(must be) booked … and approved" (not "must buy and sell goods": one object, one duty)."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VB" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
        # spaCy may hang the second verb off the first one's object: "must wear a helmet and use lights after dark"
        while head.pos_ not in ("VERB", "AUX") and head.head is not head:
            head = head.head
        return head.i < verb.i and head.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in ("must", "shall", "should") for c in head.children)
    if verb.dep_ != "conj" or head.i > verb.i or not any(
            c.dep_ == "aux" and c.lower_ in ("must", "shall", "should") for c in head.children):
        return False
    if not any(head.i < c.i < verb.i and c.dep_ not in ("cc", "punct") for c in head.children):
        return False
    # (spaCy may tag the second participle VBD: "stored below 5°C and used within 3 days")
    return (verb.tag_ == "VB" and head.tag_ == "VB") or (verb.tag_ in ("VBN", "VBD") and _passive_be(head) is not None)


# "Children under 16 need …", "Volunteers aged 16 or 17 require …", "Children under 5 travel free": people within
# an age bound who need or get something (spaCy may read the verb as a noun and find none)
_PEOPLE_NEED = re.compile(r"\s*(?P<who>(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(?P<bound>(?:under|over|aged)\s+\d+"
                          r"(?:\s+(?:or|to)\s+(?:over|under|older|younger|\d+))?)\s+(?:need|needs|require|requires|"
                          r"travel|go|eat|stay|ride|fly|swim|enter|get|pay)\s+\w")


def _shared_verb(first, piece):
    """The verb of the ``first`` piece whose object the verbless ``piece`` continues ("have the right … and at least
    two years' experience"), else None."""
    if any(t.pos_ in ("VERB", "AUX") for t in piece):
        return None
    verb = first[0]
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be":
        return None
    return verb if any(t.dep_ == "conj" and t.head.dep_ == "dobj" and t.head.head.i == verb.i for t in piece) else None


def _after_or(relcl) -> bool:
    """Whether a relative clause follows "or" (", or who …"): an alternative to what came before it."""
    doc, i = relcl.doc, relcl.left_edge.i - 1
    return i >= 0 and doc[i].lower_ == "or"


def _passive_be(verb):
    """The passive "be" of a participle ("be" of "must be booked"), else None."""
    return next((c for c in verb.children if c.dep_ == "auxpass" and c.lemma_ == "be"), None) \
        if verb.tag_ == "VBN" else None


def _own_verb_group(verb) -> bool:
    """A finite verb coordinated with a participle that has its own "be" ("you are entered into the database and
    hold a card"): the "be" is not shared, so the second verb starts a condition of its own."""
    head = verb.head
    return verb.tag_ in ("VB", "VBP", "VBZ", "VBD") and head.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in head.children)


def _relative_clause_continued(relcl):
    """The second verb of a relative clause that spaCy hangs on the main verb: in "available to veterans who served
    at least 90 days … and were discharged …" "were discharged" has no subject of its own, follows the clause
    after "and"/"or", and is past where the main verb is not, so it is said of the veterans."""
    doc, end = relcl.doc, relcl.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].lower_ not in ("and", "or"):
        return None
    verb = next((t for t in doc[end + 2:end + 5] if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.head not in list(relcl.ancestors) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "was", "had", "have")
                                     for c in verb.children)
    return verb if past and relcl.tag_ in ("VBD", "VBN") and verb.head.tag_ not in ("VBD", "VBN") else None


def _second_complement(cc) -> bool:
    """Whether the coordinator ``cc`` joins a second complement of "be" of another kind than the first ("you are
    under 15 years old and the passenger of a motorcycle", "over 18 and a UK resident", "a carer and over 60"):
    two facts, each asked on its own. Complements of one kind ("a carer or a parent") stay together."""
    doc = cc.doc
    conj = next((t for t in doc[cc.i + 1:cc.i + 6] if t.dep_ == "conj"), None)
    be = conj.head if conj is not None else None
    first = None
    if be is not None and be.dep_ in ("acomp", "attr") and be.i < cc.i and conj.tag_ not in ("JJR", "RBR") and \
            conj.lower_ not in ("over", "under", "above", "below"):
        # "over 65 or a student": the second hangs on the first ("24 or older", "$400 or more" are one bound)
        first, be = be, be.head
    before = doc[cc.i - 1] if cc.i > 0 else None
    if conj is not None and conj.pos_ == "ADP" and before is not None and before.pos_ == "ADJ" and \
            before.dep_ == "acomp" and before.head.lemma_ == "be":
        first, be = before, before.head  # spaCy may hang "in its original packaging" elsewhere
    if be is None or be.lemma_ != "be" or be.pos_ != "AUX" or be.i > cc.i:
        return False
    first = first or next((c for c in be.children if c.dep_ in ("acomp", "attr") and c.i < cc.i), None)
    kind = {"NOUN": "noun", "PROPN": "noun", "NUM": "amount", "ADJ": "adj"}
    # "a student or over 65": spaCy makes "over" the second complement, its number its object
    # "unused and in its original packaging": a state and where it is
    second = "amount" if conj.pos_ == "ADP" and any(c.pos_ == "NUM" for c in conj.children) else \
        "place" if conj.pos_ == "ADP" and first is not None and first.pos_ == "ADJ" else kind.get(conj.pos_)
    return first is not None and second is not None and kind.get(first.pos_) != second


def _negated_conjoined_verb(neg) -> bool:
    """Whether "not" (adverbs allowed after it) opens a second, conjoined verb phrase: "… and not further processed"."""
    for t in neg.doc[neg.i + 1:neg.i + 4]:
        if t.pos_ == "ADV":
            continue
        return t.tag_ in ("VBN", "VB") and t.dep_ == "conj"
    return False


def _subject_misread_as_object(tok) -> bool:
    """A noun phrase from ``tok`` up to a finite verb that spaCy left without a subject: the phrase is that verb's
    subject, so a new clause starts ("… an adequacy decision or appropriate safeguards are in place": spaCy reads
    "safeguards" as a second object and "are" as a verb with no subject)."""
    doc = tok.doc
    for t in doc[tok.i:tok.i + 6]:
        if t.pos_ in ("AUX", "VERB") and t.tag_ in ("VBP", "VBZ", "VBD"):
            # the verb says something of its own ("are in place"), unlike a noun misread as a bare verb at the
            # end ("maternity, adoption or paternity leave")
            # spaCy may also give the verb the object before "or" as subject, with this phrase conjoined to it
            # ("has given consent or processing is necessary …": "consent or processing is")
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            glued = bool(subjects) and tok.dep_ == "conj" and tok.head in subjects and tok.head.i < tok.i and \
                not any(c.i >= tok.i for c in subjects)
            return (t.i > tok.i and t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and (not subjects or glued)
                    and any(c.i > t.i and not c.is_punct for c in t.children))
        # ("… Universal Credit and your household income is below £7,400": a possessive opens the phrase)
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and t.dep_ != "compound" and t.tag_ != "PRP$":
            return False
    return False


def _listed_verb(verb) -> bool:
    """One of three or more verb phrases listed with commas: "go back to work, work more hours or earn more money"."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    group = sorted([first, *first.conjuncts], key=lambda t: t.i)
    if len(group) < 3 or not any(t.text == "," for t in verb.doc[group[0].i:group[-1].i]):
        return False
    # one "and"/"or" before the last (not "X and have Y, or are Z"), and each verb with words of its own
    # ("restore, enhance or increase the likelihood …" shares one object: one condition)
    ccs = [t for t in verb.doc[group[0].i:group[-1].i] if t.dep_ == "cc" and t.head in group]  # not "4 or more"
    return len(ccs) == 1 and all(any(c.i > g.i and c.dep_ not in ("cc", "conj", "punct") for c in g.children)
                                 for g in group)


def _bare_verb_at(tok) -> bool:
    """A base-form verb starts here, perhaps after "not" and adverbs ("not already have")."""
    doc, i = tok.doc, tok.i
    while i < len(doc) and (doc[i].lower_ == "not" or doc[i].tag_ == "RB") and i - tok.i < 3:
        i += 1
    return i < len(doc) and doc[i].tag_ in ("VB", "VBP") and doc[i].pos_ in ("VERB", "AUX")


def _overlap(question: str, unit: Unit) -> int:
    """Content words shared by a user question and a unit's conclusion and conditions."""
    text = (unit.conclusion.text if unit.conclusion else "") + " " + " ".join(l.question for l in leaves(unit.plan))
    return len(_words(question) & _words(text))


def analyze(text: str, question: str | None = None) -> Analysis:
    """Cue analysis of a whole policy text; with ``question``, keep only the conclusion it asks about."""
    a = Analyzer(text)
    a.focus = question
    return a.analyze()
