"""The ``amounts`` answerer: a number of some unit against a rule's bound on the same unit, by arithmetic.

Rules bound things counted in units of their own ("Passwords must be at least 12 characters long", "Bags must
weigh no more than 23 kg", "Essays must be under 3,000 words"); a scenario says "My password is 8 characters long".
A question bounding a number of a unit ("Are passwords at least 12 characters long?") is answered from the one
number the scenario gives of that same unit ("character" ~ "characters", "kg"), when the scenario gives exactly one
(two numbers of it, "8 characters … 14 characters", abstain). Times, ages, money and percentages are left to the
answerers that know them (``durations``, ``elapsed``, ``ages``, ``quantities``, ``measures``), and a question
about the reader needs a first-person sentence ("My sister has 4 children" says nothing of the reader's). The
model had answered "My password is 8 characters long" "yes" at 0.75.

    >>> from pcd.answering.amounts import AmountAnswerer
    >>> a = AmountAnswerer().answer_batch(["Are passwords at least 12 characters long?", "Are you married?"],
    ...                                   "My password is 8 characters long.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('no', 'My password is 8 characters long.', None)
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided, each_asked
from pcd.answering.registry import register_answerer
from pcd.answering.text import BOUND_AFTER, BOUND_BEFORE, HOLDS, STOPWORDS, number_words_to_digits, sentences
from pcd.answering.types import Answer

__all__ = ["AmountAnswerer", "amount_asked"]

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
# ("within 5 metres of the entrance": at most that far; times "within" are the durations answerer's)
_BOUNDS = BOUND_BEFORE + [(r"within", "<=")]
_BOUND = "|".join(f"(?P<b{k}>{words})" for k, (words, _) in enumerate(_BOUNDS))
_AFTER = "|".join(f"(?P<a{k}>{words})" for k, (words, _) in enumerate(BOUND_AFTER))
_ASKED = re.compile(rf"\b(?:{_BOUND})\s+(?P<n>{_NUMBER})\s*(?P<unit>[a-z]+)\b(?:\s+(?:{_AFTER})\b)?", re.I)
_ASKED_AFTER = re.compile(rf"\b(?P<n>{_NUMBER})\s*(?P<unit>[a-z]+)\s+(?:{_AFTER})\b", re.I)
# units other answerers read with more care (times, ages, money, percentages), and words that count no unit
_LEFT_TO_OTHERS = frozenset(
    "second minute hour day week month year night weekend am pm old percent per pound penny pence dollar euro "
    "cent time times".split())
# "Are you smoking within 5 metres …?", "Do you park …?": the act asked of the reader
_READER_ACT = re.compile(r"^\s*(?:are|were|do|did|will)\s+you\s+(?P<verb>[a-z]+)", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our|us|mine)\b", re.I)


def _unit(word: str) -> str:
    """A unit word without its plural ending: "characters" -> "character", "kg" kept."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2].endswith(("ch", "sh", "x", "ss")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


# "Can you compress the attachment to less than 10MB?" asks what could be done, not what a number is
_ABILITY = re.compile(r"^\s*(?:can|could|will|would|may|might)\b", re.I)


def amount_asked(question: str) -> tuple[str, float, str] | None:
    """(comparison, bound, unit) for a question bounding a number of a unit, or None.

    >>> amount_asked("Are passwords at least 12 characters long?"), amount_asked("Is the bag 23 kg or less?")
    (('>=', 12.0, 'character'), ('<=', 23.0, 'kg'))
    >>> amount_asked("Are you over 65?"), amount_asked("Have you worked more than 16 hours a week?")
    (None, None)
    """
    q = number_words_to_digits(question.strip())
    if _ABILITY.match(q):
        return None
    m = _ASKED.search(q)
    cmp = None
    if m is not None:
        after = next((BOUND_AFTER[int(k[1:])][1] for k, v in m.groupdict().items() if k.startswith("a") and v), None)
        before = next(_BOUNDS[int(k[1:])][1] for k, v in m.groupdict().items() if k.startswith("b") and v)
        cmp = before if after is None else None
    else:
        m = _ASKED_AFTER.search(q)
        if m is not None:
            cmp = next(BOUND_AFTER[int(k[1:])][1] for k, v in m.groupdict().items() if k.startswith("a") and v)
    if cmp is None:
        return None
    unit = _unit(m.group("unit"))
    if unit in _LEFT_TO_OTHERS or unit in STOPWORDS or unit.endswith(("ing", "ed")) or len(re.findall(_NUMBER, q)) != 1:
        # ("children under 12 and claiming": no unit follows the number)
        return None
    return cmp, float(m.group("n").replace(",", "")), unit


def _amounts(sentence: str, unit: str) -> set[float]:
    """The numbers of ``unit`` a sentence gives ("8 characters", "a 20-page report": 20 pages)."""
    read = number_words_to_digits(sentence)
    # (a bounded number is a limit restated, not an amount: "it isn't less than 10MB", "up to 20 kg")
    bounded = re.compile(rf"(?:{'|'.join(w for w, _ in _BOUNDS)})\s+$", re.I)
    return {float(m.group("n").replace(",", "")) for m in re.finditer(rf"\b(?P<n>{_NUMBER})[\s-]*(?P<unit>[a-z]+)\b",
                                                                          read, re.I)
            if _unit(m.group("unit")) == unit and not bounded.search(read[:m.start()])}


@register_answerer("amounts")
class AmountAnswerer(Answerer):
    """Answers a bound on a number of a unit ("at least 12 characters") from the one number of that unit the scenario
    gives; abstains otherwise."""

    name = "amounts"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return each_asked(questions, scenario, amount_asked, lambda q, asked: self._answer(q, *asked, scenario))

    def _answer(self, question: str, cmp: str, bound: float, unit: str, scenario: str) -> Answer | None:
        said = [(n, sent, span) for sent, span in sentences(scenario) for n in _amounts(sent, unit)]
        act = _READER_ACT.match(question)
        if act is not None and act.group("verb").lower() not in ("have", "get", "be"):
            # the reader's act must be the sentence's: "I parked 2 metres from the door" is no smoking
            stem = act.group("verb").lower()[:4]
            said = [x for x in said if re.search(rf"\b{stem}", x[1], re.I)]
        about_reader = re.search(r"\b(?:you|your)\b", question, re.I) is not None
        if len({n for n, _, _ in said}) != 1 or (about_reader and not _FIRST_PERSON.search(said[0][1])):
            return None
        n, sent, span = said[0]
        return decided(question, HOLDS[cmp](n, bound), sent, span, self.name)
