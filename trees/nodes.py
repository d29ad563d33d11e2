"""Immutable expression-tree nodes with structural equality.

A tree is a Boolean formula over yes/no questions::

    >>> from trees import Question, And, Or, Not
    >>> q1, q2 = Question("q1", "Are you over 65?"), Question("q2", "Are you a carer?")
    >>> And(q1, Not(q2)) == And(q1, Not(q2))
    True
    >>> [q.id for q in questions(Or(q1, And(q2, q1)))]
    ['q1', 'q2']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Union


class TreeError(ValueError):
    """A tree, or a text or JSON meant to describe one, is malformed."""


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a question comes from: a clause of a policy and the exact text quoted.

    ``start``/``end`` are a half-open character span ``[start, end)`` into the policy text.
    """

    policy_id: str
    clause_id: str
    start: int
    end: int
    quote: str

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise TreeError(f"citation span [{self.start}, {self.end}) is not a valid span")


@dataclass(frozen=True, slots=True)
class Question:
    """A yes/no question: a leaf of the tree."""

    id: str
    text: str
    citation: Citation | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise TreeError(f"question id must be a non-empty string, got {self.id!r}")


@dataclass(frozen=True, slots=True, init=False)
class _Nary:
    children: tuple["Node", ...]

    def __init__(self, *children: "Node") -> None:
        if len(children) == 1 and isinstance(children[0], (list, tuple)):
            children = tuple(children[0])
        if len(children) < 2:
            raise TreeError(f"{type(self).__name__.upper()} needs at least 2 children, got {len(children)}")
        for child in children:
            _check_node(child)
        object.__setattr__(self, "children", tuple(children))


class And(_Nary):
    """True when every child is true."""

    __slots__ = ()


class Or(_Nary):
    """True when at least one child is true."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Not:
    """True when its child is false."""

    child: "Node"

    def __post_init__(self) -> None:
        _check_node(self.child)

    @property
    def children(self) -> tuple["Node", ...]:
        return (self.child,)


Node = Union[Question, And, Or, Not]
Operator = Union[And, Or, Not]


def _check_node(node: object) -> None:
    if not isinstance(node, (Question, And, Or, Not)):
        raise TreeError(f"a tree node must be a Question, And, Or or Not, got {type(node).__name__}")


def children(node: Node) -> tuple[Node, ...]:
    """The node's children in order (none for a question)."""
    return () if isinstance(node, Question) else node.children


def walk(node: Node) -> Iterator[Node]:
    """Every node of the tree in pre-order (shared subtrees once per occurrence)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(children(current)))


def questions(node: Node) -> tuple[Question, ...]:
    """The distinct questions of a tree, in order of first appearance.

    Two different questions sharing one id are an error: ids name questions.
    """
    seen: dict[str, Question] = {}
    for current in walk(node):
        if isinstance(current, Question):
            known = seen.setdefault(current.id, current)
            if known != current:
                raise TreeError(f"question id {current.id!r} names two different questions")
    return tuple(seen.values())


def depth(node: Node) -> int:
    """Operator nesting depth: 0 for a bare question, 1 for ``AND(q1, q2)``."""
    if isinstance(node, Question):
        return 0
    return 1 + max(depth(child) for child in children(node))


def replace_questions(node: Node, mapping: dict[str, Node]) -> Node:
    """Substitute questions (by id) with other nodes; unmapped questions stay."""
    if isinstance(node, Question):
        return mapping.get(node.id, node)
    if isinstance(node, Not):
        return Not(replace_questions(node.child, mapping))
    return type(node)(*(replace_questions(child, mapping) for child in node.children))
