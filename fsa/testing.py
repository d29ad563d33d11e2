"""Helpers for testing code built on term languages (hypothesis strategies).

A *nested term* is a leaf string or a pair ``(operator, [children])``.
Requires ``hypothesis`` only for :func:`nested_terms`.

>>> from fsa.terms import TermSpec
>>> spec = TermSpec({"AND": (2, None)}, ["p", "q"], max_depth=2)
>>> term = ("AND", ["p", ("AND", ["q", "p"])])
>>> term_text(spec, term), term_depth(term)
('AND(p, AND(q, p))', 2)
>>> spec.automaton().accepts(term_symbols(spec, term))
True
"""

from __future__ import annotations

from typing import Any, Union

from fsa.terms import TermSpec

NestedTerm = Union[str, tuple[str, list["NestedTerm"]]]


def term_symbols(spec: TermSpec, term: NestedTerm) -> list[str]:
    """The symbol sequence of a nested term."""
    if isinstance(term, str):
        return [term]
    name, children = term
    out = [spec.opener(name)]
    for i, child in enumerate(children):
        if i:
            out.append(spec.sep)
        out.extend(term_symbols(spec, child))
    out.append(spec.close)
    return out


def term_text(spec: TermSpec, term: NestedTerm) -> str:
    """The exact spelling of a nested term."""
    return "".join(term_symbols(spec, term))


def term_depth(term: NestedTerm) -> int:
    """Operator nesting depth (a leaf: 0)."""
    if isinstance(term, str):
        return 0
    return 1 + max((term_depth(c) for c in term[1]), default=0)


def nested_terms(spec: TermSpec, depth: int | None = None, *, extra_children: int = 2) -> Any:
    """Hypothesis strategy: nested terms of ``spec`` with depth <= ``depth`` (default ``max_depth``).

    Unbounded arities draw at most ``min + extra_children`` children.
    """
    from hypothesis import strategies as st

    depth = spec.max_depth if depth is None else depth
    leaf = st.sampled_from(spec.leaves) if spec.leaves else st.nothing()
    if depth == 0:
        return leaf
    sub = nested_terms(spec, depth - 1, extra_children=extra_children)
    apps = [
        st.tuples(st.just(name), st.lists(sub, min_size=lo, max_size=lo + extra_children if hi is None else hi))
        for name, (lo, hi) in spec.operators.items()
    ]
    return st.one_of(leaf, *apps)
