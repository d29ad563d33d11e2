"""evaluate(): labels, justifications with citations, the result's form, and bad input."""

import json
from dataclasses import FrozenInstanceError

import pytest

import trees
from pcd.evaluator import AnswerError, Evaluation, evaluate
from trees import And, Citation, Not, Or, Question

Q = {f"q{i}": Question(f"q{i}", f"Condition {i}?", Citation("policy", f"({i})", 10 * i, 10 * i + 5, f"cond {i}"))
     for i in range(1, 21)}
q1, q2, q3, q4 = (Q[f"q{i}"] for i in range(1, 5))
TREE = And(q1, Or(q2, q3))


def ids(questions):
    return [q.id for q in questions]


@pytest.mark.parametrize("method", ["auto", "truth_table", "z3"])
@pytest.mark.parametrize("answers, label", [
    ({"q1": "yes", "q2": "yes"}, "compliant"),
    ({"q1": "no"}, "non_compliant"),
    ({"q1": "yes", "q2": "no", "q3": "no"}, "non_compliant"),
    ({"q1": "yes"}, "undetermined"),
    ({}, "undetermined"),
    ({"q1": "yes", "q2": "unknown", "q3": "yes"}, "compliant"),
])
def test_labels(method, answers, label):
    result = evaluate(TREE, answers, method=method)
    assert result.label == result.kleene_label == label
    assert result.decided == (label != "undetermined")


def test_exact_label_decides_what_kleene_cannot():
    assert evaluate(Or(q1, Not(q1)), {}).label == "compliant"
    assert evaluate(Or(q1, Not(q1)), {}).kleene_label == "undetermined"
    assert evaluate(And(q1, Not(q1)), {}, method="z3").label == "non_compliant"
    # AND(OR(q1, q2), OR(NOT(q1), q2)) is q2: q2 = no settles it, though Kleene sees OR(q1, F) unknown.
    result = evaluate(And(Or(q1, q2), Or(Not(q1), q2)), {"q2": "no"}, method="z3")
    assert (result.label, result.kleene_label) == ("non_compliant", "undetermined")
    assert ids(result.justification) == ["q2"]


def test_a_tautology_needs_no_justification_and_no_questions():
    result = evaluate(Or(q1, Not(q1)), {})
    assert result.justification == () and result.missing == () and result.next_question is None


def test_justification_keeps_only_the_answers_that_force_the_label_with_their_citations():
    result = evaluate(TREE, {"q1": "yes", "q2": "yes", "q3": "yes"})
    assert ids(result.justification) == ["q1", "q2"]  # q3 is redundant; earlier questions are kept
    assert result.justification[0].citation == Citation("policy", "(1)", 10, 15, "cond 1")
    result = evaluate(TREE, {"q1": "no", "q2": "no"})
    assert ids(result.justification) == ["q1"]


def test_to_dict_is_json_ready_and_complete():
    result = evaluate(TREE, {"q1": "yes", "q2": "yes"})
    data = json.loads(json.dumps(result.to_dict()))
    assert data["label"] == "compliant" and data["kleene_label"] == "compliant"
    assert data["justification"][0] == {
        "id": "q1", "text": "Condition 1?", "answer": "yes",
        "citation": {"policy_id": "policy", "clause_id": "(1)", "span": [10, 15], "quote": "cond 1"},
    }
    assert data["answers"] == {"q1": "yes", "q2": "yes", "q3": "unknown"}
    assert data["missing"] == [] and data["next_question"] is None
    undetermined = evaluate(TREE, {"q1": "yes"}).to_dict()
    assert undetermined["missing"] == [["q2"], ["q3"]]
    assert undetermined["next_question"]["id"] == "q2" and undetermined["expected_questions"] == 1.5


def test_evaluation_is_frozen():
    result = evaluate(TREE, {})
    assert isinstance(result, Evaluation)
    with pytest.raises(FrozenInstanceError):
        result.label = "compliant"


@pytest.mark.parametrize("answers, names", [
    ({"q1": "maybe"}, ["'q1'", "'maybe'"]),
    ({"q1": True}, ["'q1'", "True"]),
    ({"q1": "Yes"}, ["'q1'", "'Yes'"]),
    ({"q9": "yes"}, ["'q9'"]),
    ({"q1": "yes", "Q2": "no", "q7": "unknown"}, ["'Q2'", "'q7'"]),
])
def test_bad_answers_are_errors_naming_the_question_and_value(answers, names):
    with pytest.raises(AnswerError) as error:
        evaluate(TREE, answers)
    assert isinstance(error.value, ValueError)
    for name in names:
        assert name in str(error.value)


def test_answers_must_be_a_mapping_and_method_must_exist():
    with pytest.raises(AnswerError, match="list"):
        evaluate(TREE, [("q1", "yes")])
    with pytest.raises(ValueError, match="'bdd'"):
        evaluate(TREE, {}, method="bdd")


def test_large_trees_use_z3_and_still_explain():
    big = And(*(Q[f"q{i}"] for i in range(1, 21)))  # 20 questions: over the truth-table limit
    result = evaluate(big, {"q5": "no", "q9": "no"})
    assert (result.method, result.label) == ("z3", "non_compliant")
    assert ids(result.justification) == ["q5"]
    result = evaluate(big, {f"q{i}": "yes" for i in range(1, 19)})
    assert result.label == "undetermined" and result.next_question == Q["q19"]
    assert [ids(group) for group in result.missing] == [["q19"], ["q20"]]
    result = evaluate(Or(big, And(q1, Not(q1))), {})  # nothing answered: greedy rule, 20 singletons
    assert result.next_question == q1 and len(result.missing) == 20 and result.expected_questions is None


def test_same_question_in_several_places_is_one_question():
    tree = Or(And(q1, q2), And(q1, q3), Not(q1))
    assert evaluate(tree, {"q1": "no"}).label == "compliant"
    assert [q.id for q in trees.questions(tree)] == ["q1", "q2", "q3"]
    result = evaluate(tree, {"q1": "yes"})  # leaves OR(q2, q3): a yes to either decides
    assert [ids(g) for g in result.missing] == [["q2"], ["q3"]]
