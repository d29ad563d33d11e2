"""Where a negation belongs: one inside a clause the condition reports ("… states that you can't claim …")
stays in the question's words instead of negating the whole condition, and it is spelled as written."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


def test_a_negation_inside_a_that_clause_stays_in_the_question():
    # spaCy reads "states" as a noun here; the "n't" had negated the whole item and left "you ca claim"
    p = parse_policy("You won’t qualify if you:\n\n"
                     "* need permission to enter the UK and your granted leave states that you can’t claim public "
                     "funds\n"
                     "* are in prison")
    assert p.questions[0].text == ("Do you need permission to enter the UK and your granted leave states that you "
                                   "can’t claim public funds?")
    assert p.linear == "OR(q1, q2)"


def test_cannot_is_spelled_as_written():
    p = parse_policy("You won't qualify if your leave states that you cannot claim public funds.")
    assert [q.text for q in p.questions] == ["Does your leave state that you cannot claim public funds?"]
    assert p.linear == "q1"


@pytest.mark.parametrize("text, question", [
    ("You cannot claim mileage for your commute to your normal place of work.",
     "Do you claim mileage for your commute to your normal place of work?"),  # was no conditions
    ("You can’t charge VAT on exempt or ‘out of scope’ items.",
     "Do you charge VAT on exempt or ‘out of scope’ items?"),
], ids=["mileage", "vat"])
def test_cannot_use_something_for_or_on_a_thing_is_a_ban(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


@pytest.mark.parametrize("text", [
    "You can't normally get Child Tax Credit for your children.",  # says what is usual, bans nothing
    "You can't get Child Tax Credit.",
])
def test_cannot_without_a_use_is_no_ban(text):
    assert p_linear(text) is None


def test_a_place_scope_stays_the_condition_of_cannot():
    p = parse_policy("You can't claim Disability Living Allowance mobility component abroad.")
    assert [q.text for q in p.questions] == ["Are you abroad?"]
    assert p.conclusion.polarity == "negative"


def p_linear(text: str) -> str | None:
    return parse_policy(text).linear
