"""Orientation of the tree's value by the conclusion's polarity and the user's question (pcd.orientation)."""

from __future__ import annotations

import pytest

from pcd import check
from pcd.orientation import asks_the_opposite_bound, orient, question_is_negated


@pytest.mark.parametrize("question, negated", [
    ("Can I claim?", False),
    ("Can't I claim?", True),
    ("Am I no longer eligible?", True),
    ("Can my benefits be affected if I am not working?", False),
    ("Do I need a licence when I don't sell food?", False),
    ("Will I not get it if I move abroad?", True),
    ("Do I have to stop claiming tax credits?", True),
    ("Can I stop paying National Insurance?", False),
])
def test_only_a_negation_in_the_main_clause_negates_the_question(question, negated):
    assert question_is_negated(question) is negated


def test_negative_conclusion_and_negated_question_cancel():
    assert orient("negative", "Can't I export it?").inverted is False
    assert orient("negative", "Can I export it?").inverted is True
    assert orient("positive", "Can I export it?").inverted is False


def test_a_negated_condition_in_the_users_question_does_not_flip_the_label():
    policy = "Your benefits could be affected if there are gaps in your National Insurance record."
    result = check(policy, "", question="Can my benefits be affected if I am not working?",
                   answers={"q1": "no"})
    assert result.label == "non_compliant"


def test_a_question_about_the_opposite_bound_inverts_the_answer():
    policy = "If you have fewer than 30 qualifying years, your basic State Pension will be less than £122.30 per week."
    more = check(policy, question="Will my basic State Pension be more than £122.30 per week?",
                 answers={"q1": "yes"})
    less = check(policy, question="Will my basic State Pension be less than £122.30 per week?",
                 answers={"q1": "yes"})
    assert (more.label, less.label) == ("non_compliant", "compliant")
    assert "opposite bound" in more.orientation.why
    assert asks_the_opposite_bound("Do you have more than 5 staff?", "if you have fewer than 5 staff")
    assert not asks_the_opposite_bound("Is it over 65?", "You can get it if you are over 65")
