"""The result of evaluating a tree against answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from trees import Question

COMPLIANT, NON_COMPLIANT, UNDETERMINED = "compliant", "non_compliant", "undetermined"
LABELS = {True: COMPLIANT, False: NON_COMPLIANT, None: UNDETERMINED}


@dataclass(frozen=True)
class Evaluation:
    """What the answers say about a tree, and why.

    - ``label``: ``"compliant"`` if the answers force the tree true, ``"non_compliant"``
      if they force it false, else ``"undetermined"`` (decided exactly, by Z3 or by
      truth table: see ``method``).
    - ``kleene_label``: the same by strong-Kleene three-valued logic, which can leave
      undetermined what the exact label decides (``OR(q1, NOT(q1))``), never the reverse.
    - ``justification``: when decided, a minimal set of answered questions (tree
      order) that alone forces the label; each question carries its citation.
    - ``missing``: when undetermined, every minimal set of unanswered questions whose
      answers could decide the label, smallest first, then by the next-question rule.
    - ``next_question``: when undetermined, the question to ask first (see
      :mod:`pcd.evaluator.asking` for the rule); ``expected_questions``: the expected
      number of questions still to ask when that rule is exact, else None.
    - ``answers``: every question id of the tree (tree order) with "yes", "no" or "unknown".
    """

    label: str
    kleene_label: str
    justification: tuple[Question, ...] = ()
    missing: tuple[tuple[Question, ...], ...] = ()
    next_question: Question | None = None
    expected_questions: float | None = None
    answers: Mapping[str, str] = field(default_factory=dict, hash=False)
    method: str = "z3"

    @property
    def decided(self) -> bool:
        return self.label != UNDETERMINED

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (question objects become ids, texts and citations)."""
        return {
            "label": self.label,
            "kleene_label": self.kleene_label,
            "justification": [dict(_question(q), answer=self.answers.get(q.id)) for q in self.justification],
            "missing": [[q.id for q in group] for group in self.missing],
            "next_question": None if self.next_question is None else _question(self.next_question),
            "expected_questions": self.expected_questions,
            "answers": dict(self.answers),
            "method": self.method,
        }


def _question(q: Question) -> dict[str, Any]:
    c = q.citation
    citation = None if c is None else {
        "policy_id": c.policy_id, "clause_id": c.clause_id, "span": [c.start, c.end], "quote": c.quote}
    return {"id": q.id, "text": q.text, "citation": citation}
