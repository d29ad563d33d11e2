"""Logic over trees with Z3: equivalence, counter-examples, truth tables.

    >>> from trees import Question, And, Or, Not
    >>> a, b = Question("a", "A?"), Question("b", "B?")
    >>> equivalent(Not(And(a, b)), Or(Not(a), Not(b)))
    True
    >>> diff(And(a, b), Or(a, b))
    {'a': False, 'b': True}
"""

from __future__ import annotations

from typing import Mapping

import z3

from .nodes import And, Node, Not, Or, Question, questions


def to_z3(tree: Node, variables: dict[str, z3.BoolRef] | None = None,
          alignment: Mapping[str, str] | None = None) -> z3.BoolRef:
    """The tree as a Z3 formula; ``alignment`` renames question ids before naming variables."""
    variables = {} if variables is None else variables
    alignment = alignment or {}

    def build(node: Node) -> z3.BoolRef:
        if isinstance(node, Question):
            name = alignment.get(node.id, node.id)
            if name not in variables:
                variables[name] = z3.Bool(name)
            return variables[name]
        if isinstance(node, Not):
            return z3.Not(build(node.child))
        parts = [build(child) for child in node.children]
        return z3.And(*parts) if isinstance(node, And) else z3.Or(*parts)

    return build(tree)


def diff(t1: Node, t2: Node, alignment: Mapping[str, str] | None = None) -> dict[str, bool] | None:
    """An assignment of question ids on which the trees disagree, or None if equivalent.

    ``alignment`` maps question ids of ``t2`` to the ids of ``t1`` they stand for;
    questions left unaligned are independent variables. The assignment is total over
    the (aligned) ids of both trees, sorted by id.
    """
    variables: dict[str, z3.BoolRef] = {}
    f1 = to_z3(t1, variables)
    f2 = to_z3(t2, variables, alignment)
    solver = z3.Solver()
    solver.add(f1 != f2)
    if solver.check() == z3.unsat:
        return None
    model = solver.model()
    return {name: z3.is_true(model.eval(var, model_completion=True)) for name, var in sorted(variables.items())}


def equivalent(t1: Node, t2: Node, alignment: Mapping[str, str] | None = None) -> bool:
    """Whether the trees are logically equivalent (decided by Z3)."""
    return diff(t1, t2, alignment) is None


def evaluate(tree: Node, assignment: Mapping[str, bool | None]) -> bool | None:
    """Strong-Kleene value of the tree: True, False, or None (unknown).

    Missing ids are unknown.
    """
    if isinstance(tree, Question):
        return assignment.get(tree.id)
    if isinstance(tree, Not):
        value = evaluate(tree.child, assignment)
        return None if value is None else not value
    values = [evaluate(child, assignment) for child in tree.children]
    decisive = isinstance(tree, Or)  # OR is decided by a True child, AND by a False one
    if decisive in values:
        return decisive
    return None if None in values else not decisive


def truth_table(tree: Node, ids: list[str] | None = None) -> tuple[list[str], int]:
    """The tree's truth table as a bitset: bit ``k`` is the value under assignment ``k``.

    Assignment ``k`` gives ``ids[i]`` the value of bit ``i`` of ``k``. Practical up to ~20 ids.
    """
    ids = ids if ids is not None else [q.id for q in questions(tree)]
    size = 1 << len(ids)
    full = (1 << size) - 1
    columns = {}
    for i, name in enumerate(ids):
        block = 1 << i  # runs of 2**i zeros then 2**i ones
        pattern = ((1 << block) - 1) << block
        period = block * 2
        # pattern repeated size/period times: multiply by 1 + 2**period + 2**(2*period) + ...
        columns[name] = pattern * (full // ((1 << period) - 1)) & full

    def table(node: Node) -> int:
        if isinstance(node, Question):
            return columns[node.id]
        if isinstance(node, Not):
            return full & ~table(node.child)
        result = full if isinstance(node, And) else 0
        for child in node.children:
            result = result & table(child) if isinstance(node, And) else result | table(child)
        return result

    return ids, table(tree)
