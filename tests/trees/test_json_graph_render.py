import json

import jsonschema
import pytest
from hypothesis import given

import trees
from trees import And, Not, Or, TreeError
from trees.strategies import expression_trees, question_pool

Q = {q.id: q for q in question_pool()}
EXAMPLE = And(Or(Q["q1"], Not(Q["q2"])), Q["q3"])


@given(expression_trees())
def test_json_round_trip(tree):
    doc = trees.to_dict(tree)
    jsonschema.validate(doc, trees.jsonform.schema())
    assert doc["schema"] == "pcd.tree/1"
    assert trees.from_json(json.dumps(doc)) == tree


def test_shared_subtrees_are_written_once():
    shared = And(Q["q1"], Q["q2"])
    doc = trees.to_dict(Or(shared, Not(shared)))
    assert len(doc["nodes"]) == 3  # OR, AND, NOT


def _doc(**changes):
    doc = trees.to_dict(EXAMPLE)
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = doc
        for key in parents:
            target = target[key]
        if value is None:
            del target[last]
        else:
            target[last] = value
    return json.dumps(doc)


@pytest.mark.parametrize("text, message", [
    ("{not json", "malformed tree JSON"),
    ("[]", "invalid tree JSON at (top level)"),
    (_doc(schema="pcd.tree/9"), "at schema"),
    (_doc(questions__q2__citation=None), "questions/q2: 'citation' is a required property"),
    (_doc(nodes__n1__children=[]), "nodes/n1: OR has 0 children"),
    (_doc(nodes__n1__children=["q1", "q7"]), "nodes/n1/children/1: unknown id 'q7'"),
    (_doc(nodes__n1__children=["q1", "n0"]), "cycle: n0 -> n1 -> n0"),
    (_doc(root="nowhere"), "root: unknown id 'nowhere'"),
    (_doc(questions__q1__citation__span=[5, 2]), "end 2 is before start 5"),
])
def test_malformed_json_errors_name_the_place(text, message):
    with pytest.raises(TreeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        trees.from_json(text)


def test_to_json_refuses_uncited_question():
    with pytest.raises(TreeError, match="has no citation"):
        trees.to_json(trees.Question("x", "Uncited?"))


@given(expression_trees())
def test_canonical_is_idempotent_and_equivalent(tree):
    c = trees.canonical(tree)
    assert trees.canonical(c) == c
    assert trees.equivalent(tree, c)


def test_canonical_flattens_orders_and_drops_double_negation():
    tree = And(Q["q3"], And(Not(Not(Q["q1"])), Q["q2"]), Q["q1"])
    assert trees.dumps(trees.canonical(tree)) == "AND(q1, q2, q3)"


@given(expression_trees())
def test_networkx_round_trip(tree):
    graph = trees.to_networkx(tree)
    assert trees.from_networkx(graph) == tree
    assert graph.number_of_nodes() == sum(1 for _ in trees.walk(tree))


def test_renderings_show_every_question_and_clause():
    answers = {"q1": "yes", "q2": "no"}
    text, dot, mermaid = trees.to_text(EXAMPLE, answers), trees.to_dot(EXAMPLE, answers), trees.to_mermaid(EXAMPLE, answers)
    for q in trees.questions(EXAMPLE):
        assert q.text in text and q.text in dot and q.text in mermaid
        assert f"[{q.citation.clause_id}]" in text
    assert "q1: Is condition 1 met? [(1)] = yes" in text
    assert 'fillcolor="palegreen"' in dot and "class n" in mermaid
    assert dot.startswith("digraph") and dot.count("->") == 5


def test_render_escapes_quotes():
    q = trees.Question("a", 'Is it "red"?')
    assert '\\"red\\"' in trees.to_dot(q)
    assert "#quot;red#quot;" in trees.to_mermaid(q)
