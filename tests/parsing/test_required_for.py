"""What a thing is required for ("A medical certificate is required for absences of more than 7 days") and who it
is for when spaCy hangs their age on the verb: each was "no conditions found" or lost the age."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, linear, questions", [
    ("A medical certificate is required for absences of more than 7 days.", "q1",
     ["Is it for absences of more than 7 days?"]),
    # asked as written: "stays" read alone is a verb ("Does it stay longer than 90 days?")
    ("A visa is required for stays longer than 90 days.", "q1", ["Is it for stays longer than 90 days?"]),
    ("A permit is needed for fishing or camping in the park.", "OR(q1, q2)",
     ["Is it for fishing?", "Is it for camping in the park?"]),
    # was "Are you a rider?": the age, not being a rider, is what decides
    ("Helmets are mandatory for riders under 16.", "q1", ["Are you under 16?"]),
])
def test_what_it_is_required_for(text, linear, questions):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == (linear, questions)
    assert p.conclusion is not None and p.conclusion.polarity == "positive"


@pytest.mark.parametrize("text, linear, questions", [
    # was "Are you alcohol?", "Are you a fine or a penalty?"
    ("You cannot claim expenses for:\n\n- alcohol\n- personal entertainment\n- fines or penalties", "OR(q1, q2, q3)",
     ["Is it for alcohol?", "Is it for personal entertainment?", "Is it for fines or penalties?"]),
    # "11pm" stays as written (was "11 pm")
    ("You can claim travel costs for:\n\n* train tickets\n* taxis after 11pm", "OR(q1, q2)",
     ["Is it for train tickets?", "Is it for taxis after 11pm?"]),
])
def test_what_a_claim_is_for(text, linear, questions):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == (linear, questions)


@pytest.mark.parametrize("text, question, conclusion", [
    # each was "no conditions found"
    ("Remote access is permitted only through the company VPN.", "Is the remote access through the company VPN?",
     "Remote access is permitted"),
    ("You will only be reimbursed for travel by standard class rail.", "Is the travel by standard class rail?",
     "You will only be reimbursed for travel"),
    ("Payments are accepted only by card.", "Is the payment by card?", "Payments are accepted"),
])
def test_the_one_means_it_is_allowed_by(text, question, conclusion):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == ("q1", [question])
    assert (p.conclusion.text, p.conclusion.polarity) == (conclusion, "positive")


def test_the_first_days_a_rule_holds_in():
    # was "Are you an employee?" under the negative conclusion: every employee refused sick pay
    p = parse_policy("Employees are not entitled to sick pay during the first 3 days of absence.")
    assert (p.linear, [q.text for q in p.questions]) == ("q1", ["Is it within the first 3 days of absence?"])
    assert (p.conclusion.text, p.conclusion.polarity) == ("Employees are not entitled to sick pay", "negative")


def test_what_a_requirement_is_for_is_the_goal():
    p = parse_policy("Students must attend at least 80% of classes to sit the final exam.")
    # was "Do you attend at least 80% of classes to sit the final exam?"
    assert [q.text for q in p.questions] == ["Do you attend at least 80% of classes?"]
    assert p.conclusion.text == "to sit the final exam"


@pytest.mark.parametrize("text, question", [
    # was no conditions; then "Is the balance above £1?" and "Is it 000?" (the thousands comma split the list)
    ("Interest is paid monthly on balances above £1,000.", "Is the balance above £1,000?"),
    ("Refunds are not available for orders over £500.", "Is the order over £500?"),
])
def test_a_bounded_thing(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]
