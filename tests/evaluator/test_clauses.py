"""Policies of several clauses: references resolved by substitution, shared questions, cycles."""

import networkx as nx
import pytest

from pcd.evaluator import AnswerError, ClauseGraph, ClauseGraphError, ReferenceCycleError, evaluate_clause
from trees import And, Citation, Not, Or, Question


def q(qid, clause):
    return Question(qid, f"{qid}?", Citation("benefit", clause, 0, 1, qid))


resident, carer, student, minor = q("resident", "(a)"), q("carer", "(b)"), q("student", "(b)"), q("minor", "(c)")
b_applies = Question("b_applies", "Does paragraph (b) apply?")
a_applies = Question("a_applies", "Does paragraph (a) apply?")

# (a) a resident qualifies, except as provided in paragraph (b);
# (b) carers and students do not qualify;  (c) a minor who qualifies under (a) and is a resident.
CLAUSES = {"(a)": And(resident, Not(b_applies)), "(b)": Or(carer, student), "(c)": And(a_applies, minor, resident)}
REFERENCES = {"b_applies": "(b)", "a_applies": "(a)"}


def test_references_are_resolved_by_substitution_in_topological_order():
    graph = ClauseGraph(CLAUSES, REFERENCES)
    assert graph.tree("(b)") == Or(carer, student)
    assert graph.tree("(a)") == And(resident, Not(Or(carer, student)))
    assert graph.tree("(c)") == And(And(resident, Not(Or(carer, student))), minor, resident)  # (c) -> (a) -> (b)
    assert isinstance(graph.graph, nx.DiGraph)
    assert set(graph.graph.edges) == {("(a)", "(b)"), ("(c)", "(a)")}
    assert graph.graph.edges["(a)", "(b)"]["questions"] == ["b_applies"]


def test_a_reference_is_evaluated_through_the_clause_it_names():
    graph = ClauseGraph(CLAUSES, REFERENCES)
    result = evaluate_clause(graph, "(a)", {"resident": "yes", "student": "yes"})
    assert result.label == "non_compliant"
    assert [x.id for x in result.justification] == ["student"]
    assert result.justification[0].citation.clause_id == "(b)"  # the cited clause is the one that decides
    result = evaluate_clause(graph, "(a)", {"resident": "yes"})
    assert result.label == "undetermined" and [[x.id for x in g] for g in result.missing] == [["carer"], ["student"]]


def test_a_question_shared_by_clauses_is_answered_once():
    graph = ClauseGraph(CLAUSES, REFERENCES)
    assert list(graph.questions) == ["resident", "carer", "student", "minor"]
    answers = {"resident": "yes", "carer": "no", "student": "no", "minor": "yes"}  # one answer to "resident"
    assert {c: evaluate_clause(graph, c, answers).label for c in CLAUSES} == {
        "(a)": "compliant", "(b)": "non_compliant", "(c)": "compliant"}
    assert evaluate_clause(graph, "(c)", {"resident": "no"}).label == "non_compliant"
    # answers to other clauses' questions are fine; unknown ids are not, nor reference ids
    assert evaluate_clause(graph, "(b)", {"minor": "yes"}).label == "undetermined"
    with pytest.raises(AnswerError, match="'residnet'"):
        evaluate_clause(graph, "(b)", {"residnet": "yes"})
    with pytest.raises(AnswerError, match="'b_applies'"):
        evaluate_clause(graph, "(a)", {"b_applies": "no"})


def test_a_reference_cycle_is_an_error_naming_the_cycle():
    clauses = {"(a)": And(resident, Not(b_applies)), "(b)": Or(carer, a_applies)}
    with pytest.raises(ReferenceCycleError) as error:
        ClauseGraph(clauses, REFERENCES)
    assert str(error.value) == "reference cycle: (a) -> (b) -> (a)"
    assert error.value.cycle == ["(a)", "(b)", "(a)"]
    assert isinstance(error.value, ValueError)


def test_a_longer_cycle_is_named_from_its_earliest_clause_and_a_self_reference_too():
    # (z) -> (b) -> (a) -> (c) -> (b): the cycle leaves out (z) and starts at (a), listed before (b) and (c)
    c_applies = Question("c_applies", "Does (c) apply?")
    clauses = {"(z)": Or(minor, b_applies), "(a)": Or(resident, c_applies), "(b)": And(carer, a_applies),
               "(c)": Or(student, b_applies)}
    with pytest.raises(ReferenceCycleError, match=r"^reference cycle: \(a\) -> \(c\) -> \(b\) -> \(a\)$"):
        ClauseGraph(clauses, {**REFERENCES, "c_applies": "(c)"})
    with pytest.raises(ReferenceCycleError, match=r"^reference cycle: \(b\) -> \(b\)$"):
        ClauseGraph({"(b)": Or(carer, b_applies)}, {"b_applies": "(b)"})


def test_malformed_policies_are_errors_naming_the_problem():
    with pytest.raises(ClauseGraphError, match=r"'\(d\)'"):
        ClauseGraph(CLAUSES, {**REFERENCES, "b_applies": "(d)"})
    with pytest.raises(ClauseGraphError, match="'nowhere'"):
        ClauseGraph(CLAUSES, {**REFERENCES, "nowhere": "(b)"})
    with pytest.raises(ClauseGraphError, match="'resident'"):
        ClauseGraph({**CLAUSES, "(d)": Or(Question("resident", "Lives here?"), minor)}, REFERENCES)
    with pytest.raises(ClauseGraphError, match=r"'\(x\)'"):
        ClauseGraph(CLAUSES, REFERENCES).tree("(x)")
