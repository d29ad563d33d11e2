"""Two grounds joined by "or" where the second is said another way: a consent "or where" a need, an age "or with"
a condition. Each ground is its own question under OR, instead of one question no one can answer."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, linear, questions", [
    # was "Do you have the explicit consent of the data subject or where necessary for medical diagnosis?"
    ("Health data may be processed only with the explicit consent of the data subject or where necessary for "
     "medical diagnosis.", "OR(q1, q2)",
     ["Do you have the explicit consent of the data subject?", "Is it necessary for medical diagnosis?"]),
    # was only "Is the disclosure required by law?", the consent left in the conclusion
    ("The provider may disclose the records with the written consent of the patient or where the disclosure is "
     "required by law.", "OR(q1, q2)",
     ["Do you have the written consent of the patient?", "Is the disclosure required by law?"]),
    ("You may leave early with your manager's permission or if you are unwell.", "OR(q1, q2)",
     ["Do you have your manager's permission?", "Are you unwell?"]),
    # was "Are you over 65 or with a long-term condition?"
    ("Patients over 65 or with a long-term condition are eligible for a free flu jab.", "OR(q1, q2)",
     ["Are you over 65?", "Do you have a long-term condition?"]),
    # was "Are you under 18 or without?" (spaCy makes "account" the subject of "apply")
    ("People under 18 or without a bank account cannot apply.", "OR(q1, NOT(q2))",
     ["Are you under 18?", "Do you have a bank account?"]),
])
def test_each_ground_is_asked(text, linear, questions):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == (linear, questions)


def test_a_single_consent_is_one_question():
    p = parse_policy("Staff may work from home with their manager's approval.")
    assert (p.linear, [q.text for q in p.questions]) == ("q1", ["Do you have your manager's approval?"])
