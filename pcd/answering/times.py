"""The ``times`` answerer: a time of day or a day of the week against a rule's hours, by arithmetic, not by a model.

Rules set hours ("Taxis can be claimed … if you are travelling after 10pm", "Visiting is between 2pm and 8pm",
"Is it Monday to Friday, between 8:30am and 5pm?"); a scenario says when something happened ("I took a taxi home
at 11pm", "It is Saturday"). A question about the reader or the moment ("Are you travelling after 10pm?", "Is it
between 2pm and 8pm?", "Did you arrive before 9am?") is answered from the one clock time the scenario states
(12-hour "11pm", "9:15 am", "half past ten at night" is not read; 24-hour "23:30"; "midnight", "noon") and the one
weekday it names. Anything else abstains, and the next answerer of the chain decides: two different times, a time
the question's hours do not bound, an hour without am/pm ("at 9"), a question about someone else's hours ("Is the
shop open after 10pm?"). The model read "I took a taxi home at 11pm after the client dinner" as "no" to "Are you
travelling after 10pm?".

    >>> from pcd.answering.times import TimeAnswerer
    >>> a = TimeAnswerer().answer_batch(["Are you travelling after 10pm?", "Is it Monday to Friday?"],
    ...                                 "I took a taxi home at 11pm on Saturday.")
    >>> [x.value for x in a], a[0].evidence.text
    (['yes', 'no'], 'I took a taxi home at 11pm on Saturday.')
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided
from pcd.answering.registry import register_answerer
from pcd.answering.text import sentences
from pcd.answering.types import Answer

__all__ = ["TimeAnswerer", "clock_minutes", "hours_asked"]

_CLOCK = (r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)"
          r"(?!\s*[ap]\.?m)\b|(?P<word>midnight|noon|midday))")
_CLOCK_RE = re.compile(_CLOCK, re.I)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # whole names: "sat", "sun" and "wed" are words too
_DAY_RE = re.compile(rf"\b{_DAY}\b(?!s)", re.I)  # one day, not "Mondays"
# who or what the hours are asked of: the reader ("Are you travelling …", "Did you arrive …") or the moment ("Is it
# …"); not a party ("Is the shop open after 10pm?")
_ASKED_OF = re.compile(r"^(?:(?:are|were|do|did|will|would|have|had)\s+you|(?:is|was)\s+(?:it|this))\b", re.I)


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of the clock time ``text`` names, or None.

    >>> clock_minutes("11pm"), clock_minutes("8:30 a.m."), clock_minutes("23:15"), clock_minutes("noon")
    (1380, 510, 1395, 720)
    >>> clock_minutes("12am"), clock_minutes("12:30pm"), clock_minutes("13pm")
    (0, 750, None)
    """
    m = _CLOCK_RE.fullmatch(text.strip())
    if m is None:
        return None
    return _minutes(m)


def _minutes(m: re.Match, prefix: str = "") -> int | None:
    """Minutes after midnight of the clock time matched by ``_CLOCK`` (its groups named with ``prefix``)."""
    def group(name: str) -> str | None:
        return m.group(prefix + name)
    if group("word"):
        return 0 if group("word").lower() == "midnight" else 720
    if group("h24") is not None:
        return int(group("h24")) * 60 + int(group("m24"))
    h, mins = int(group("h")), int(group("m") or 0)
    if not 1 <= h <= 12 or mins > 59:
        return None
    pm = group("ampm").lower().startswith("p")
    return (h % 12 + (12 if pm else 0)) * 60 + mins


def _day(word: str) -> int:
    low = word.lower()
    return next(i for i, d in enumerate(_DAYS) if d.startswith(low[:3]))


_AFTER = re.compile(rf"\b(?:after|later\s+than|past)\s+{_CLOCK}", re.I)
_BEFORE = re.compile(rf"\b(?P<by>before|earlier\s+than|by)\s+{_CLOCK}", re.I)
_BETWEEN = re.compile(rf"\b(?:between|from)\s+(?P<a>{_CLOCK.replace('?P<', '?P<a_')})\s+(?:and|to|until|till|-)\s+"
                      rf"(?P<b>{_CLOCK.replace('?P<', '?P<b_')})", re.I)
