"""A wrapper that turns a model's unsure answer of one kind into "unknown" for chosen questions.

Used by the regulation packs on their applicability gates: a scenario model's "no" to "is this a
covered entity?" makes a whole provision *not applicable* without anyone being asked, so an unsure
"no" must rather leave the gate open (the check becomes undetermined and asks it).

    >>> from pcd.answering.baselines import MajorityAnswerer
    >>> wrapped = Cautious(MajorityAnswerer("no"), ["Is it a covered entity?"], min_confidence=1.01)
    >>> [a.value for a in wrapped.answer_batch(["Is it a covered entity?", "Other?"], "A story.")]
    ['unknown', 'no']
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from pcd.answering.base import Answerer

__all__ = ["Cautious"]


class Cautious(Answerer):
    """``inner``, except that its ``value`` answers *read from the scenario* to ``questions`` below
    ``min_confidence`` become "unknown" (same evidence and confidence, so the explanation still shows what the
    model leaned to). Answers the user gave (history turns) are never touched, whatever their match score."""

    def __init__(self, inner: Answerer, questions: Iterable[str], *, value: str = "no", min_confidence: float = 0.9):
        self.inner = inner
        self.questions = frozenset(questions)
        self.value = value
        self.min_confidence = min_confidence
        self.name = inner.name

    def answer_many(self, items):
        out = self.inner.answer_many(items)
        return [[replace(a, value="unknown") if self._unsure(a) else a for a in answers] for answers in out]

    def _unsure(self, a) -> bool:
        return (a is not None and not a.from_prior_turn and a.question in self.questions
                and a.value == self.value and a.confidence < self.min_confidence)

    def answer_batch(self, questions, scenario, history=()):
        return self.answer_many([(list(questions), scenario, list(history))])[0]
