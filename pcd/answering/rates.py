"""The ``rates`` answerer: how often the reader does something, against a rule's most or least per week or month.

Rules cap how often ("Employees may work from home up to two days a week" → "Do you work from home more than two
days a week?", "Members can use the sauna up to 3 times a week"); a scenario says "I work from home on Fridays
only", "twice a week", "every Monday and Tuesday", "I worked from home three days last week". A question bounding
a number of days or times per week (or month, year) is answered from the one sentence that does the same thing (most
of the question's words, by stem) and says how often: "N days a week", "once / twice / N times a week", named
weekdays ("on Fridays", "every Monday and Tuesday": one day each, asked per week) or "N days last / this week".
Anything else abstains. The model had answered "yes" (0.67) to "on Fridays only".

    >>> from pcd.answering.rates import RateAnswerer
    >>> RateAnswerer().answer_batch(["Do you work from home more than two days a week?"],
    ...                             "I work from home on Fridays only.")[0].value
    'no'
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, agreed, each_asked
from pcd.answering.registry import register_answerer
from pcd.answering.text import BOUND_BEFORE, HOLDS, _stem, content_words, number_words_to_digits, sentences
from pcd.answering.types import Answer

__all__ = ["RateAnswerer", "rate_asked", "stated_rate"]

_BOUND = "|".join(f"(?P<b{k}>{words})" for k, (words, _) in enumerate(BOUND_BEFORE))
_PERIOD = r"(?P<period>day|week|month|year)"
_ASKED = re.compile(rf"^(?P<act>.+?)\s+(?:{_BOUND})\s+(?P<n>\d+)\s+(?:days?|times?|nights?|sessions?|shifts?|visits?)\s+"
                    rf"(?:a|per|each|every)\s+{_PERIOD}\b", re.I)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_ONCE = {"once": 1, "twice": 2, "thrice": 3}
_PER = rf"(?:a|per|each|every)\s+{_PERIOD}\b"
_N_A = re.compile(rf"\b(?P<n>\d+)\s+(?:days?|times?|nights?|sessions?|shifts?|visits?)\s+{_PER}", re.I)
_ONCE_A = re.compile(rf"\b(?P<w>once|twice|thrice)\s+{_PER}", re.I)
_IN_A_WEEK = re.compile(r"\b(?P<n>\d+)\s+(?:days?|times?|nights?|sessions?|shifts?)\s+(?:last|this)\s+(?P<period>week|"
                        r"month|year)\b", re.I)
_NAMED_DAYS = re.compile(r"\b(?:on|every)\s+(?P<days>(?:(?:" + "|".join(_WEEKDAYS) + r")s?(?:\s*,\s*|\s+and\s+|\s+or\s+)?)+)",
                         re.I)


def rate_asked(question: str) -> tuple[set[str], str, float, str] | None:
    """(the act's word stems, comparison, bound, period) for a question bounding how often, or None.

    >>> act, *bound = rate_asked("Do you work from home more than two days a week?")
    >>> sorted(act), bound
    (['home', 'work'], ['>', 2.0, 'week'])
    """
    m = _ASKED.match(number_words_to_digits(question.strip()))
    if m is None:
        return None
    k = next(int(name[1:]) for name, v in m.groupdict().items() if name.startswith("b") and v)
    act = {_stem(w) for w in content_words(m.group("act"))} - {"you", "your"}
    return (act, BOUND_BEFORE[k][1], float(m.group("n")), m.group("period").lower()) if act else None


def stated_rate(sentence: str) -> tuple[float, str] | None:
    """(how many, per period) the sentence says something is done; None for none or two.

    >>> stated_rate("I work from home on Fridays only."), stated_rate("I go twice a week.")
    ((1.0, 'week'), (2.0, 'week'))
    >>> stated_rate("I worked from home three days last week."), stated_rate("I work from home.")
    ((3.0, 'week'), None)
    """
    read = number_words_to_digits(sentence)
    found = [(float(m.group("n")), m.group("period").lower()) for m in _N_A.finditer(read)]
    found += [(float(_ONCE[m.group("w").lower()]), m.group("period").lower()) for m in _ONCE_A.finditer(read)]
    found += [(float(m.group("n")), m.group("period").lower()) for m in _IN_A_WEEK.finditer(read)]
    found += [(float(len(set(re.findall("|".join(_WEEKDAYS), m.group("days").lower())))), "week")
              for m in _NAMED_DAYS.finditer(read)]
    return found[0] if len(found) == 1 else None


def _rate_in(sentence: str, act: set[str], period: str) -> float | None:
    """How many times per ``period`` the sentence has the reader do the act (most of its words said), or None."""
    said = {_stem(w) for w in content_words(sentence)}
    if len(act & said) < max(1, round(0.6 * len(act))):
        return None
    rate = stated_rate(sentence)
    return rate[0] if rate is not None and rate[1] == period else None


@register_answerer("rates")
class RateAnswerer(Answerer):
    """Answers how often the reader does something against a most or least per week (month, year), from the one
    sentence saying how often they do it; abstains otherwise."""

    name = "rates"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return each_asked(questions, scenario, rate_asked, lambda q, asked: self._answer(q, *asked, scenario))

    def _answer(self, question: str, act: set[str], cmp: str, bound: float, period: str, scenario: str) -> Answer | None:
        readings = []
        for sent, span in sentences(scenario):
            n = _rate_in(sent, act, period)
            readings.append((None if n is None else HOLDS[cmp](n, bound), sent, span))
        return agreed(question, readings, self.name)
