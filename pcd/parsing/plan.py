"""The rules backend's intermediate form: a logical plan over cited condition spans.

A plan is what cue analysis decided; it is not yet a tree. :func:`to_tree` numbers its
leaves (``q1``, ``q2``, … in reading order; equal question texts share an id) and the
decoder then emits the tree symbol by symbol through the tree automaton.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from trees import And, Citation, Node, Not, Or, Question


@dataclass(frozen=True)
class Leaf:
    question: str
    clause_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Op:
    op: str  # "AND" | "OR" | "NOT"
    kids: tuple["Plan", ...]


Plan = Union[Leaf, Op]


def mk(op: str, kids) -> Plan | None:
    """Build an operator, dropping empty kids, flattening same-operator kids, unwrapping singletons."""
    kids = [k for k in kids if k is not None]
    if op == "NOT":
        if not kids:
            return None
        k = kids[0]
        return k.kids[0] if isinstance(k, Op) and k.op == "NOT" else Op("NOT", (k,))
    flat: list[Plan] = []
    for k in kids:
        if isinstance(k, Op) and k.op == op:
            flat.extend(k.kids)
        elif k not in flat:
            flat.append(k)
    if not flat:
        return None
    if len(flat) == 1:
        return flat[0]
    return Op(op, tuple(flat))


def leaves(plan: Plan | None) -> list[Leaf]:
    if plan is None:
        return []
    if isinstance(plan, Leaf):
        return [plan]
    return [leaf for k in plan.kids for leaf in leaves(k)]


def to_tree(plan: Plan, text: str, policy_id: str) -> tuple[Node, list[Question]]:
    """The tree for ``plan`` and its questions in id order."""
    table: dict[str, Question] = {}
    for leaf in leaves(plan):
        if leaf.question not in table:
            qid = f"q{len(table) + 1}"
            table[leaf.question] = Question(qid, leaf.question,
                                            Citation(policy_id, leaf.clause_id, leaf.start, leaf.end,
                                                     text[leaf.start:leaf.end]))

    def build(p: Plan) -> Node:
        if isinstance(p, Leaf):
            return table[p.question]
        kids = [build(k) for k in p.kids]
        if p.op == "NOT":
            return Not(kids[0])
        uniq = list(dict.fromkeys(kids))
        if len(uniq) == 1:
            return uniq[0]
        return (And if p.op == "AND" else Or)(*uniq)

    return build(plan), list(table.values())
