"""Canonical form: equal trees up to harmless rewriting print the same.

Rewrites: flatten nested same operators (``AND(a, AND(b, c))`` → ``AND(a, b, c)``),
drop double negation, drop repeated children, and order children stably (by their
printed form). It is a normal form for these rewrites only, not for logical
equivalence; use :func:`trees.equivalent` for that.

    >>> from trees import Question, And, Not, dumps
    >>> a, b, c = (Question(i, i) for i in "abc")
    >>> dumps(canonical(And(c, And(Not(Not(a)), b), a)))
    'AND(a, b, c)'
"""

from __future__ import annotations

from .grammar import dumps
from .nodes import Node, Not, Question


def canonical(tree: Node) -> Node:
    """The canonical form of ``tree`` (see the module docstring)."""
    if isinstance(tree, Question):
        return tree
    if isinstance(tree, Not):
        inner = canonical(tree.child)
        return inner.child if isinstance(inner, Not) else Not(inner)
    kind = type(tree)
    flat: dict[str, Node] = {}
    for child in map(canonical, tree.children):
        for part in child.children if type(child) is kind else (child,):
            flat.setdefault(dumps(part), part)
    parts = [flat[key] for key in sorted(flat)]
    return parts[0] if len(parts) == 1 else kind(*parts)
