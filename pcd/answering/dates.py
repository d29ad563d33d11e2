"""The ``dates`` answerer: whether an event happened before or after a date, decided by comparing dates.

A question that asks only whether one event of the reader's, or of their partner's, falls before or after a date
("Were you born on or before 5 August 1953?", "Did your marriage or civil partnership begin before 6 April 2016?",
"Does your course start before 1 August 2016?", "Would your partner have reached State Pension age on or after
6 April 2016?") is answered from the one sentence of the scenario that dates the same event of the same person
("I was born in January 1979.", "I married my husband Bob in the year 2014.", "my class will be starting March 2nd,
2016", "My partner reached pension age on July, 18th 2016"). The event is the same when the sentence holds the
question's verb or the thing it asks about (marriage ~ married, start ~ starting); the person is the same when the
sentence speaks of "I"/"my …" for "you"/"your …", and of "my husband/wife/partner/spouse" for "your partner".

A stated date that is a year or a month is a span: the answer is given only when the whole span lies on one side of
the date asked ("in 2016" against "before 6 April 2016" abstains). Anything else — no dated sentence, two of
them, "they", an event worded differently ("got pension" for "reached State Pension age") — abstains, and the next
answerer of the chain decides. Small models compare dates unreliably; this is exact and cites the sentence.

    >>> from pcd.answering.dates import DateAnswerer
    >>> a = DateAnswerer().answer_batch(["Were you born on or before 5 August 1953?", "Are you married?"],
    ...                                 "I am 39. I was born in January 1979.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('no', 'I was born in January 1979.', None)
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided
from pcd.answering.registry import register_answerer
from pcd.answering.text import MONTH_NAMES, MONTHS, STOPWORDS, sentences
from pcd.answering.types import Answer

__all__ = ["DateAnswerer", "date_test", "dated_events", "stated_span", "stated_spans"]

_MONTH = f"(?:{MONTH_NAMES})"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "6 April 2016", "April 6 2016", "March 2nd, 2016", "July, 18th 2016", "January 1979", "2014"
# a bare year only after "in", "during", "of" or "the year": "I earned 2000 pounds" dates nothing
_DATE = re.compile(rf"(?:{_DAY}\s+)?({_MONTH})\b,?\s*(?:{_DAY},?\s+)?(\d{{4}})\b|"
                   rf"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bof\s)|(?<=\byear\s)|^)((?:19|20)\d\d)\b", re.I)
_PARTNER = r"(?:spouse\s+or\s+civil\s+partner|civil\s+partner|spouse|partner|husband|wife)"  # longest first
_QUESTION = re.compile(
    r"^(?:did|does|do|has|have|had|was|were|is|are|will|would)\s+"
    rf"(?P<subj>you|your\s+(?:{_PARTNER}|\w+\s+or\s+civil\s+partnership|\w+))\s+"
    r"(?:have\s+|be\s+)?(?P<verb>(?!(?:or|and|of)\b)[a-z]+)\b(?P<rest>.*?)\s+"
    r"(?P<cmp>before|after|on\s+or\s+after|on\s+or\s+before|in\s+or\s+after|in\s+or\s+before|by)\s+"
    r"(?P<date>[\w ,]+?)\s*\??$", re.I)


def stated_span(text: str) -> tuple[date, date] | None:
    """The days a date expression covers, first and last: a year, a month of a year, or a day.

    >>> stated_span("6 April 2016"), stated_span("2014")[1]
    ((datetime.date(2016, 4, 6), datetime.date(2016, 4, 6)), datetime.date(2014, 12, 31))
    """
    m = _DATE.fullmatch(text.strip()) or _DATE.search(text)
    if not m:
        return None
    if m.group(5):
        y = int(m.group(5))
        return date(y, 1, 1), date(y, 12, 31)
    day = m.group(1) or m.group(3)
    month, year = MONTHS[m.group(2).lower()], int(m.group(4))
    try:
        if day:
            d = date(year, month, int(day))
            return d, d
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def _stem(word: str) -> str:
    word = word.lower()
    return word[:5] if len(word) >= 5 else re.sub(r"(?<=..)(?:d|s)$", "", word)


def date_test(question: str) -> tuple[str, set[str], object] | None:
    """(person, event stems, test) for a question that asks only when one event happened, else None. ``person``
    is "self" or "partner"; the test takes a (first, last) span and returns True, False or None (undecided)."""
    m = _QUESTION.match(question.replace("’", "'").strip())
    if not m:
        return None
    span = stated_span(m.group("date"))
    if span is None or _DATE.sub("", m.group("date")).strip(" ,"):
        return None  # more after the date than a date
    subj = m.group("subj").lower().split()
    partner = re.fullmatch(rf"your\s+{_PARTNER}", " ".join(subj))
    person = "partner" if partner else "self"
    stems = {_stem(m.group("verb"))}
    if subj[0] == "your" and not partner:
        stems |= {_stem(w) for w in subj[1:] if w not in STOPWORDS}  # "your marriage or civil partnership"
    cmp = re.sub(r"\s+", " ", m.group("cmp").lower()).replace("in or", "on or")  # "in or after" is "on or after"
    first, last = span
    tests = {
        "before": lambda a, b: True if b < first else False if a >= first else None,
        "by": lambda a, b: True if b <= last else False if a > last else None,
        "after": lambda a, b: True if a > last else False if b <= last else None,
        "on or after": lambda a, b: True if a >= first else False if b < first else None,
        "on or before": lambda a, b: True if b <= last else False if a > last else None,
    }
    return person, stems, tests[cmp]


def stated_spans(sentence: str) -> list[tuple[date, date]]:
    """The days each date a sentence states covers ("in 2024", "6 April 2016", "March 2026"), first and last.

    >>> [last.year for _, last in stated_spans("I paid in March 2026 and again on 6 April 2016.")]
    [2026, 2016]
    """
    return [found for m in _DATE.finditer(sentence) for found in [stated_span(m.group(0))] if found]


def dated_events(scenario: str, person: str, stems: set[str]) -> list[tuple[tuple[date, date], str, tuple[int, int]]]:
    """Every (span, sentence, sentence span) where the scenario dates an event with one of ``stems`` said of
    ``person``."""
    out = []
    for sent, span in sentences(scenario):
        low = sent.lower()
        of_partner = bool(re.search(rf"\b(?:my|our)\s+{_PARTNER}\b|\b(?:he|she)\b", low))
        of_self = bool(re.search(r"\b(?:i|we)\b", low))
        if (person == "partner" and not of_partner) or (person == "self" and (not (of_self or "my " in low) or (
                of_partner and not of_self))):
            continue  # another person's event: "My husband died in 2015" says nothing of when you were born
        for m in _DATE.finditer(sent):
            before = re.findall(r"[a-z]+", low[:m.start()])
            if any(_stem(w) in stems for w in before if w not in STOPWORDS):
                found = stated_span(m.group(0))
                if found:
                    out.append((found, sent, span))
    return out


@register_answerer("dates")
class DateAnswerer(Answerer):
    """Answers before/after-a-date questions from the one dated sentence about the same event; abstains otherwise."""

    name = "dates"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        dated = bool(scenario) and _DATE.search(scenario) is not None  # once per scenario, not per question
        out: list[Answer | None] = []
        for q in questions:
            test = date_test(q) if dated else None
            events = dated_events(scenario, test[0], test[1]) if test else []
            if len({e[0] for e in events}) != 1:
                out.append(None)
                continue
            (first, last), sent, span = events[0]
            value = test[2](first, last)
            out.append(decided(q, value, sent, span, self.name))
        return out
