"""Pronouns in a condition: "them" that refers back to the things a rule is about is named in the question, a
"them" beside the reader stays someone or something else, and "no longer" negates the condition instead of
garbling it."""

from __future__ import annotations

import pytest

import pcd
from pcd.policy import parse_policy


@pytest.mark.parametrize("text, linear, question", [
    # was "Has another reader reserved them?", which no one can answer without the rule beside it
    ("Library books can be renewed up to three times unless another reader has reserved them.",
     "NOT(q1)", "Has another reader reserved the library books?"),
    ("Items can be exchanged unless you have used them.", "NOT(q1)", "Have you used the items?"),
    # was "Is it you no longer need them?"
    ("Documents must be shredded once you no longer need them.", "NOT(q1)", "Do you need the documents?"),
    # was "Is it you no longer live in the UK?"
    ("Your benefit stops if you no longer live in the UK.", "NOT(q1)", "Do you live in the UK?"),
])
def test_things_named_and_no_longer_negated(text, linear, question):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == (linear, [question])


def test_them_beside_the_reader_is_not_the_reader():
    # "them" was turned into "you" like a "they" that stands for the reader: "Do you give you your address?"
    from pcd.parsing.questions import write_question

    assert write_question("you do not need them", "you") == ("Do you need them?", True)
    assert write_question("you give them your address", "you") == ("Do you give them your address?", False)
    assert write_question("they no longer work", "you") == ("Do you work?", True)  # "they" is still the reader


def test_a_singular_it_is_left_as_written():
    # "it" here is the update, not the session the sentence is about: naming a thing would guess
    p = parse_policy("Your session will time out if you don’t submit your update within 15 minutes of starting it.")
    assert [q.text for q in p.questions] == ["Do you submit your update within 15 minutes of starting it?"]


@pytest.mark.parametrize("said, question", [
    # "that" pointing at a noun was stripped as a marker: "Does country ensure …?"
    ("that country ensures an adequate level of protection", "Does the country ensure an adequate level of protection?"),
    ("this person is your partner", "Is the person your partner?"),
    ("that you are over 18", "Are you over 18?"),  # a marker still goes
    # a person named as subject owns "their" ("Can the person manage your own affairs?" was asked of the reader)
    ("that person can manage their own affairs", "Can the person manage their own affairs?"),
    ("your child lives with their other parent", "Does your child live with their other parent?"),
    # an employer's or a business's "their" is still often the reader's, as ShARC's gold asks
    ("the business deducts tax from their wages", "Does the business deduct tax from your wages?"),
])
def test_demonstratives_and_named_people(said, question):
    from pcd.parsing.questions import write_question

    assert write_question(said, "you") == (question, False)


def test_transfer_unless_the_country_is_adequate():
    p = parse_policy("Personal data shall not be transferred to a third country unless that country ensures an "
                     "adequate level of protection.")
    assert (p.linear, [q.text for q in p.questions]) == (
        "NOT(q1)", ["Does the country ensure an adequate level of protection?"])
    assert p.conclusion.polarity == "negative"


@pytest.mark.parametrize("text, linear, question", [
    # "Do you fail it?" could not stand alone: no conditions were found
    ("You may resit an exam once if you fail it.", "q1", "Do you fail the exam?"),
    ("You must delete the data when you no longer need it.", "NOT(q1)", "Do you need the data?"),
    # an elided subject is the thing: was "Is it unused?", "Is it damaged?"
    ("Season tickets are refundable within 7 days of purchase if unused.", "q1", "Are the season tickets unused?"),
    ("Items can be returned unless damaged.", "NOT(q1)", "Are the items damaged?"),
])
def test_the_thing_the_main_clause_acts_on(text, linear, question):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == (linear, [question])


def test_the_thing_a_return_acts_on_with_its_window():
    # was "Have you damaged them?"; the 30 days (from the purchase) were lost
    p = parse_policy("You can return goods within 30 days unless you have damaged them.")
    assert [q.text for q in p.questions] == ["Have you damaged the goods?",
                                             "Has it been more than 30 days since purchase?"]
    assert p.linear == "AND(NOT(q1), NOT(q2))"


def test_it_is_the_one_thing_the_reader_acts_on_and_each_state_is_asked():
    # was one question "Is it unused and in its original packaging?"; the 30 days were lost
    p = parse_policy("You may return an item for a full refund within 30 days, as long as it is unused and in its "
                     "original packaging.")
    assert [q.text for q in p.questions] == ["Is the item unused?", "Is the item in its original packaging?",
                                             "Has it been more than 30 days since purchase?"]
    assert p.linear == "AND(q1, q2, NOT(q3))"


def test_a_conjunct_goes_on_speaking_of_the_thing_and_the_window_is_kept():
    # was "Do you have its tags attached?", and the 30 days were lost when a purpose followed them
    p = parse_policy("You can return an item within 30 days of delivery for a full refund, as long as it is unworn "
                     "and has its tags attached.")
    assert [q.text for q in p.questions] == ["Is the item unworn?", "Does the item have its tags attached?",
                                             "Has it been more than 30 days since delivery?"]
    assert p.linear == "AND(q1, q2, NOT(q3))"
    assert parse_policy("You can return an item within 30 days of delivery for a full refund.").linear == "NOT(q1)"


def test_an_exception_for_things_is_not_about_the_people_who_buy_them():
    # was "Are the shoppers perishable goods?" (shoppers read as things), then "Are you perishable goods?"
    p = parse_policy("Shoppers can return items bought online to any store within 28 days, except for perishable "
                     "goods.")
    assert [q.text for q in p.questions] == ["Is it perishable goods?", "Has it been more than 28 days since purchase?"]
    assert p.linear == "AND(NOT(q1), NOT(q2))"


@pytest.mark.parametrize("text, questions, linear", [
    # a return's window with no event named runs from the purchase; the window was lost, and a lamp bought 40 days
    # ago was asked only for its receipt (or, with no other condition, the text had no conditions)
    ("Customers can return unused items within 28 days for a full refund, as long as they have a receipt.",
     ["Do you have a receipt?", "Has it been more than 28 days since purchase?"], "AND(q1, NOT(q2))"),
    ("You can return unused items within 28 days if you have a receipt.",
     ["Do you have a receipt?", "Has it been more than 28 days since purchase?"], "AND(q1, NOT(q2))"),
    ("Customers can return unused items within 28 days for a full refund.",
     ["Has it been more than 28 days since purchase?"], "NOT(q1)"),
    ("You can exchange items within 14 days.", ["Has it been more than 14 days since purchase?"], "NOT(q1)"),
    # an event named is kept
    ("Customers can return items within 30 days of delivery.", ["Has it been more than 30 days since delivery?"],
     "NOT(q1)"),
], ids=["as-long-as", "if", "window-alone", "exchange", "of-delivery"])
def test_a_return_window_runs_from_the_purchase(text, questions, linear):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == linear


def test_a_return_window_end_to_end():
    p = parse_policy("Customers can return unused items within 28 days for a full refund, as long as they have a "
                     "receipt.")
    assert pcd.check(p, "I bought a lamp 40 days ago and I have the receipt.").label == "non_compliant"
    assert pcd.check(p, "I bought a lamp 10 days ago and I have the receipt.").label == "compliant"
