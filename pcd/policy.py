"""A parsed policy: its clauses, the yes/no questions they raise, and the expression tree.

    >>> from pcd.policy import parse_policy
    >>> p = parse_policy("You can get the grant if you're over 65 and you live in Wales.")
    >>> p.linear
    'AND(q1, q2)'
    >>> [q.text for q in p.questions]
    ['Are you over 65?', 'Do you live in Wales?']
    >>> p.conclusion.text, p.conclusion.polarity
    ('You can get the grant', 'positive')
    >>> parse_policy("Telephone: 0300 123 1142").status
    'no_conditions'
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

import trees
from trees import Node, Question

from .errors import PcdError

__all__ = ["Clause", "Conclusion", "Policy", "PolicyParseError", "NO_CONDITIONS", "PARSED", "parse_policy"]

PARSED = "parsed"
NO_CONDITIONS = "no_conditions"


class PolicyParseError(PcdError):
    """The policy text cannot be parsed: bad input, unknown backend, or beyond the tree bounds."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A unit of the policy's structure: a heading, list item or sentence.

    ``id`` is stable and readable: ``heading 1``, ``sentence 2``, ``bullet 3``, ``(a)(1)``, ``2.``.
    ``[start, end)`` is a span of the policy text; ``text`` is exactly ``policy.text[start:end]``.
    """

    id: str
    kind: str  # "heading" | "sentence" | "bullet" | "item"
    start: int
    end: int
    text: str
    parent: str | None = None  # the clause that introduces a list item, if any

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "span": [self.start, self.end], "text": self.text,
                "parent": self.parent}


@dataclass(frozen=True, slots=True)
class Conclusion:
    """What the conditions guard: "you can get X" (positive) or "you must not disclose Y" (negative)."""

    text: str
    polarity: Literal["positive", "negative"]
    clause_id: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        span = None if self.start is None else [self.start, self.end]
        return {"text": self.text, "polarity": self.polarity, "clause_id": self.clause_id, "span": span}


@dataclass(frozen=True)
class Policy:
    """The result of :func:`parse_policy`.

    ``status`` is ``"parsed"`` (``tree`` holds the condition of the conclusion) or
    ``"no_conditions"`` (the text states no condition: ``tree`` is None, ``questions`` empty).
    """

    text: str
    policy_id: str
    clauses: tuple[Clause, ...]
    questions: tuple[Question, ...]
    tree: Node | None
    conclusion: Conclusion | None
    backend: str
    status: str = PARSED
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def has_conditions(self) -> bool:
        return self.tree is not None

    @property
    def linear(self) -> str | None:
        """The tree's linear form (``AND(q1, NOT(q2))``), or None when no condition was found."""
        return None if self.tree is None else trees.dumps(self.tree)

    def clause(self, clause_id: str) -> Clause:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise KeyError(f"no clause {clause_id!r} in policy {self.policy_id!r}")

    def to_dict(self) -> dict[str, Any]:
        """The ``pcd.tree/1`` document of the tree plus ``policy`` (text, clauses, conclusion, status).

        With no condition found, the tree keys (``root``, ``nodes``, ...) are absent.
        """
        doc: dict[str, Any] = trees.to_dict(self.tree) if self.tree is not None else {"schema": trees.SCHEMA_ID}
        doc["policy"] = {
            "id": self.policy_id,
            "status": self.status,
            "backend": self.backend,
            "text": self.text,
            "clauses": [c.to_dict() for c in self.clauses],
            "conclusion": None if self.conclusion is None else self.conclusion.to_dict(),
            "notes": list(self.notes),
        }
        return doc

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def default_policy_id(text: str) -> str:
    """A stable id for a text: ``policy-`` and 10 hex digits of its SHA-1."""
    return "policy-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def parse_policy(text: str, *, policy_id: str | None = None, backend: str = "rules", question: str | None = None,
                 **options: Any) -> Policy:
    """Parse policy text into a :class:`Policy` with the named backend (see ``pcd.parsing.backends``).

    ``question`` (optional) is the user's question: a policy stating several conclusions then
    keeps only the conditions of the conclusion it asks about (``rules``; ``lm`` ignores it).
    ``options`` go to the backend (``max_depth``, ``max_questions``; ``model_dir`` for ``lm``).

    Deterministic for a given input, backend and options. Raises :class:`PolicyParseError`
    on empty, whitespace-only, binary-looking or non-string input, on an unknown backend,
    and when the policy has more conditions than the tree automaton's bounds.
    """
    from .parsing.backends import get_backend
    from .parsing.inputs import check_policy_text

    check_policy_text(text)
    pid = policy_id if policy_id is not None else default_policy_id(text)
    if not isinstance(pid, str) or not pid:
        raise PolicyParseError(f"policy_id must be a non-empty string, got {pid!r}")
    if question is not None and not isinstance(question, str):
        raise PolicyParseError(f"question must be str or None, got {type(question).__name__}")
    return get_backend(backend, **options).parse(text, pid, question=question)
