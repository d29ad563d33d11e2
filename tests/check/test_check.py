import json

import jsonschema
import pytest

import pcd
from pcd.check import cached_policy, explanation_schema

GRANT = "You can get the grant if you're over 65 and you live in Wales."
EXPORT = "If Species+ says the animal is banned, you can't export the product."


def test_given_answers_decide_and_cite_verbatim():
    policy = pcd.parse_policy(GRANT)
    result = pcd.check(policy, answers={"q1": "yes", "q2": "no"}, answerer="history")
    assert result.label == "non_compliant"
    assert [c.question_id for c in result.citations] == ["q2"]
    for c in result.citations:
        assert policy.text[c.start:c.end] == c.quote
        assert c.quote in c.clause_text
    assert {a.question.id: a.source for a in result.answers} == {"q1": "given", "q2": "given"}


def test_undetermined_names_missing_and_next_question():
    result = pcd.check(GRANT, answers={"q1": "yes"}, answerer="history")
    assert result.label == "undetermined"
    assert result.next_question.id == "q2"
    assert [[q.id for q in group] for group in result.missing] == [["q2"]]
    assert "ask next" in result.reason


def test_history_answers_by_exact_text():
    result = pcd.check(GRANT, history=[("Are you over 65?", "yes"), ("Do you live in Wales?", "yes")],
                       answerer="history")
    assert result.label == "compliant"
    assert [a.source for a in result.answers] == ["history", "history"]


def test_negative_conclusion_inverts_the_answer_to_the_users_question():
    banned = pcd.check(EXPORT, question="Can I export products made from this animal?",
                       answers={"q1": "yes"}, answerer="history")
    assert banned.tree_label == "compliant" and banned.label == "non_compliant"
    assert banned.orientation.inverted


def test_irrelevant_question_is_not_applicable():
    result = pcd.check(GRANT, "I am 70.", question="Do I need to turn on my headlights at night?",
                       answerer="history")
    assert result.label == "not_applicable"
    assert result.relevance[0] < result.relevance[1]


def test_explanation_follows_the_published_schema():
    result = pcd.check(GRANT, "I live in Wales.", question="Can I get the grant?", answers={"q1": "yes"},
                       history=[("Do you live in Wales?", "yes")], answerer="history")
    doc = json.loads(result.to_json())
    jsonschema.validate(doc, explanation_schema())
    assert doc["schema"] == "pcd.explanation/1" and doc["label"] == "compliant"
    assert set(doc["versions"]) >= {"pcd", "parser", "answerer"}
    assert doc["citations"][0]["clause_text"].startswith("You can get the grant")


def test_no_condition_policy_is_stated_not_invented():
    result = pcd.check("Telephone: 0300 123 1142", answerer="history")
    assert result.policy.tree is None and result.answers == ()
    assert any("no condition" in note for note in result.notes)


def test_one_parse_for_many_scenarios():
    text = GRANT + " "  # a text no other test parses
    cached_policy.cache_clear()
    results = pcd.check_many([{"policy": text, "answers": {"q1": v}} for v in ("yes", "no", "unknown")],
                             answerer="history")
    assert [r.label for r in results] == ["undetermined", "non_compliant", "undetermined"]
    assert cached_policy.cache_info().misses == 1


@pytest.mark.parametrize("kwargs, message", [
    ({"answers": {"q9": "yes"}}, "not in policy"),
    ({"answers": {"q1": "maybe"}}, "'maybe'"),
    ({"answers": {"q1": "yes"}, "history": [("Are you over 65?", "no")]}, "conflicting"),
    # the same question spelled differently, caught by the history answerer: named as the user gave it
    ({"answers": {"q1": "no"}, "history": [("Are you over 65", "yes")]},
     r"turn 0 \('Are you over 65'\) answered 'yes', answers\['q1'\] answered 'no'"),
])
def test_bad_answers_are_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        pcd.check(GRANT, answerer="history", **kwargs)


def test_scenario_must_be_text():
    with pytest.raises(TypeError, match="scenario must be a str"):
        pcd.check(GRANT, b"bytes", answerer="history")


def test_not_applicable_says_how_close_the_call_was_and_how_to_check_anyway():
    policy = "Pets are not allowed in the flats, except assistance dogs."
    r = pcd.check(policy, "I have a cat.", question="What time does the office open?")
    assert r.label == "not_applicable"
    p, line = r.relevance
    assert f"relevance {p:.3f}, under the {line:g} line" in r.reason and "relevance=False" in r.reason
    forced = pcd.check(policy, "I have a cat.", question="What time does the office open?", relevance=False)
    assert forced.label != "not_applicable" and forced.relevance is None
