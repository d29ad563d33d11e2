import itertools

from hypothesis import given
from hypothesis import strategies as st

import trees
from trees import And, Not, Or
from trees.strategies import expression_trees, question_pool

Q = {q.id: q for q in question_pool()}
IDS = sorted(Q)


def _brute_equal(t1, t2):
    for values in itertools.product([False, True], repeat=len(IDS)):
        assignment = dict(zip(IDS, values))
        if trees.evaluate(t1, assignment) != trees.evaluate(t2, assignment):
            return False
    return True


@given(expression_trees(), expression_trees())
def test_equivalent_agrees_with_brute_force(t1, t2):
    assert trees.equivalent(t1, t2) == _brute_equal(t1, t2)


@given(expression_trees(), expression_trees())
def test_diff_is_a_real_counter_example(t1, t2):
    counter = trees.diff(t1, t2)
    if counter is not None:
        assert trees.evaluate(t1, counter) != trees.evaluate(t2, counter)


def test_alignment_renames_questions():
    other = trees.Question("x", "Is condition one satisfied?")
    assert not trees.equivalent(Q["q1"], other)
    assert trees.equivalent(Q["q1"], other, alignment={"x": "q1"})


def test_de_morgan():
    assert trees.equivalent(Not(And(Q["q1"], Q["q2"])), Or(Not(Q["q1"]), Not(Q["q2"])))


@given(expression_trees(), st.dictionaries(st.sampled_from(IDS), st.booleans()))
def test_kleene_value_is_the_value_of_every_completion(tree, partial):
    value = trees.evaluate(tree, partial)
    free = [i for i in IDS if i not in partial]
    completions = {trees.evaluate(tree, {**partial, **dict(zip(free, vs))})
                   for vs in itertools.product([False, True], repeat=len(free))}
    if value is not None:
        assert completions == {value}


@given(expression_trees())
def test_truth_table_matches_evaluate(tree):
    ids, table = trees.truth_table(tree, IDS)
    for k in range(1 << len(ids)):
        assignment = {name: bool(k >> i & 1) for i, name in enumerate(ids)}
        assert trees.evaluate(tree, assignment) == bool(table >> k & 1)


AMBULANCE = {"question": "Is the item medical equipment?", "yes": "Yes",
             "no": {"question": "Is the item an ambulance?", "yes": "Yes",
                    "no": {"question": "Is it a bicycle?", "yes": "No", "no": "No"}}}


def test_dialog_tree_becomes_a_disjunction():
    tree = trees.from_dialog_tree(AMBULANCE, policy_id="p", snippet="Items:\n* medical equipment\n* ambulances")
    assert trees.dumps(tree) == "OR(q1, q2)"
    q1 = trees.questions(tree)[0]
    assert q1.citation.quote == "* medical equipment" and q1.citation.clause_id == "line 2"


def _random_dialog(draw, depth, names):
    if depth == 0 or draw(st.booleans()):
        return draw(st.sampled_from(["Yes", "No"]))
    return {"question": draw(st.sampled_from(names)), "yes": _random_dialog(draw, depth - 1, names),
            "no": _random_dialog(draw, depth - 1, names)}


@st.composite
def dialog_trees(draw):
    names = [f"Question {i}?" for i in range(4)]
    return {"question": draw(st.sampled_from(names)), "yes": _random_dialog(draw, 3, names),
            "no": _random_dialog(draw, 3, names)}


@given(dialog_trees())
def test_dialog_conversion_decides_every_path(dialog):
    tree = trees.from_dialog_tree(dialog, policy_id="p")
    for path, answer in trees.dialog_paths(dialog):
        assert trees.evaluate(tree, path) == (answer == "Yes")


def test_constant_dialog_tree_is_a_tautology():
    tree = trees.from_dialog_tree({"question": "Are you a worker?", "yes": "Yes", "no": "Yes"})
    assert trees.dumps(tree) == "OR(q1, NOT(q1))"
