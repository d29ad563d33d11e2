"""The ``elapsed`` answerer: whether more (or less) than a time has passed since an event, decided by arithmetic.

A question that asks how long ago an event was ("Has it been more than 30 days since purchase?", "Has it been more
than 12 months since the payment?", what the parser asks of a permission that lasts "within 30 days of purchase";
"Was the item bought more than 60 days ago?", of things a rule excludes by age; "Have you not logged in for 2
years?", which holds when it was last done longer ago; "Do you complete data protection training every year?", which
holds when it was last done within the year: "I last did the training two years ago" is "no")
is answered from the one scenario sentence that says how long ago the same event was ("I bought a jacket 45 days
ago", "I paid the fee last month", "The decision came 10 days ago") or when it was ("I last did the training in 2024",
"I bought it on 1 November": a date without its year is the latest such day not after today). A date is measured
from today — the machine's date, or the ``today`` the answerer is made with — and decides only when every day it
can mean falls on the same side of the limit ("in 2024" is more than a year ago in 2026, not in 2025). The event is the same when the sentence holds
the question's event word or a verb for it (purchase ~ bought, payment ~ paid). Anything else — no such sentence,
two of them, a time too close to the limit to tell across units ("4 weeks ago" against "one month") — abstains,
and the next answerer of the chain decides. Small models compare times unreliably; this is exact and cites the
sentence it read.

    >>> from pcd.answering.elapsed import ElapsedAnswerer
    >>> a = ElapsedAnswerer().answer_batch(["Has it been more than 30 days since purchase?", "Are you married?"],
    ...                                    "I bought a jacket 45 days ago. I still have the receipt.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('yes', 'I bought a jacket 45 days ago.', None)
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided
from pcd.answering.dates import stated_spans
from pcd.answering.registry import register_answerer
from pcd.answering.text import DAY_MONTH, MONTH_NAMES, MONTHS, UNIT_DAYS, month_day, number_words_to_digits, sentences
from pcd.answering.types import Answer

__all__ = ["ElapsedAnswerer", "days_since", "elapsed_test", "time_ago"]

_QUESTION = re.compile(r"^has it been (?P<cmp>more|less) than (?P<n>\d+) (?P<unit>day|week|month|year)s? since "
                       r"(?:the |your |its )?(?P<event>[a-z][a-z -]{1,40}?)$")
# "Was the item bought more than 60 days ago?": the verb names the event
_WAS_DONE = re.compile(r"^(?:was|were) (?:the |your |its |an? )?[a-z -]{1,30}? (?P<event>[a-z]+) (?P<cmp>more|less) "
                       r"than (?P<n>\d+) (?P<unit>day|week|month|year)s? ago$")
# "Have you not logged in for 2 years?": more than that since it was last done
_NOT_FOR = re.compile(r"^(?:have|has) (?:you|it|they|the [a-z]+) not (?P<event>[a-z]+)(?: (?:in|on|out|up|to|at))? "
                      r"(?:[a-z]+ ){0,3}?(?:for|in) (?:the (?:last|past) )?(?P<n>\d+) (?P<unit>day|week|month|year)s?$")
# "Do you complete data protection training every year?": done within the period, when last done
_EVERY = re.compile(r"^(?:do|does) (?:you|staff|they|the [a-z]+) (?:[a-z]+ )(?:[a-z]+ ){0,4}?(?P<event>[a-z]+) "
                    r"(?:every (?:(?P<n>\d+) )?(?P<unit>day|week|month|year)s?|(?P<per>annually|yearly|monthly|weekly))$")
_PER = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}
# words that make "… ago" other than the last time it was done
_NOT_LAST = re.compile(r"\b(?:first|start(?:ed)?|began|begun|since|every|daily|weekly|regularly|always|usually)\b",
                       re.I)
_AGO = re.compile(r"\b(?P<n>\d+|an?) (?P<unit>day|week|month|year)s? ago\b", re.I)
_LAST = re.compile(r"\b(?:last (?P<unit>week|month|year)|(?P<yesterday>yesterday))\b", re.I)
# verbs that say an event happened without naming it: "I bought a jacket …" is the purchase
_EVENT_VERBS = {"purchase": r"bought|purchased|ordered", "payment": r"paid", "decision": r"decided|ruled",
                "inspection": r"inspected", "delivery": r"delivered|arrived", "application": r"applied",
                "claim": r"claimed", "diagnosis": r"diagnosed", "discovery": r"discovered|found out",
                "breach": r"breached|hacked|leaked", "request": r"requested|asked"}


def elapsed_test(question: str) -> tuple[str, float, bool, str] | None:
    """(event, limit in days, whether "more than" is asked, the unit asked in) for an elapsed-time question, else
    None.

    >>> event, days, more, _ = elapsed_test("Has it been more than 12 months since the payment?")
    >>> event, round(days), more
    ('payment', 365, True)
    >>> elapsed_test("Was the item bought more than 60 days ago?")
    ('bought', 60.0, True, 'day')
    >>> elapsed_test("Have you not logged in for 2 years?")
    ('logged', 730.5, True, 'year')
    """
    m = _read(question)
    return None if m is None else _test_of(m)


def _read(question: str) -> re.Match | None:
    """The match of an elapsed-time question's form ("Has it been …", "Was the item … ago", "Have you not …")."""
    body = number_words_to_digits(re.sub(r"\s+", " ", question.strip().lower())).rstrip(" ?")
    body = re.sub(r"\b(?:one|a)\b (?=(?:day|week|month|year)s?\b)", "1 ", body)
    return _QUESTION.match(body) or _WAS_DONE.match(body) or _NOT_FOR.match(body) or _EVERY.match(body)


