"""A couple asked together under "either … or" / "neither … nor", what is restricted to whom, and the words a
list keeps whole ("self-employed", "authorised contractors")."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question, linear", [
    ("If either you or your partner works, you can get it.", "Do you or your partner work?", "q1"),
    ("If neither you nor your partner works, you can't get Working Tax Credit.", "Do you or your partner work?",
     "NOT(q1)"),
    ("You can get it if neither you nor your partner has savings over £16,000.",
     "Do you or your partner have savings over £16,000?", "NOT(q1)"),
], ids=["either", "neither", "neither-savings"])
def test_either_or_neither_of_a_couple_is_one_question(text, question, linear):
    # was "Are you you nor your partner works?"
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == linear


def test_a_couple_under_either_keeps_a_further_condition():
    p = parse_policy("You can get it if either you or your partner is over 60 and you live in Wales.")
    assert [q.text for q in p.questions] == ["Are you or your partner over 60?", "Do you live in Wales?"]
    assert p.linear == "AND(q1, q2)"


def test_neither_nor_keeps_a_hyphenated_word():
    p = parse_policy("You can get it if you are neither employed nor self-employed.")
    assert [q.text for q in p.questions] == ["Are you employed?", "Are you self-employed?"]  # was "Are you self?"
    assert p.linear == "AND(NOT(q1), NOT(q2))"


@pytest.mark.parametrize("text, questions, linear", [
    ("Access to the server room is restricted to IT staff and authorised contractors.",
     ["Are you IT staff?", "Are you an authorised contractor?"], "OR(q1, q2)"),
    ("The discount is restricted to members.", ["Are you a member?"], "q1"),
], ids=["server-room", "members"])
def test_what_is_restricted_to_people_asks_who_you_are(text, questions, linear):
    p = parse_policy(text)  # was no conditions
    assert [q.text for q in p.questions] == questions
    assert p.linear == linear
    assert p.conclusion.polarity == "positive"


def test_a_limit_per_person_is_not_who_it_is_restricted_to():
    assert parse_policy("The offer is limited to one per customer.").tree is None


@pytest.mark.parametrize("text, questions, linear", [
    ("The scheme is open to anyone aged 16 to 24 who is not in education, employment or training.",
     ["Are you aged 16 to 24?", "Are you in education, employment or training?"], "AND(q1, NOT(q2))"),
    ("The scheme is open to anyone who is not in education.", ["Are you in education?"], "NOT(q1)"),
], ids=["aged-who", "who"])
def test_anyone_described_is_who_a_scheme_is_for(text, questions, linear):
    p = parse_policy(text)  # was no conditions ("anyone" is a pronoun)
    assert [q.text for q in p.questions] == questions
    assert p.linear == linear


def test_open_to_anyone_states_no_condition():
    assert parse_policy("The scheme is open to anyone.").tree is None


@pytest.mark.parametrize("text, questions, linear", [
    ("You can get free prescriptions if you are 60 or over, under 16, or pregnant.",
     ["Are you 60 or over?", "Are you under 16?", "Are you pregnant?"], "OR(q1, q2, q3)"),
    ("You can get it if you are blind, deaf and over 18.", ["Are you blind?", "Are you deaf?", "Are you over 18?"],
     "AND(q1, q2, q3)"),
    # a state of two words is a state too (was one question)
    ("You qualify for the discount if you are a student, over 60, or registered disabled.",
     ["Are you a student?", "Are you over 60?", "Are you registered disabled?"], "OR(q1, q2, q3)"),
], ids=["prescriptions", "and", "two-word-state"])
def test_listed_things_you_are_of_several_kinds_are_a_condition_each(text, questions, linear):
    p = parse_policy(text)  # was one question "Are you 60 or over, under 16, or pregnant?"
    assert [q.text for q in p.questions] == questions
    assert p.linear == linear


@pytest.mark.parametrize("text", ["You can get it if you are a student, a carer or a parent.",
                                  "You can get it if you are blind, deaf or disabled.",
                                  "You can apply if you are single, widowed or divorced."])
def test_listed_things_of_one_kind_stay_one_question(text):
    assert len(parse_policy(text).questions) == 1
