"""Regulation sentences: a second condition with its own subject after "or" that spaCy glues to the first's
object, and a permission scoped by a list of purposes."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, questions", [
    ("Processing shall be lawful only if the data subject has given consent or processing is necessary for the "
     "performance of a contract.",
     ["Has the data subject given consent?", "Is processing necessary for the performance of a contract?"]),
    ("You can transfer data if the country has an adequacy decision or appropriate safeguards are in place.",
     ["Does the country have an adequacy decision?", "Are appropriate safeguards in place?"]),
], ids=["glued-subject", "object-misread"])
def test_a_second_subject_after_or_opens_a_second_condition(text, questions):
    # was one question, "Has the data subject given consent or processing is necessary …?"
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "OR(q1, q2)"


def test_a_permission_for_listed_purposes_asks_which_purpose():
    # was "no conditions found"
    p = parse_policy("A covered entity may use or disclose protected health information for treatment, payment, or "
                     "health care operations.")
    assert [q.text for q in p.questions] == ["Is it for treatment?", "Is it for payment?",
                                             "Is it for health care operations?"]
    assert p.linear == "OR(q1, q2, q3)"
    assert [p.text[q.citation.start:q.citation.end] for q in p.questions] == ["treatment", "payment",
                                                                             "health care operations"]
    assert p.conclusion.text == "A covered entity may use or disclose protected health information"


@pytest.mark.parametrize("text", ["You can get help for your childcare costs.",
                                  "A covered entity may not disclose it for marketing or fundraising."])
def test_one_purpose_or_a_prohibition_sets_no_purpose_list(text):
    assert not any(q.text.startswith("Is it for") for q in parse_policy(text).questions)


@pytest.mark.parametrize("text, question, conclusion", [
    ("The processing of personal data of a child shall be lawful where the child is at least 16 years old.",
     "Is the child at least 16 years old?", "The processing of personal data of a child shall be lawful"),
    ("The data subject shall have the right to obtain the erasure of personal data without undue delay where the "
     "personal data are no longer necessary.", "Are the personal data no longer necessary?",
     "The data subject shall have the right to obtain the erasure of personal data without undue delay"),
], ids=["art8", "art17"])
def test_where_after_a_rule_is_its_condition(text, question, conclusion):
    # was one question holding the whole sentence ("Is the processing … lawful where the child is …?")
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.conclusion.text == conclusion


@pytest.mark.parametrize("text", ["You must live in a country where the law allows it.",
                                  "This is the office where the forms are kept."])
def test_where_about_a_place_is_no_condition(text):
    assert not any(q.text.startswith(("Does the law", "Are the forms")) for q in parse_policy(text).questions)


def test_purposes_sharing_their_object_are_not_split():
    p = parse_policy("A covered entity may disclose protected health information for the purpose of preventing or "
                     "controlling disease.")
    assert "Is it for preventing?" not in [q.text for q in p.questions]


def test_a_permission_for_one_stated_purpose_asks_it():
    # was "no conditions found": the purpose's two verbs share their object, so it is one purpose, asked whole
    p = parse_policy("A covered entity may disclose protected health information to a public health authority for "
                     "the purpose of preventing or controlling disease.")
    assert [q.text for q in p.questions] == ["Is it for the purpose of preventing or controlling disease?"]
    assert p.conclusion.text.endswith("to a public health authority") and p.conclusion.polarity == "positive"
    assert p.text[p.questions[0].citation.start:p.questions[0].citation.end] == \
        "the purpose of preventing or controlling disease"


def test_a_right_is_not_a_requirement():
    # "shall have the right to object, …, at any time …" was read as a requirement and split at its commas into
    # "Is the data subject at any time to processing of personal data concerning him or her?"
    p = parse_policy("The data subject shall have the right to object, on grounds relating to his or her particular "
                     "situation, at any time to processing of personal data concerning him or her.")
    assert p.tree is None and not p.questions
