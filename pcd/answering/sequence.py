"""The ``sequence`` answerer: whether the reader did one thing before another, from the order a sentence states.

Rules order two acts ("Contractors must sign a non-disclosure agreement before accessing client systems" → "Do you
sign a non-disclosure agreement before accessing client systems?"); a scenario states an order ("I accessed the
client system before signing the NDA", "I signed the NDA after I started", "I logged in without signing it"). The
question's two verbs are found in one scenario sentence, one on each side of "before" / "after" (or the first
after "without"), and the order decides: the asked one first is "yes", the other first — or the asked one done
without — is "no". Verbs match by stem (sign ~ signed ~ signing); anything else abstains. The model had answered the
first "yes" at 0.73.

    >>> from pcd.answering.sequence import SequenceAnswerer
    >>> q = "Do you sign a non-disclosure agreement before accessing client systems?"
    >>> SequenceAnswerer().answer_batch([q], "I accessed the client system before signing the NDA.")[0].value
    'no'
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, agreed, each_asked
from pcd.answering.registry import register_answerer
from pcd.answering.text import sentences
from pcd.answering.types import Answer

__all__ = ["SequenceAnswerer", "order_asked"]

_ASKED = re.compile(r"^(?:do|does|did|have|has)\s+(?:you|they|we|the\s+[a-z]+|[a-z]+s)\s+(?:always\s+)?"
                    r"(?P<first>[a-z]+)\b[^?]*?\s+(?P<order>before|after|prior\s+to)\s+(?P<second>[a-z]+ing)\b",
                    re.I)
_ORDER = re.compile(r"\b(?P<order>before|after|prior\s+to|without)\s+(?:I\s+|we\s+|first\s+)?(?P<verb>[a-z]+)\b", re.I)
_WORD = re.compile(r"[a-z]+", re.I)


def _stem(verb: str) -> str:
    """A verb's stem for matching its forms: "signing", "signed", "signs" -> "sign"; "accessed" -> "access"."""
    v = verb.lower()
    for end in ("ing", "ed", "es", "s"):
        if v.endswith(end) and len(v) - len(end) >= 3 and not (end == "s" and v.endswith("ss")):
            v = v[: -len(end)]
            if len(v) > 3 and v[-1] == v[-2] and v[-1] in "bdgmnprt":  # "submitted" -> "submit"
                v = v[:-1]
            break
    return v.rstrip("e")


def order_asked(question: str) -> tuple[str, str] | None:
    """(stem done first, stem done second) for a question asking whether one act comes before another, or None.

    >>> order_asked("Do you sign a non-disclosure agreement before accessing client systems?")
    ('sign', 'access')
    >>> order_asked("Do you wash your hands after touching raw meat?"), order_asked("Did you apply before May?")
    (('touch', 'wash'), None)
    """
    m = _ASKED.match(question.strip())
    if m is None:
        return None
    a, b = _stem(m.group("first")), _stem(m.group("second"))
    return (b, a) if m.group("order").lower() == "after" else (a, b)


def _said_order(sentence: str, first: str, second: str) -> bool | None:
    """Whether ``sentence`` has ``first`` done before ``second`` (True), after it or without it (False), or None."""
    for m in _ORDER.finditer(sentence):
        said = _stem(m.group("verb"))
        other = second if said == first else first if said == second else None
        if other is None or other not in {_stem(w) for w in _WORD.findall(sentence[:m.start()])}:
            continue
        order = m.group("order").lower()
        if order == "without":  # "I accessed the system without signing the NDA": the first act was not done
            if said == first:
                return False
            continue
        done_first = said if order == "after" else other  # "Y after X": X first; "X before Y": X first
        return done_first == first
    return None


@register_answerer("sequence")
class SequenceAnswerer(Answerer):
    """Answers "Do you <do A> before <doing B>?" from the one order the scenario states between the two acts."""

    name = "sequence"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        def answer(question: str, asked: tuple[str, str]) -> Answer | None:
            return agreed(question, [(_said_order(sent, *asked), sent, span) for sent, span in sentences(scenario)],
                          self.name)

        return each_asked(questions, scenario, order_asked, answer)