_DAYS_SPAN = re.compile(rf"\b(?P<d1>{_DAY})\s*(?:to|through|until|till|-|–)\s*(?P<d2>{_DAY})\b", re.I)
_WEEKEND = re.compile(r"\b(?:at\s+|on\s+(?:a\s+|the\s+)?)?weekends?\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on\s+(?:a\s+)?)?weekdays?\b", re.I)


def hours_asked(question: str):
    """The test a question sets on (minutes, weekday) — each a function returning True / False, or None where the
    question does not bound that part — or None when the question asks no hours of the reader or the moment.

    >>> t = hours_asked("Is it Monday to Friday, between 8:30am and 5pm?")
    >>> t(600, 1), t(600, 5), t(1080, 2), t(None, 5)
    (True, False, False, False)
    """
    q = question.strip()
    if not _ASKED_OF.match(q):
        return None
    clock = None
    if (m := _BETWEEN.search(q)) is not None:
        lo, hi = _minutes(m, "a_"), _minutes(m, "b_")
        if lo is None or hi is None:
            return None
        clock = (lambda t: lo <= t <= hi) if lo <= hi else (lambda t: t >= lo or t <= hi)  # overnight: 10pm to 6am
    elif (m := _AFTER.search(q)) is not None:
        at = _minutes(m)
        if not at:  # "after midnight" means the small hours, not the whole day
            return None
        clock = lambda t: t > at  # noqa: E731
    elif (m := _BEFORE.search(q)) is not None:
        at, by = _minutes(m), m.group("by").lower() == "by"
        if not at:
            return None
        clock = (lambda t: t <= at) if by else (lambda t: t < at)
    days = None
    if (d := _DAYS_SPAN.search(q)) is not None:
        a, b = _day(d.group("d1")), _day(d.group("d2"))
        days = (lambda w: a <= w <= b) if a <= b else (lambda w: w >= a or w <= b)
    elif _WEEKEND.search(q):
        days = lambda w: w >= 5  # noqa: E731
    elif _WEEKDAY.search(q):
        days = lambda w: w < 5  # noqa: E731
    if clock is None and days is None:
        return None

    def test(minutes: int | None, weekday: int | None) -> bool | None:
        parts = []
        if clock is not None:
            parts.append(None if minutes is None else clock(minutes))
        if days is not None:
            parts.append(None if weekday is None else days(weekday))
        if False in parts:
            return False  # outside one bound is outside the hours, whatever the other
        return None if None in parts else True
    return test


def _stated(scenario: str):
    """(minutes, weekday, sentence, span): the one clock time and the one weekday the scenario states (None for
    either where it states none or several), with the sentence of the first stated."""
    times, days, where = set(), set(), None
    for sent, span in sentences(scenario):
        found = False
        for m in _CLOCK_RE.finditer(sent):
            t = _minutes(m)
            if t is not None:
                times.add(t)
                found = True
        for m in _DAY_RE.finditer(sent):
            days.add(_day(m.group(0)))
            found = True
        if found and where is None:
            where = (sent, span)
    minutes = next(iter(times)) if len(times) == 1 else None
    weekday = next(iter(days)) if len(days) == 1 else None
    return minutes, weekday, where


@register_answerer("times")
class TimeAnswerer(Answerer):
    """Answers questions bounding the time of day or the day of the week from the one time and day the scenario
    states; abstains otherwise."""

    name = "times"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        out: list[Answer | None] = []
        stated = None
        for q in questions:
            test = hours_asked(q) if scenario else None
            if test is None:
                out.append(None)
                continue
            stated = stated or _stated(scenario)
            minutes, weekday, where = stated
            holds = test(minutes, weekday) if where else None
            out.append(decided(q, holds, *where, self.name) if holds is not None else None)
        return out