def _test_of(m: re.Match) -> tuple[str, float, bool, str]:
    if m.re is _EVERY:  # done every year: it holds while less than a year has passed since it was last done
        unit = m.group("unit") or _PER[m.group("per")]
        return m.group("event").strip(), int(m.group("n") or 1) * UNIT_DAYS[unit], False, unit
    unit = m.group("unit")
    more = "cmp" not in m.re.groupindex or m.group("cmp") == "more"  # "not … for 2 years": more than that
    return m.group("event").strip(), int(m.group("n")) * UNIT_DAYS[unit], more, unit


def time_ago(sentence: str) -> tuple[float, str] | None:
    """How many days ago the sentence says something happened, and the unit it said it in; None for none or two.

    >>> time_ago("I paid the fee three years ago."), time_ago("It arrived yesterday."), time_ago("I live here.")
    ((1095.75, 'year'), (1.0, 'day'), None)
    """
    read = number_words_to_digits(sentence)
    found = [((1 if m.group("n").lower() in ("a", "an") else int(m.group("n"))) * UNIT_DAYS[m.group("unit").lower()],
              m.group("unit").lower()) for m in _AGO.finditer(read)]
    found += [(UNIT_DAYS[unit], unit) for m in _LAST.finditer(read)
              for unit in ["day" if m.group("yesterday") else m.group("unit").lower()]]
    return found[0] if len(found) == 1 else None


# "on 1 November", "on November 1st", "in March": a day or month without its year
_YEARLESS = re.compile(rf"\b(?:on (?:the )?{DAY_MONTH}|in (?P<m3>{MONTH_NAMES}))\b(?!,? \d{{4}})", re.I)


def days_since(sentence: str, today: date) -> tuple[float, float] | None:
    """The fewest and most days before ``today`` that the one date in ``sentence`` can be; None for no date, two
    dates, or a date after today. A date without its year is the latest such day (or month) not after today.

    >>> d = date(2026, 11, 30)
    >>> days_since("I last did the training in 2024.", d), days_since("I bought it on 1 November.", d)
    ((699, 1064), (29, 29))
    >>> days_since("I paid in March 2026.", d), days_since("It starts in 2027.", d), days_since("I live here.", d)
    ((244, 274), None, None)
    """
    spans = stated_spans(sentence)
    yearless = [m for m in _YEARLESS.finditer(sentence)]
    if len(spans) + len(yearless) != 1:
        return None
    if spans:
        first, last = spans[0]
    else:
        m = yearless[0]
        month, day = (MONTHS[m.group("m3").lower()], None) if m.group("m3") else month_day(m)
        year = today.year
        try:
            while date(year, month, day or 1) > today:
                year -= 1
            first = date(year, month, day or 1)
        except ValueError:
            return None
        last = first if day else min(today, date(year, month, calendar.monthrange(year, month)[1]))
    if last > today:
        return None
    return (today - last).days, (today - first).days


def _names_event(sentence: str, event: str) -> bool:
    low = sentence.lower()
    head = event.split()[-1]
    verbs = _EVENT_VERBS.get(head)
    return re.search(rf"\b{re.escape(head[:5])}", low) is not None or (
        verbs is not None and re.search(rf"\b(?:{verbs})\b", low) is not None)


@register_answerer("elapsed")
class ElapsedAnswerer(Answerer):
    """Answers "Has it been more than N days/weeks/months/years since <event>?" (or "Was the <thing> <done> more than
    N … ago?") from the one sentence saying how long ago that event was; abstains on everything else."""

    name = "elapsed"

    def __init__(self, today: date | None = None):
        self.today = today  # None: the machine's date, read at each call

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        out: list[Answer | None] = []
        for q in questions:
            m = _read(q) if scenario else None
            if m is None:
                out.append(None)
                continue
            event, limit, more, asked_unit = _test_of(m)
            named = [(sent, span) for sent, span in sentences(scenario) if _names_event(sent, event)]
            facts = [(ago, sent, span) for sent, span in named for ago in [time_ago(sent)] if ago is not None]
            if not facts:  # no "… ago": a date, measured from today
                out.append(self._dated(q, m, named))
                continue
            if len(facts) != 1:
                out.append(None)
                continue
            (days, unit), sent, span = facts[0]
            if m.re in (_NOT_FOR, _EVERY) and _NOT_LAST.search(sent):
                out.append(None)  # "I first logged in 3 years ago" says nothing of the last time
                continue
            if abs(days - limit) <= 0.1 * limit and unit != asked_unit:
                out.append(None)  # "4 weeks ago" against "one month": too close to tell across units
                continue
            if m.re is _EVERY and not re.search(r"\blast\b", sent, re.I):
                out.append(None)  # "I did the training two years ago" need not be the last time
                continue
            out.append(decided(q, days > limit if more else days < limit, sent, span, self.name))
        return out

    def _dated(self, question: str, m: re.Match, named: list[tuple[str, tuple[int, int]]]) -> Answer | None:
        """The answer from the one sentence that dates the event, when every day the date can mean decides it."""
        event, limit, more, _ = _test_of(m)
        today = self.today or date.today()
        facts = [(ago, sent, span) for sent, span in named for ago in [days_since(sent, today)] if ago is not None]
        if len(facts) != 1:
            return None
        (fewest, most), sent, span = facts[0]
        if m.re in (_NOT_FOR, _EVERY) and (_NOT_LAST.search(sent) or not re.search(r"\blast\b", sent, re.I)):
            return None  # "I did the training in 2024" need not be the last time
        over = fewest > limit, most > limit
        if over[0] != over[1]:
            return None  # "in 2025" against "more than a year": some of its days are, some not
        return decided(question, over[0] if more else not over[0], sent, span, self.name)
