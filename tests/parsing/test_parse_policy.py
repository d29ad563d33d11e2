"""Behaviour a user relies on: policy text -> clauses, cited questions, a well-formed tree."""

from __future__ import annotations

import json

import pytest

import trees
from pcd.policy import NO_CONDITIONS, PARSED, Policy, PolicyParseError, parse_policy
from pcd.parsing.backends import available_backends, get_backend, register_backend
from pcd.parsing.structure import segment


def qtexts(p: Policy) -> list[str]:
    return [q.text for q in p.questions]


def test_conditions_joined_by_and_become_an_and():
    p = parse_policy("You can get the grant if you're over 65 and you live in Wales.")
    assert p.status == PARSED
    assert p.linear == "AND(q1, q2)"
    assert qtexts(p) == ["Are you over 65?", "Do you live in Wales?"]
    assert p.conclusion.text == "You can get the grant" and p.conclusion.polarity == "positive"


def test_second_person_question():
    p = parse_policy("You get a free bus pass if you're over 65.")
    assert qtexts(p) == ["Are you over 65?"]


def test_list_with_or_intro_and_item_questions():
    p = parse_policy("The eligible items include:\n\n* ambulances\n* wheelchairs")
    assert p.linear == "OR(q1, q2)"
    assert qtexts(p) == ["Is the item an ambulance?", "Is the item a wheelchair?"]
    assert [q.citation.clause_id for q in p.questions] == ["bullet 1", "bullet 2"]


@pytest.mark.parametrize("intro, op", [
    ("To qualify, you must meet all of the following:", "AND"),
    ("You can apply if any of the following apply:", "OR"),
    ("You can apply if one of the following applies to you:", "OR"),
    ("You can get help if you:", "OR"),
])
def test_list_intro_decides_and_or(intro, op):
    p = parse_policy(f"{intro}\n\n* you live in Wales\n* you are over 18\n* you have a job")
    assert p.linear == f"{op}(q1, q2, q3)"


def test_trailing_and_on_an_item_overrides_the_intro():
    p = parse_policy("You can claim if you:\n\n* live in Wales; and\n* are over 18")
    assert p.linear == "AND(q1, q2)"


def test_unless_and_except_give_not():
    assert parse_policy("You can claim the grant unless you are a student.").linear == "NOT(q1)"
    p = parse_policy("You can get the payment if you are over 60, except if you live abroad.")
    assert p.linear == "AND(q1, NOT(q2))"
    assert qtexts(p) == ["Are you over 60?", "Do you live abroad?"]


def test_either_or_and_neither_nor():
    p = parse_policy("You qualify if you are either a carer or a parent.")
    assert p.linear == "OR(q1, q2)" and qtexts(p) == ["Are you a carer?", "Are you a parent?"]
    p = parse_policy("You qualify if you have neither a car nor a house.")
    assert p.linear == "AND(NOT(q1), NOT(q2))" and qtexts(p) == ["Do you have a car?", "Do you have a house?"]


def test_negated_condition_is_a_not_of_a_positive_question():
    p = parse_policy("You can get Cold Weather Payments if you're not employed.")
    assert p.linear == "NOT(q1)" and qtexts(p) == ["Are you employed?"]


def test_negative_conclusion_recorded():
    p = parse_policy("You can't claim the allowance if you live abroad.")
    assert p.conclusion.polarity == "negative" and p.linear == "q1"


def test_clause_ids_are_stable_and_readable():
    text = "# Help\n\nFirst sentence here. You qualify if you:\n\n* are 65\n* live here\n\n(a) one\n(1) sub\n(b) two"
    ids = [c.id for c in segment(text)]
    assert ids == ["heading 1", "sentence 1", "sentence 2", "bullet 1", "bullet 2", "(a)", "(a)(1)", "(b)"]
    assert [c.id for c in parse_policy(text).clauses] == ids


def test_citations_quote_the_policy_text_exactly():
    text = ("## Eligibility\n\nYou can get Cold Weather Payments if you get Universal Credit, you’re not employed "
            "and one of the following apply:\n\n* you get the disabled child amount\n* you have a child under 5")
    p = parse_policy(text, policy_id="cwp")
    assert p.linear == "AND(q1, NOT(q2), OR(q3, q4))"
    for q in p.questions:
        c = q.citation
        assert c.policy_id == "cwp" and c.quote == text[c.start:c.end] and c.quote
    for c in p.clauses:
        assert c.text == text[c.start:c.end]


@pytest.mark.parametrize("text", [
    "Telephone: 0300 123 1142",
    "Monday to Friday, 8am to 6pm",
    "## Help with the form\n\nTelephone: 0300 123 1142\nTextphone: 0300 123 1143",
    "A pension is a regular payment made during retirement.",
])
def test_text_without_conditions_gives_the_no_conditions_state(text):
    p = parse_policy(text)
    assert p.status == NO_CONDITIONS and p.tree is None and p.questions == () and p.linear is None
    assert p.to_dict()["policy"]["status"] == NO_CONDITIONS


def test_deterministic():
    text = "You can claim if you are over 65 or you are a carer, unless you live abroad."
    a, b = parse_policy(text), parse_policy(text)
    assert a == b and a.to_json() == b.to_json()


@pytest.mark.parametrize("bad", ["", "   \n\t ", b"bytes policy", None, 42, "\x00\x01\x02binary\x00",
                                 "\x01\x02\x03\x04\x05\x06\x07\x08", "1234 5678 !!!"])
def test_bad_input_is_a_clear_error(bad):
    with pytest.raises(PolicyParseError):
        parse_policy(bad)


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(PolicyParseError, match="unknown parsing backend 'nope'"):
        parse_policy("You can claim if you are over 65.", backend="nope")


def test_registry_selects_backends_by_name():
    assert {"rules", "lm"} <= set(available_backends())

    @register_backend("test-constant")
    class Constant:
        def parse(self, text, policy_id, question=None):
            return get_backend("rules").parse("You can claim if you are over 65.", policy_id)

    assert parse_policy("anything at all", backend="test-constant").linear == "q1"


def test_bounds_are_refused_not_truncated():
    items = "\n".join(f"* you hold licence number {i}" for i in range(30))
    with pytest.raises(PolicyParseError, match="max_questions"):
        parse_policy("You can apply if you:\n\n" + items)
    p = parse_policy("You can apply if you:\n\n" + items, max_questions=40)
    assert len(p.questions) == 30


def test_to_json_is_the_tree_schema_plus_clauses():
    p = parse_policy("You can get the grant if you're over 65.", policy_id="grant")
    doc = json.loads(p.to_json())
    assert doc["schema"] == "pcd.tree/1" and doc["linear"] == "q1"
    assert trees.from_dict({k: v for k, v in doc.items() if k != "policy"}) == p.tree
    assert doc["policy"]["clauses"][0]["id"] == "sentence 1"
    assert doc["policy"]["conclusion"]["polarity"] == "positive"


def test_question_focus_keeps_the_conclusion_asked_about():
    text = "You can get a bus pass if you are over 65. You can get a rail card if you are a student."
    assert parse_policy(text).linear == "OR(q1, q2)"
    p = parse_policy(text, question="Can I get a rail card?")
    assert qtexts(p) == ["Are you a student?"]
