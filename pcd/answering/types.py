"""Result types and errors of question answering."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Evidence", "Answer", "ConflictingAnswersError", "UnknownAnswererError", "VALUES", "PRIOR_TURN_ANSWERER",
           "DECIDED_CONFIDENCE"]

VALUES = ("yes", "no", "unknown")
PRIOR_TURN_ANSWERER = "history"  # the answerer that takes a prior turn as the answer (pcd.answering.history)
# the confidence of an answer decided by arithmetic or a table from a sentence of the scenario, not by a model
DECIDED_CONFIDENCE = 0.99


@dataclass(frozen=True)
class Evidence:
    """Where an answer came from.

    ``kind``: "scenario" (``text`` is the scenario sentence, ``span`` its (start, end)
    character offsets in the scenario), "history" (``text`` is the prior question,
    ``turn`` its index in the history) or "none".
    """

    kind: str = "none"
    text: str = ""
    span: tuple[int, int] | None = None
    turn: int | None = None


NO_EVIDENCE = Evidence()


@dataclass(frozen=True)
class Answer:
    question: str
    value: str  # "yes" | "no" | "unknown"
    confidence: float
    evidence: Evidence = NO_EVIDENCE
    answerer: str = ""

    def __post_init__(self) -> None:
        if self.value not in VALUES:
            raise ValueError(f"Answer.value must be one of {VALUES}, got {self.value!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"Answer.confidence must be in [0, 1], got {self.confidence!r}")

    @property
    def from_prior_turn(self) -> bool:
        """Whether a prior turn was taken as the answer. A scenario model that read a prior turn's fact
        (:mod:`pcd.answering.reading`) cites that turn but answered by inference: not from a prior turn."""
        return self.answerer == PRIOR_TURN_ANSWERER


class ConflictingAnswersError(ValueError):
    """Two prior answers to the same question disagree."""

    def __init__(self, question: str, first: tuple[int, str, str], second: tuple[int, str, str]):
        self.question = question
        self.first = first
        self.second = second
        super().__init__(f"conflicting prior answers to {question!r}: {self._side(first)} answered {first[2]!r}, "
                         f"{self._side(second)} answered {second[2]!r}")

    @staticmethod
    def _side(side: tuple[int, str, str]) -> str:
        """A history turn as "turn 2 ('Are you retired?')"; an answer given by question id (turn -1) as its
        key, "answers['q1']"."""
        return f"turn {side[0]} ({side[1]!r})" if side[0] >= 0 else side[1]


class UnknownAnswererError(KeyError):
    def __init__(self, name: str, known: list[str]):
        self.name = name
        self.known = known
        super().__init__(f"unknown answerer {name!r}; known answerers: {', '.join(known)}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]
