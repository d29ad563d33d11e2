"""What a scenario model reads for one question: the scenario, then the user's prior answers about the same thing.

A prior answer that the history answerer could not place (its wording is neither the question's nor a close
paraphrase) is still a fact the user told us: "Are you retired?" — no bears on "Are you not working because
you're retired?". Each prior turn whose content words overlap the question's (content-word F1 at least
:data:`PRIOR_FACT_OVERLAP`) is appended to the scenario as a first-person statement ("I am not retired."), the
form of the synthetic scenarios the cross-encoder was trained on. Turns about other things are left out: a
model shown every prior answer starts answering unrelated questions from them.

Measured end to end on the 1,500 ShARC-train records (`pcd.eval.sharc.evaluate_sharc(split="train")`): micro
65.6 -> 67.0, BLEU-4 56.6 -> 57.7 at overlap 0.5 (0.3: 66.5, 0.4: 66.1, 0.6: 66.6, 0.7: 65.6; all turns,
unfiltered: 66.2 with BLEU-4 55.1). Measured with the answerer's earlier per-tensor int8 rounding.

    >>> r = reading("Are you not working because you're retired?", "I live in Leeds.",
    ...             [("Do you live in England?", "yes"), ("Are you retired?", "no")])
    >>> r.text
    'I live in Leeds. I am not retired.'
    >>> r.source(17, 34), r.source(0, 16)
    ((1, 'Are you retired?'), None)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from pcd.answering.statements import to_statement
from pcd.parsing.words import content_f1

__all__ = ["PRIOR_FACT_OVERLAP", "Reading", "reading", "readings", "prior_fact"]

PRIOR_FACT_OVERLAP = 0.5


@dataclass(frozen=True)
class Reading:
    """``text`` is the scenario (its first ``scenario_end`` characters) followed by prior facts; ``facts`` holds
    (turn index, prior question, start, end) of each appended fact in ``text``."""

    question: str
    text: str
    scenario_end: int
    facts: tuple[tuple[int, str, int, int], ...] = ()

    def source(self, start: int, end: int) -> tuple[int, str] | None:
        """The prior turn (index, question) whose appended fact holds the span ``start:end``, or None when the
        span is in the scenario."""
        for turn, question, a, b in self.facts:
            if start < b and end > a:
                return turn, question
        return None


def prior_fact(question: str, value: str) -> str:
    """A prior (question, yes/no) turn as a statement: "Is it a meal?", "no" -> "It is not a meal."; a question
    the rewriter does not know keeps its answer beside it ("Meal expenses? No.")."""
    return to_statement(question, value) or f"{question.strip()} {value.capitalize()}."


def reading(question: str, scenario: str, history: Sequence[tuple[str, str]] = ()) -> Reading:
    """What the model reads for ``question``: ``scenario`` and the prior turns about the same thing."""
    text = scenario.rstrip() if scenario.strip() else ""  # leading space kept: evidence spans index the scenario
    end = len(text)
    facts = []
    for turn, (prior, value) in enumerate(history):
        if value not in ("yes", "no") or content_f1(question, prior) < PRIOR_FACT_OVERLAP:
            continue
        fact = prior_fact(prior, value)
        start = len(text) + 1 if text else 0
        text = f"{text} {fact}" if text else fact
        facts.append((turn, prior, start, len(text)))
    return Reading(question, text, end, tuple(facts))


def readings(items: Sequence[tuple[Sequence[str], str, Sequence[tuple[str, str]]]]) -> list[list[Reading]]:
    """One :class:`Reading` per question of each (questions, scenario, history) item."""
    return [[reading(q, s, h) for q in qs] for qs, s, h in items]
