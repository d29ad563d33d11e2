"""What a service refuses and when: things it is not given for, described by what was done to them, and a
refusal guarded by "if any of …"."""

from __future__ import annotations

import pytest

import pcd
from pcd.policy import parse_policy


def test_things_not_given_for_are_asked_by_what_was_done_to_them():
    # "will not be given" was not read (the pattern wanted "will not be not"), and "items bought …" became
    # "Did items buy …?"
    p = parse_policy("Refunds will not be given for items bought more than 60 days ago.")
    assert [q.text for q in p.questions] == ["Was the item bought more than 60 days ago?"]
    assert p.linear == "q1"
    assert p.conclusion.polarity == "negative"


def test_plain_things_not_available_for_are_still_asked_as_kinds():
    p = parse_policy("Refunds are not available for items damaged by the customer or gift cards.")
    assert [q.text for q in p.questions] == ["Was the item damaged by the customer?", "Is it a gift card?"]
    assert p.linear == "OR(q1, q2)"


@pytest.mark.parametrize("text, question", [
    ("We will not process your application if any of the required documents are missing.",
     "Are any of the required documents missing?"),
    ("You can apply if any of your children are under 5.", "Are any of your children under 5?"),
], ids=["documents", "children"])
def test_if_any_of_is_a_condition(text, question):
    # "if any" was taken for the aside of "deductions, if any, …" and the sentence had no conditions
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]


@pytest.mark.parametrize("text", ["We will refund deductions, if any, within 10 days.",
                                  "We will refund deductions (if any) within 10 days."])
def test_if_any_as_an_aside_states_no_condition(text):
    assert parse_policy(text).tree is None


@pytest.mark.parametrize("text, questions", [
    ("The discount applies to orders over £50.", ["Is the order over £50?"]),  # was no conditions
    ("The discount applies to orders over £50 placed before 31 December.",
     ["Is the order over £50?", "Was the order placed before 31 December?"]),
    ("The discount applies to items bought online.", ["Was the item bought online?"]),  # was "Did the item buy …?"
], ids=["bound", "bound-and-done", "done"])
def test_what_a_rule_applies_to_is_asked_of_the_thing(text, questions):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.conclusion.polarity == "positive"


@pytest.mark.parametrize("text, question, conclusion", [
    ("Refunds are available for faulty items.", "Is it a faulty item?", "Refunds are available"),
    ("A fee of £25 is charged for late payments.", "Is it a late payment?", "A fee of £25 is charged"),
    ("Taxi fares are reimbursed for journeys after 9pm.", "Is it a journey after 9pm?", "Taxi fares are reimbursed"),
    ("Travel costs are reimbursed only for business trips.", "Is it a business trip?", "Travel costs are reimbursed"),
], ids=["faulty", "late", "reimbursed", "reimbursed-only"])
def test_what_something_is_available_or_charged_for_grants_it(text, question, conclusion):
    p = parse_policy(text)  # was no conditions
    assert [q.text for q in p.questions] == [question]
    assert (p.conclusion.text, p.conclusion.polarity) == (conclusion, "positive")


def test_one_kind_of_thing_described_at_length_is_what_denies_it():
    # was no conditions (the description is longer than a list item is read)
    p = parse_policy("Refunds are not given for tickets bought more than 48 hours before the event.")
    assert [q.text for q in p.questions] == ["Was the ticket bought more than 48 hours before the event?"]
    assert (p.conclusion.text, p.conclusion.polarity) == ("Refunds are not given", "negative")


def test_reimbursed_for_either_of_two_things():
    # was no conditions: every taxi fare reimbursed
    p = parse_policy("Taxi fares are reimbursed only for journeys after 9pm or when no public transport is available.")
    assert [q.text for q in p.questions] == ["Is it a journey after 9pm?", "Is no public transport available?"]
    assert p.linear == "OR(q1, q2)"
    r = pcd.check(p, "I took a taxi at 6pm.", question="Will my taxi fare be reimbursed?")
    assert r.label == "undetermined" and r.next_question.text == "Is no public transport available?"
    assert pcd.check(p, "I took a taxi at 11pm.", question="Will my taxi fare be reimbursed?").label == "compliant"


def test_charged_on_most_things_names_no_kind():
    assert parse_policy("VAT is charged on most goods and services.").tree is None
