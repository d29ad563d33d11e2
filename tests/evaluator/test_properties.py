"""Laws of the evaluator on random trees and answers, checked against brute force.

Brute force: a set of answers *forces* the tree when every completion of the other
questions gives the same value (enumerated with trees.evaluate on total assignments).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

import trees
from pcd.evaluator import evaluate
from pcd.evaluator.tables import table
from trees import And, Citation, Not, Or, Question

POOL = [Question(f"q{i}", f"Is condition {i} met?", Citation("test", f"({i})", i, i + 1, "x")) for i in range(1, 6)]
VALUE = {"yes": True, "no": False}
LABEL = {True: "compliant", False: "non_compliant", None: "undetermined"}

tree_strategy = st.recursive(
    st.sampled_from(POOL),
    lambda inner: st.one_of(
        st.builds(Not, inner),
        st.lists(inner, min_size=2, max_size=3).map(lambda kids: And(*kids)),
        st.lists(inner, min_size=2, max_size=3).map(lambda kids: Or(*kids)),
    ),
    max_leaves=10,
)


@st.composite
def cases(draw):
    """A random tree and random answers to some of its questions ("unknown" or absent otherwise)."""
    tree = draw(tree_strategy)
    answers = {}
    for q in trees.questions(tree):
        choice = draw(st.sampled_from(["yes", "no", "unknown", None]))
        if choice is not None:
            answers[q.id] = choice
    return tree, answers


@lru_cache(maxsize=None)
def _forced(tree, fixed: frozenset) -> bool | None:
    """The value every completion of ``fixed`` ((id, bool) pairs) gives the tree, or None."""
    fixed = dict(fixed)
    free = [q.id for q in trees.questions(tree) if q.id not in fixed]
    values = {trees.evaluate(tree, {**fixed, **dict(zip(free, combo))})
              for combo in itertools.product([False, True], repeat=len(free))}
    return values.pop() if len(values) == 1 else None


def forced(tree, assignment: dict) -> bool | None:
    return _forced(tree, frozenset(assignment.items()))


def known(answers: dict) -> dict:
    return {k: VALUE[v] for k, v in answers.items() if v in VALUE}


def deciding(tree, fixed: dict, ids) -> bool:
    """Whether some yes/no answers to ``ids`` force the tree, given ``fixed``."""
    return any(forced(tree, {**fixed, **dict(zip(ids, combo))}) is not None
               for combo in itertools.product([False, True], repeat=len(ids)))


@given(tree_strategy)
def test_tables_follow_the_trees_truth_table_convention(tree):
    ids = [q.id for q in trees.questions(tree)]
    assert table(tree, ids, {}) == trees.truth_table(tree, ids)[1]


@settings(max_examples=150, deadline=None)
@given(cases(), st.sampled_from(["truth_table", "z3"]))
def test_label_is_decided_exactly_when_every_completion_agrees(case, method):
    tree, answers = case
    result = evaluate(tree, answers, method=method)
    assert result.method == method
    assert result.label == LABEL[forced(tree, known(answers))]


@settings(max_examples=150, deadline=None)
@given(cases(), st.sampled_from(["truth_table", "z3"]))
def test_label_agrees_with_kleene_wherever_kleene_decides(case, method):
    tree, answers = case
    result = evaluate(tree, answers, method=method)
    assert result.kleene_label == LABEL[trees.evaluate(tree, known(answers))]
    if result.kleene_label != "undetermined":
        assert result.label == result.kleene_label


@settings(max_examples=150, deadline=None)
@given(cases())
def test_justification_is_a_prime_implicant_of_the_label(case):
    tree, answers = case
    result = evaluate(tree, answers)
    if result.label == "undetermined":
        assert result.justification == ()
        return
    value = result.label == "compliant"
    reasons = {q.id: VALUE[answers[q.id]] for q in result.justification}  # only answered questions
    assert forced(tree, reasons) == value
    for dropped in reasons:
        assert forced(tree, {k: v for k, v in reasons.items() if k != dropped}) is None
    tree_order = [q.id for q in trees.questions(tree)]
    assert list(reasons) == [i for i in tree_order if i in reasons]


@settings(max_examples=150, deadline=None)
@given(cases())
def test_missing_sets_are_exactly_the_minimal_deciding_sets(case):
    tree, answers = case
    result = evaluate(tree, answers)
    fixed = known(answers)
    if result.label != "undetermined":
        assert result.missing == () and result.next_question is None
        return
    missing = [tuple(q.id for q in group) for group in result.missing]
    unanswered = [q.id for q in trees.questions(tree) if q.id not in fixed]
    for group in missing:
        assert set(group) <= set(unanswered)
        assert deciding(tree, fixed, group)
        for dropped in group:  # by monotonicity, checking each one-smaller subset suffices
            assert not deciding(tree, fixed, [i for i in group if i != dropped])
    for size in range(len(unanswered) + 1):  # complete: every deciding set contains a listed one
        for subset in itertools.combinations(unanswered, size):
            if deciding(tree, fixed, subset):
                assert any(set(group) <= set(subset) for group in missing)
    assert [len(g) for g in missing] == sorted(len(g) for g in missing)
    assert any(result.next_question.id in group for group in missing)


@settings(max_examples=100, deadline=None)
@given(cases())
def test_next_question_minimises_expected_questions(case):
    """An independent brute force of the rule: recursion over partial answers."""
    tree, answers = case
    fixed = known(answers)
    result = evaluate(tree, answers)
    if result.label != "undetermined":
        return
    order = [q.id for q in trees.questions(tree)]

    @lru_cache(maxsize=None)
    def cost(state: frozenset) -> float:
        if forced(tree, dict(state)) is not None:
            return 0.0
        return min(ask(state, q) for q in order if q not in dict(state))

    def ask(state: frozenset, q: str) -> float:
        return 1 + sum(0.5 * cost(state | {(q, v)}) for v in (False, True))

    start = frozenset(fixed.items())
    costs = {q: ask(start, q) for q in order if q not in fixed}
    best = min(costs.values())
    assert result.expected_questions == best == cost(start)
    assert result.next_question.id == next(q for q in order if q in costs and costs[q] == best)


@settings(max_examples=60, deadline=None)
@given(cases())
def test_truth_table_and_z3_give_the_same_evaluation(case):
    tree, answers = case
    by_table, by_z3 = evaluate(tree, answers, method="truth_table"), evaluate(tree, answers, method="z3")
    assert by_table.to_dict() | {"method": None} == by_z3.to_dict() | {"method": None}
