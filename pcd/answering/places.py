"""The ``places`` answerer: where the reader lives, decided from a table of places, not by a model.

A question that only asks whether the reader lives in (or is in, or is from) a place or one of a few places
("Do you live in England, Scotland or Wales?", "Are you in Israel?", "Are you from Algeria, Morocco, San Marino or
Tunisia?", "Do you live in an EEA country?") is answered from the one place the scenario states of the reader in
the same sense ("I live alone in Paris", "I'm in Pakistan right now", "I'm from Israel"):

* yes when the stated place lies in a place asked (Paris → France → the EEA; Leeds → England → the United Kingdom);
* no when it lies in none of them and no place asked lies inside it (Paris → "Do you live in Gibraltar?": no;
  ShARC's closed world: a stated residence excludes the others);
* otherwise it abstains and the next answerer of the chain decides: a finer place than the one stated ("I live in
  England" → "Do you live in Leeds?"), a place not in the table (``data/places.json``), two different places
  stated, a question with more in it ("Will you be living in the UK during the qualifying week?"), or the EU / EEA
  asked of a UK place (membership changed in 2020).

Where the reader lives, where they are and where they come from are different facts: "I'm from Israel" answers
"Are you from Israel?", never "Do you live in Israel?"; "I'm in France on holiday" answers "Are you in France?", not
"Do you live in Spain?"; "I live in Leeds" answers both "Do you live in …?" and "Are you in …?". Where the reader
works is a fourth sense ("I'm working in Canada" → "Are you working in the UK?": no), answered only from work. Small models confuse places they were not trained on (ours answered
"I live in Malta" / "Do you live in Malta?" with "unknown"); this is exact and cites the sentence it read.

    >>> from pcd.answering.places import PlaceAnswerer
    >>> a = PlaceAnswerer().answer_batch(["Do you live in France?", "Do you live in Gibraltar?", "Are you over 65?"],
    ...                                  "I live alone in Paris. I work and am attending school.")
    >>> [x.value if x else None for x in a], a[0].evidence.text
    (['yes', 'no', None], 'I live alone in Paris.')
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Sequence

from pcd.answering.base import DECIDED_CONFIDENCE, Answerer, HistoryTurn, decided
from pcd.answering.registry import register_answerer
from pcd.answering.text import sentences
from pcd.answering.types import Answer, Evidence

__all__ = ["PlaceAnswerer", "Places", "asked_places", "stated_place", "load_places", "LIVES", "IN", "FROM", "WORKS"]

LIVES, IN, FROM, WORKS = "lives in", "is in", "comes from", "works in"  # the senses a place is said of the reader


@dataclass(frozen=True)
class Places:
    """The table: canonical names, aliases, what lies within what, and groups of countries."""

    names: dict[str, str]  # lower-cased name or alias -> canonical name
    within: dict[str, str]  # canonical place -> the place containing it
    groups: dict[str, frozenset[str]]  # canonical group -> member places
    unsettled: dict[str, frozenset[str]]  # group -> members whose membership is not to be decided
    pattern: re.Pattern  # any known name, longest first
    countries: frozenset[str] = frozenset()

    def chain(self, place: str) -> list[str]:
        """The place and every place containing it, innermost first: Leeds, England, United Kingdom."""
        out = [place]
        while out[-1] in self.within and len(out) < 8:
            out.append(self.within[out[-1]])
        return out

    def contains(self, outer: str, place: str) -> bool | None:
        """Whether ``place`` lies in ``outer``; None when the table leaves it open."""
        chain = self.chain(place)
        if outer in self.groups:
            if any(p in self.unsettled.get(outer, ()) for p in chain):
                return None
            return any(p in self.groups[outer] for p in chain)
        return outer in chain


@functools.lru_cache(maxsize=1)
def load_places() -> Places:
    """The shipped table (``pcd/answering/data/places.json``), loaded once."""
    data = json.loads(resources.files("pcd.answering").joinpath("data/places.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for name in [*data["countries"], *data["within"]]:
        names[name.lower()] = name
    for alias, name in data["aliases"].items():
        names[alias.lower()] = name
    groups = {}
    for group, spec in data["groups"].items():
        groups[group] = frozenset(spec["members"])
        for alias in [group, *spec["aliases"]]:
            names[alias.lower()] = group
    for word in data["ambiguous"]:
        names.pop(word.lower(), None)
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w-])", re.I)
    unsettled = {g: frozenset(m) for g, m in data.get("unsettled", {}).items()}
    return Places(names, dict(data["within"]), groups, unsettled, pattern, frozenset(data["countries"]))


_Q_LIVES = re.compile(r"^(?:do\s+you\s+(?:currently\s+|now\s+|still\s+)?(?:live|reside)\s+in|are\s+you\s+(?:currently\s+|now\s+)?"
                      r"(?:living\s+in|residing\s+in|resident\s+in|a\s+resident\s+of|based\s+in|(?P<in>in)))\s+"
                      r"(?P<places>.+?)(?:\s+(?:right\s+now|now|currently|at\s+the\s+moment))?\s*\?*\s*$", re.I)
_Q_FROM = re.compile(r"^(?:are\s+you\s+(?:originally\s+)?from|do\s+you\s+come\s+from)\s+(?P<places>.+?)\s*\?*\s*$", re.I)
_Q_WORKS = re.compile(r"^(?:do\s+you\s+(?:currently\s+|now\s+|still\s+)?work|are\s+you\s+(?:currently\s+|now\s+|still\s+)?"
                      r"(?:working|employed))\s+in\s+(?P<places>.+?)(?:\s+(?:right\s+now|now|currently))?\s*\?*\s*$", re.I)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+", re.I)
_ARTICLE = re.compile(r"^(?:either\s+)?(?:the\s+)?", re.I)


def asked_places(question: str) -> tuple[str, list[str]] | None:
    """(sense, places) when the question only asks where the reader lives, is, comes from or works, else None.

    >>> asked_places("Do you live in England, Scotland or Wales?")
    ('lives in', ['England', 'Scotland', 'Wales'])
    >>> asked_places("Are you from Algeria, Morocco, San Marino or Tunisia?")[1][-2:], asked_places("Are you in work?")
    (['San Marino', 'Tunisia'], None)
    >>> asked_places("Are you working in the UK?")
    ('works in', ['United Kingdom'])
    """
    q = question.replace("’", "'").strip()
    m = _Q_LIVES.match(q)
    if m:
        sense = IN if m.group("in") else LIVES
    else:
        m, sense = _Q_FROM.match(q), FROM
        if not m:
            m, sense = _Q_WORKS.match(q), WORKS
        if not m:
            return None
    table = load_places()
    text = m.group("places").strip()
    whole = table.names.get(text.lower()) or table.names.get(_ARTICLE.sub("", text).lower())
    if whole:  # "an EEA country", "Bosnia and Herzegovina", "Trinidad and Tobago": one place, "and" and all
        return sense, [whole]
    out = []
    for part in _LIST_SPLIT.split(text):
        part = part.strip()
        name = table.names.get(part.lower()) or table.names.get(_ARTICLE.sub("", part).lower())
        if not name:
            return None  # something other than a known place: not ours to answer
        out.append(name)
    return (sense, out) if out else None


_ADV = r"(?:(?:currently|now|still|already|also|both|all|permanently|full[- ]time)\s+)?"
_STATED = [
    (LIVES, re.compile(r"\b(?:I|we)(?:\s+|(?=['’]))" + _ADV + r"(?:live|reside|(?:am|['’]m|are)\s+(?:living|residing|based|"
                       r"staying))\s+(?:(?:alone|together|here|with\s+[\w' ]{1,30}?)\s+)?in\s+", re.I)),
    (LIVES, re.compile(r"\b(?:I|we)(?:\s+am|['’]m|\s+are|['’]re)\s+(?:currently\s+|now\s+)?(?:an?\s+)?residents?\s+(?:of|in)\s+",
                       re.I)),
    (LIVES, re.compile(r"\b(?:I|we)\s+(?:have\s+|['’]ve\s+)?(?:just\s+|recently\s+)?moved\s+to\s+", re.I)),
    (IN, re.compile(r"\bI(?:\s+am|['’]m)\s+(?:currently\s+|now\s+)?in\s+(?=[A-Z])", re.I)),
    (LIVES, re.compile(r"\bmy\s+home\s+is\s+in\s+", re.I)),
    (FROM, re.compile(r"\bI(?:\s+am|['’]m)\s+(?:originally\s+)?from\s+", re.I)),
    (FROM, re.compile(r"\bI\s+come\s+from\s+", re.I)),
    # "I'm working in Canada", "I work full-time in Leeds", "I have a job in Spain"
    (WORKS, re.compile(r"\bI(?:\s+|(?=['’]))" + _ADV + r"(?:work|(?:am|['’]m)\s+" + _ADV + r"(?:working|employed)|have\s+a\s+job)"
                       r"\s+" + _ADV + r"in\s+", re.I)),
    (FROM, re.compile(r"\bI(?:\s+am|['’]m)\s+an?\s+[\w\s-]{0,40}?\b(?:man|woman|person|citizen|national|student|"
                      r"lady|guy|girl|boy)\s+from\s+", re.I)),
]


# words that only narrow a place down ("a small place in …, in the south of France", "the city of London")
_FILLER = re.compile(r"(?i:the|an?|small|little|tiny|quiet|big|place|town|village|city|suburbs?|area|region|part|south|"
                     r"north|east|west|southern|northern|eastern|western|central|rural|countryside|of|in|near|just|"
                     r"outside)\s*,?\s+|[A-Z][a-z]+\s*,\s+")  # …or a name the table does not know, then a comma


def _place_at(text: str) -> str | None:
    """The known place ``text`` opens with, passing over words that only narrow it down."""
    table = load_places()
    for _ in range(12):
        place = table.pattern.match(text)
        if place and not re.match(r"[\w-]", text[place.end():place.end() + 1]):
            return table.names[place.group(0).lower()]
        filler = _FILLER.match(text)
        if not filler:
            return None
        text = text[filler.end():]
    return None


def stated_place(scenario: str, sense: str) -> tuple[str, str, tuple[int, int]] | None:
    """(place, sentence, span) when the scenario states exactly one place of the reader in ``sense``.

    >>> stated_place("I'm in Pakistan right now. I was working.", IN)[:2]
    ('Pakistan', "I'm in Pakistan right now.")
    >>> stated_place("I live in Leeds. We moved to Spain.", LIVES) is None  # two places: not decided here
    True
    """
    found: dict[str, tuple[str, tuple[int, int]]] = {}
    for sent, span in sentences(scenario):
        for kind, pattern in _STATED:
            # where you live also says where you are; where you are ("I'm in France on holiday") is not where you live
            if kind != sense and not (sense == IN and kind == LIVES):
                continue
            for m in pattern.finditer(sent):
                place = _place_at(sent[m.end():])
                if place:
                    found.setdefault(place, (sent, span))
    if len(found) != 1:
        return None
    (place, (sent, span)), = found.items()
    return place, sent, span


# "I don't live in Cyprus", "I moved out of Cyprus ten years ago": where the reader does not live
_DENIED = re.compile(r"\b(?:I|we)\s+(?:(?:do\s+not|don['’]?t|no\s+longer)\s+(?:live|reside)\s+in|(?:have\s+|['’]ve\s+)?"
                     r"(?:moved?|left)\s+(?:out\s+of|away\s+from)|(?:have\s+|['’]ve\s+)?never\s+lived\s+in)\s+", re.I)


def denied_places(scenario: str) -> dict[str, tuple[str, tuple[int, int]]]:
    """Places the scenario says the reader does not live in, each with its sentence and span.

    >>> list(denied_places("I dont live in Cyprus, and Ive never been to France"))
    ['Cyprus']
    """
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    for sent, span in sentences(scenario):
        for m in _DENIED.finditer(sent):
            place = _place_at(sent[m.end():])
            if place:
                out.setdefault(place, (sent, span))
    return out


def decide(asked: list[str], place: str) -> bool | None:
    """yes (True) when ``place`` lies in one of ``asked``; no (False) when it lies in none and none lies in it;
    None when the table leaves it open."""
    table = load_places()
    inside = [table.contains(a, place) for a in asked]
    if any(v is True for v in inside):
        return True
    if any(v is None for v in inside):
        return None
    # a place asked that lies inside the stated one ("I live in England" -> "Leeds?") is not excluded
    if any(table.contains(place, a) for a in asked):
        return None
    if any(a in table.groups and any(table.contains(place, m) for m in table.groups[a]) for a in asked):
        return None  # "I live in the UK" -> "Great Britain?": part of it may be
    return False


@register_answerer("places")
class PlaceAnswerer(Answerer):
    """Answers where-do-you-live / where-are-you-from questions from the one place stated; abstains otherwise."""

    name = "places"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        out: list[Answer | None] = []
        stated: dict[str, tuple[str, str, tuple[int, int]] | None] = {}
        denied: dict[str, tuple[str, tuple[int, int]]] | None = None  # read once per scenario, when first needed
        for q in questions:
            asked = asked_places(q) if scenario else None
            if asked is None:
                out.append(None)
                continue
            sense, places = asked
            if sense not in stated:
                stated[sense] = stated_place(scenario, sense)
            found = stated[sense]
            if found:
                out.append(decided(q, decide(places, found[0]), found[1], found[2], self.name))
            elif sense == LIVES:
                denied = denied_places(scenario) if denied is None else denied
                out.append(self._only_denied(q, places, denied))
            else:
                out.append(None)
        return out

    def _only_denied(self, question: str, places: list[str],
                     denied: dict[str, tuple[str, tuple[int, int]]]) -> Answer | None:
        """No place stated, some ``denied`` ("I don't live in Cyprus"): a place denied is "no"; any other is unknown,
        said here so that no model guesses "no" by the closed world a stated residence would license."""
        if not denied:
            return None
        table = load_places()
        hits = [next((d for d in denied if table.contains(d, p)), None) for p in places]
        if all(hits):
            sent, span = denied[hits[0]]
            return decided(question, False, sent, span, self.name)
        return Answer(question, "unknown", DECIDED_CONFIDENCE, Evidence("scenario", *denied[next(iter(denied))]),
                      self.name)
