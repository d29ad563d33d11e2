"""Duties no condition guards, each its own question: "Visitors must sign in at reception and wear a visitor badge"
is broken by either one, and a check says which (one joined question was answered "yes" for a visitor who signed in
and took the badge off)."""

from __future__ import annotations

import pytest

from pcd import check
import pcd
from pcd.policy import parse_policy


@pytest.mark.parametrize("text, questions", [
    ("Visitors must sign in at reception and wear a visitor badge at all times.",
     ["Do you sign in at reception?", "Do you wear a visitor badge at all times?"]),
    ("Annual leave must be booked at least two weeks in advance and approved by your line manager.",
     ["Is annual leave booked at least two weeks in advance?", "Is annual leave approved by your line manager?"]),
    ("You must complete the form and send it to us.", ["Do you complete the form?", "Do you send it to us?"]),
], ids=["active", "passive", "you"])
def test_conjoined_duties_are_each_a_requirement(text, questions):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "AND(q1, q2)"


@pytest.mark.parametrize("text, question", [
    # one thing with two parts, not two duties of the modal's verb
    ("You must have a way to handle complaints and resolve disputes with your customers.",
     "Do you have a way to handle complaints and resolve disputes with your customers?"),
    # a condition keeps its verbs together, as ShARC's questions do
    ("You may get the full amount if you have expenses and study full-time on a course of at least 30 weeks.",
     "Do you have expenses and study full-time on a course of at least 30 weeks?"),
    # alternatives inside what is required are not two duties
    ("You must pay the tax as you earn or receive income during the year.",
     "Do you pay the tax as you earn or receive income during the year?"),
], ids=["one-thing", "condition", "alternatives"])
def test_verbs_that_are_not_two_duties_stay_one_question(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]


def test_a_ban_on_two_things_is_not_split_into_a_conjunction():
    # NOT(AND(share, store)) would let either alone through; the ban stays one question
    p = parse_policy("You must not share or store customer data on personal devices.")
    assert p.linear == "NOT(q1)"


def test_a_check_names_the_duty_that_was_broken():
    r = check("Visitors must sign in at reception and wear a visitor badge at all times.",
              answers={"q1": "yes", "q2": "no"})
    assert r.label == "non_compliant"
    assert [(c.quote, c.answer) for c in r.citations] == [("wear a visitor badge at all times", "no")]


@pytest.mark.parametrize("text", [
    "Expenses over £50 must have a receipt and be approved by a director.",
    "Expenses over £50 need a receipt and must be approved by a director.",  # was no conditions
])
def test_duties_of_things_past_a_bound_are_each_asked(text):
    # was one question "Does the expense have a receipt and be approved by a director?"
    p = parse_policy(text)
    assert [q.text for q in p.questions] == ["Is the expense over £50?", "Does the expense have a receipt?",
                                             "Is the expense approved by a director?"]
    assert p.linear == "OR(NOT(q1), AND(q2, q3))"
    assert check(p, answers={"q1": "yes", "q2": "yes", "q3": "no"}).label == "non_compliant"
    assert check(p, answers={"q1": "no"}).label == "compliant"


@pytest.mark.parametrize("text, questions", [
    ("Sick leave of more than seven days must be supported by a doctor's note.",
     ["Is the sick leave more than seven days?", "Is the sick leave supported by a doctor's note?"]),
    ("Absences of more than 3 days must be supported by a doctor's note.",
     ["Is the absence more than 3 days?", "Is the absence supported by a doctor's note?"]),
], ids=["sick-leave", "absences"])
def test_a_duty_of_what_lasts_past_a_length_binds_only_that(text, questions):
    # "Sick leave of more than seven days …" was one question, so a two-day absence without a note failed it
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "OR(NOT(q1), q2)"
    # the length is read from the scenario (the durations answerer): two days off need no note
    assert check(p, "I was off sick for 2 days.").label == "compliant"
    assert check(p, "I was off sick for 10 days.").next_question.text == questions[1]


@pytest.mark.parametrize("text", [
    "Cyclists must wear a helmet and use lights after dark.",
    "You must wear a helmet and use lights after dark.",
], ids=["cyclists", "you"])
def test_a_second_duty_hung_off_the_first_ones_object_is_a_duty_of_its_own(text):
    # spaCy makes "use" a conjunct of "helmet": was one question, answered "no" for a cyclist with lights and no
    # helmet and "yes" for one with both, so neither duty could be cited alone
    p = parse_policy(text)
    assert [q.text for q in p.questions] == ["Do you wear a helmet?", "Do you use lights after dark?"]
    assert p.linear == "AND(q1, q2)"


def test_two_things_worn_stay_one_duty():
    assert [q.text for q in parse_policy("Staff must wear a badge and gloves.").questions] == [
        "Do you wear a badge and gloves?"]


def test_duties_joined_by_or_are_alternatives():
    # was one question "Do you cancel appointments at least 24 hours in advance or pay a £30 fee?", answered "yes"
    # for a patient who cancelled 2 hours before
    p = parse_policy("Patients must cancel appointments at least 24 hours in advance or pay a £30 fee.")
    assert [q.text for q in p.questions] == ["Do you cancel appointments at least 24 hours in advance?",
                                             "Do you pay a £30 fee?"]
    assert p.linear == "OR(q1, q2)"
    r = pcd.check(p, "I cancelled my appointment 2 hours before.")
    assert r.label == "undetermined" and r.next_question.text == "Do you pay a £30 fee?"


def test_an_or_after_another_duty_does_not_take_the_whole_as_its_left_side():
    p = parse_policy("Land must be private land and must improve biological diversity or increase carbon "
                     "sequestration.")
    assert "OR(AND" not in p.linear


def test_a_second_passive_duty_tagged_past_tense_stays_passive():
    # spaCy tags "used" VBD after "5°C": was "Did you use within 3 days of opening?"
    p = parse_policy("Food must be stored below 5°C and used within 3 days of opening.")
    assert [q.text for q in p.questions] == ["Is food stored below 5°C?", "Is food used within 3 days of opening?"]
