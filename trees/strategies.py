"""Hypothesis strategies for trees, for our tests and for users' own property tests.

Needs the ``test`` extra (hypothesis).
"""

from __future__ import annotations

from hypothesis import strategies as st

from .nodes import And, Citation, Node, Not, Or, Question


def question_pool(n: int = 5, policy_id: str = "test") -> list[Question]:
    return [Question(f"q{i}", f"Is condition {i} met?", Citation(policy_id, f"({i})", i, i + 1, "x"))
            for i in range(1, n + 1)]


def expression_trees(pool: list[Question] | None = None, max_leaves: int = 12, max_children: int = 4) -> st.SearchStrategy[Node]:
    """Random trees over ``pool`` (default: five cited questions q1..q5)."""
    leaves = st.sampled_from(pool or question_pool())
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.builds(Not, inner),
            st.lists(inner, min_size=2, max_size=max_children).map(lambda kids: And(*kids)),
            st.lists(inner, min_size=2, max_size=max_children).map(lambda kids: Or(*kids)),
        ),
        max_leaves=max_leaves,
    )


def partial_answers(pool: list[Question] | None = None) -> st.SearchStrategy[dict[str, str]]:
    """Random answers ("yes"/"no"/"unknown", or absent) for the pool's question ids."""
    ids = [q.id for q in pool or question_pool()]
    return st.fixed_dictionaries({}, optional={i: st.sampled_from(["yes", "no", "unknown"]) for i in ids})
