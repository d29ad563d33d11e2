"""Rules a data-protection or HR policy states: "unless the customer has opted in", "where processing is …",
"subject to their manager's approval", and a negation held for a time ("have not logged in for 2 years")."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question, linear", [
    # a verb's particle ends the question ("Have you opted in?" was rejected as cut off, leaving no conditions)
    ("Personal data must not be shared with third parties unless the customer has opted in.",
     "Has the customer opted in?", "NOT(q1)"),
    ("You can get it if you have opted in.", "Have you opted in?", "q1"),
], ids=["unless-opted-in", "if-opted-in"])
def test_a_particle_verb_is_a_whole_question(text, question, linear):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == linear


def test_a_question_cut_off_at_a_preposition_is_still_rejected():
    assert parse_policy("You can get the credit if you are claiming the credit for.").tree is None


@pytest.mark.parametrize("text, question, polarity", [
    # was "Are you an individual?"
    ("A data protection impact assessment is required where processing is likely to result in a high risk to "
     "individuals.", "Is processing likely to result in a high risk to individuals?", "positive"),
    ("Consent is not required where processing is necessary for the performance of a contract.",
     "Is processing necessary for the performance of a contract?", "negative"),  # was no conditions
    ("The controller shall inform the data subject where personal data are collected from a third party.",
     "Are personal data collected from a third party?", "positive"),
], ids=["dpia", "consent", "inform"])
def test_where_processing_is_the_condition_of_a_requirement(text, question, polarity):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "q1"
    assert p.conclusion.polarity == polarity


def test_subject_to_approval_is_a_condition():
    p = parse_policy("Employees can work from home up to two days a week, subject to their manager's approval.")
    assert [q.text for q in p.questions] == ["Do you have your manager's approval?"]  # was "Are you an employee?"
    assert p.conclusion.text == "Employees can work from home up to two days a week"


@pytest.mark.parametrize("text, question", [
    ("We will delete your account if you have not logged in for 2 years.", "Have you not logged in for 2 years?"),
    ("You can get it if you haven't worked for the last 6 months.", "Have you not worked for the last 6 months?"),
], ids=["logged-in", "worked"])
def test_a_negation_held_for_a_time_stays_in_the_question(text, question):
    # NOT("Have you logged in for 2 years?") was true of someone who logged in last week
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "q1"


def test_a_plain_negation_still_negates_the_question():
    p = parse_policy("You can get it if you have not worked.")
    assert [q.text for q in p.questions] == ["Have you worked?"]
    assert p.linear == "NOT(q1)"
