"""The ``ages`` answerer: age thresholds decided by arithmetic, not by a model.

A question that only asks whether the reader's age passes a threshold ("Are you over 65?",
"Are you aged 16 or over?", "Are you under the age of 21?", "Are you between 16 and 19?") or
falls in an age word's clear band ("Are you elderly?": yes from 70, no under 55; "an adult",
"a child", "a minor", "a teenager"), or whether the reader has reached the UK State Pension age ("Have you
reached State Pension age?": no under 66, yes from 68, between them it depends on the birth date)
is answered from the one age the scenario states in the first person ("I am 70", "I'm a
45-year-old", "I turned 67 last week"). Anything else — another person's age, two different
ages, a question with more in it than the threshold — abstains, so the next answerer of the
chain decides. Small models are unreliable at number comparison; this is exact and cites the
sentence it read.

    >>> from pcd.answering.ages import AgeAnswerer
    >>> a = AgeAnswerer().answer_batch(["Are you over 65?", "Do you live in Wales?"], "I live in Leeds. I am 70.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('yes', 'I am 70.', None)
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided
from pcd.answering.registry import register_answerer
from pcd.answering.text import number_words_to_digits, sentences
from pcd.answering.types import Answer

__all__ = ["AgeAnswerer", "age_test", "stated_age"]

_YEARS = r"(?:\s+years?(?:\s+old|\s+of\s+age)?)?"
_N = r"(\d{1,3})"
_ABOVE = r"(?:over|older\s+than|above|more\s+than)"
_BELOW = r"(?:under|younger\s+than|below|less\s+than)"
_AGE_OF = r"(?:the\s+age\s+of\s+)?"
# (pattern over the question's body after "are you", the test it stands for)
_TESTS: list[tuple[re.Pattern, Callable[..., Callable[[int], bool | None]]]] = [
    (re.compile(rf"^{_ABOVE}\s+{_AGE_OF}{_N}{_YEARS}$"), lambda n: lambda a: a > n),
    (re.compile(rf"^{_BELOW}\s+{_AGE_OF}{_N}{_YEARS}$"), lambda n: lambda a: a < n),
    (re.compile(rf"^(?:at\s+least|aged\s+at\s+least)\s+{_AGE_OF}{_N}{_YEARS}$"), lambda n: lambda a: a >= n),
    (re.compile(rf"^(?:aged?\s+)?{_N}{_YEARS}\s+or\s+(?:over|older|above|more)$"), lambda n: lambda a: a >= n),
    (re.compile(rf"^(?:aged?\s+)?{_N}{_YEARS}\s+or\s+(?:under|younger|less)$"), lambda n: lambda a: a <= n),
    (re.compile(rf"^(?:at\s+most|no\s+older\s+than)\s+{_N}{_YEARS}$"), lambda n: lambda a: a <= n),
    (re.compile(rf"^(?:aged?\s+)?between\s+{_N}\s+and\s+{_N}{_YEARS}$"), lambda lo, hi: lambda a: lo <= a <= hi),
    (re.compile(rf"^(?:aged?\s+)?{_N}\s+to\s+{_N}{_YEARS}$"), lambda lo, hi: lambda a: lo <= a <= hi),
    (re.compile(rf"^(?:at\s+least\s+{_N}\s+and\s+under\s+{_N}){_YEARS}$"), lambda lo, hi: lambda a: lo <= a < hi),
]
# Age words with a band where the word clearly holds or fails; between them the word is a matter of usage
# ("Is a 62-year-old elderly?"), so the answerer abstains and the model or the user decides.
_ELDERLY_YES, _ELDERLY_NO = 70, 55
_BAND = r"(?:an?\s+)?"
_TESTS += [
    (re.compile(rf"^{_BAND}(?:elderly|senior|senior\s+citizen|older\s+(?:person|adult)|elderly\s+person)$"),
     lambda: lambda a: True if a >= _ELDERLY_YES else False if a < _ELDERLY_NO else None),
    (re.compile(rf"^{_BAND}(?:adult|grown-up)$"), lambda: lambda a: a >= 18),
    (re.compile(rf"^{_BAND}(?:child|minor|juvenile)$"), lambda: lambda a: a < 18),
    (re.compile(rf"^{_BAND}teen(?:ager)?$"), lambda: lambda a: 13 <= a <= 19),
]
# UK State Pension age: 66 for everyone who has reached it since October 2020, rising to 67 for those born from
# April 1960 (reached 2026-2028); 68 is the highest legislated. So no one under 66 has reached it, and everyone of
# 68 has; at 66 or 67 it turns on the birth date, which the answerer does not guess.
_PENSION_AGE_NO, _PENSION_AGE_YES = 66, 68
_TESTS += [
    (re.compile(r"^(?:over|above|at|of|past)\s+(?:the\s+)?state\s+pension\s+age$"),
     lambda: lambda a: True if a >= _PENSION_AGE_YES else False if a < _PENSION_AGE_NO else None),
]
_QUESTION = re.compile(r"^\s*(?:are\s+you\s+(?:now\s+)?(.+?)|have\s+you\s+(?:already\s+)?reached\s+"
                       r"(?P<reached>(?:the\s+|your\s+)?state\s+pension\s+age))\s*\??\s*$", re.I)
_STATED = [
    # "I am 70", "I'm 72 years old, and ...": the number must end the clause, so "I'm 30 hours ..." is no age
    re.compile(r"\bI(?:\s+am|['’]m)\s+(?:now\s+|currently\s+|just\s+|only\s+)?(?:aged\s+)?(\d{1,3})"
               r"(?:\s+years?\s+old|\s+years?\s+of\s+age)?(?=\s*(?:[,;:!?)]|\.(?!\d)|$|(?:and|but|now|right\s+now|so|with)\b))",
               re.I),
    re.compile(r"\bI(?:\s+am|['’]m)\s+an?\s+(\d{1,3})[- ]years?[- ]old\b", re.I),
    re.compile(r"\bI\s+(?:just\s+|recently\s+)?turned\s+(\d{1,3})\b", re.I),
    re.compile(r"\bmy\s+age\s+is\s+(\d{1,3})\b", re.I),
]


def age_test(question: str) -> Callable[[int], bool | None] | None:
    """The age test a question asks, or None when it asks anything else. The test itself returns None for an
    age where the question's word is a matter of usage ("elderly" between 55 and 69).

    >>> age_test("Are you aged 16 or over?")(16), age_test("Is your child under 5?")
    (True, None)
    >>> [age_test("Are you elderly?")(a) for a in (27, 62, 75)], age_test("Are you an adult?")(17)
    ([False, None, True], False)
    >>> [age_test("Have you reached State Pension age?")(a) for a in (60, 66, 70)]
    [False, None, True]
    """
    m = _QUESTION.match(number_words_to_digits(question.replace("’", "'")))
    if not m:
        return None
    # "Have you reached State Pension age?" asks what "Are you of State Pension age?" does
    body = "at state pension age" if m.group("reached") else m.group(1)
    body = re.sub(r"\s+", " ", body.strip().lower())
    for pattern, make in _TESTS:
        t = pattern.match(body)
        if t:
            return make(*(int(g) for g in t.groups()))
    return None


def stated_age(scenario: str) -> tuple[int, str, tuple[int, int]] | None:
    """(age, sentence, span) when the scenario states exactly one first-person age, else None.

    >>> stated_age("I'm a 45-year-old nurse. My son is 12.")[0], stated_age("I am 40. Next year I am 41.")
    (45, None)
    """
    found: dict[int, tuple[str, tuple[int, int]]] = {}
    for sent, span in sentences(scenario):
        read = number_words_to_digits(sent, minimum=10)  # "I am sixty-seven"
        for pattern in _STATED:
            for m in pattern.finditer(read):
                age = int(m.group(1))
                if 0 < age < 125:
                    found.setdefault(age, (sent, span))
    if len(found) != 1:
        return None
    (age, (sent, span)), = found.items()
    return age, sent, span


@register_answerer("ages")
class AgeAnswerer(Answerer):
    """Answers age-threshold questions from a first-person age; abstains on everything else."""

    name = "ages"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        tests = [age_test(q) for q in questions]
        stated = stated_age(scenario) if any(tests) and scenario else None
        if stated is None:
            return [None] * len(questions)
        age, sent, span = stated
        return [decided(q, None if t is None else t(age), sent, span, self.name) for q, t in zip(questions, tests)]

