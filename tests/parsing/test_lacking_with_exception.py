"""A ban on doing something without a thing, with an exception: "You can't enter the building without a pass unless a
member of staff gives you one". The pass and the exception are each a way past the ban; the parser had kept "without
a pass" inside the conclusion and asked only about the exception, so someone holding a pass was refused or asked
about the exception. "one" in the exception is the thing lacked."""

from __future__ import annotations

import pytest

from pcd import check
from pcd.policy import parse_policy


@pytest.mark.parametrize("text, questions, conclusion", [
    ("You can't enter the building without a pass unless a member of staff gives you one.",
     ["Do you have a pass?", "Does a member of staff give you a pass?"], "You can't enter the building"),
    ("You may not park here without a permit unless you are visiting for less than 15 minutes.",
     ["Do you have a permit?", "Are you visiting for less than 15 minutes?"], "You may not park here"),
    ("Patients must not be discharged without a follow-up appointment unless they refuse one.",
     ["Do you have a follow-up appointment?", "Do you refuse a follow-up appointment?"],
     "Patients must not be discharged"),
], ids=["pass", "permit", "appointment"])
def test_the_thing_lacked_and_the_exception_are_both_ways_past_the_ban(text, questions, conclusion):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "AND(NOT(q1), NOT(q2))"
    assert (p.conclusion.text, p.conclusion.polarity) == (conclusion, "negative")


def test_a_holder_is_not_asked_about_the_exception():
    policy = "You may not park here without a permit unless you are visiting for less than 15 minutes."
    r = check(policy, question="Can I park here?", answers={"q1": "yes"})
    assert r.label == "compliant" and r.next_question is None
    r = check(policy, question="Can I park here?", answers={"q1": "no"})
    assert r.label == "undetermined" and r.next_question.text == "Are you visiting for less than 15 minutes?"


def test_one_stands_for_a_thing_one_must_have_only():
    # the card lost is not a replacement card: "one" stays as written
    p = parse_policy("You will be charged for a replacement card if you lose one.")
    assert [q.text for q in p.questions] == ["Do you lose one?"]
