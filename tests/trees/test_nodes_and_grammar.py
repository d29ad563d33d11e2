import pytest
from hypothesis import given

import trees
from trees import And, Not, Or, Question, TreeError
from trees.strategies import expression_trees, question_pool

Q = {q.id: q for q in question_pool()}


def test_structural_equality_and_hash():
    a = And(Q["q1"], Not(Q["q2"]))
    assert a == And(Q["q1"], Not(Q["q2"]))
    assert hash(a) == hash(And(Q["q1"], Not(Q["q2"])))
    assert And(Q["q1"], Q["q2"]) != Or(Q["q1"], Q["q2"])


def test_nodes_are_immutable():
    node = And(Q["q1"], Q["q2"])
    with pytest.raises(AttributeError):
        node.children = ()


@pytest.mark.parametrize("build", [lambda: And(Q["q1"]), lambda: Or(), lambda: And(Q["q1"], "q2")])
def test_malformed_nodes_are_refused(build):
    with pytest.raises(TreeError):
        build()


def test_one_id_two_questions_is_an_error():
    with pytest.raises(TreeError, match="q1"):
        trees.questions(And(Q["q1"], Question("q1", "Something else?")))


@given(expression_trees())
def test_loads_inverts_dumps(tree):
    assert trees.loads(trees.dumps(tree), trees.questions(tree)) == tree


def test_loads_tolerates_whitespace():
    assert trees.loads(" AND( q1 ,OR(q2,  NOT (q3)) ) ", Q) == And(Q["q1"], Or(Q["q2"], Not(Q["q3"])))


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("AND(q1)", "needs at least 2"),
    ("NOT(q1, q2)", "needs 1"),
    ("AND(q1, q9)", "unknown question id 'q9'"),
    ("AND(q1, q2", "never closed"),
    ("q1 q2", "continues after the tree ends"),
    ("AND(q1,, q2)", "unexpected ','"),
    ("AND(q1 $ q2)", "unexpected text at offset 7"),
])
def test_loads_errors_name_the_problem(text, message):
    with pytest.raises(TreeError, match=message.replace("(", r"\(")):
        trees.loads(text, Q)


def test_check_bounds_explains_refusal():
    deep = Not(Not(Not(Q["q1"])))
    with pytest.raises(TreeError, match="depth 3 exceeds max_depth=2"):
        trees.check_bounds(deep, ["q1"], max_depth=2)
    with pytest.raises(TreeError, match="outside"):
        trees.check_bounds(And(Q["q1"], Q["q2"]), ["q1"], max_depth=3)
