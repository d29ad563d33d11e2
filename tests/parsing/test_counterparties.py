"""What the other side of a rule must do is asked of it: "your employer", "the landlord" are not the reader."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question", [
    ("Your employer must pay you at least the minimum wage.",  # was "Do you pay you at least …?"
     "Does your employer pay you at least the minimum wage?"),
    ("Your partner must be over 18.", "Is your partner over 18?"),
    ("The landlord must return the deposit within 10 days of the end of the tenancy.",
     "Does the landlord return the deposit within 10 days of the end of the tenancy?"),
    ("The employer must carry out a risk assessment.", "Does the employer carry out a risk assessment?"),
], ids=["your-employer", "your-partner", "the-landlord", "the-employer"])
def test_a_duty_of_the_other_side_is_asked_of_it(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]


@pytest.mark.parametrize("text, question", [
    ("The Veteran must occupy the property as his or her primary residence.",
     "Do you occupy the property as your primary residence?"),
    ("The employee must tell their manager.", "Do you tell your manager?"),
    ("The applicant must be over 18.", "Are you over 18?"),
], ids=["veteran", "employee", "applicant"])
def test_the_person_a_rule_is_for_is_still_the_reader(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]


@pytest.mark.parametrize("text, first, linear", [
    ("Children under 12 may not enter unless accompanied by an adult.", "Are you under 12?", "AND(q1, NOT(q2))"),
    ("Members aged 65 or over can get a discount if they have been members for 10 years.", "Are you aged 65 or over?",
     "AND(q1, q2)"),
], ids=["under-12", "aged-65"])
def test_the_bound_on_the_people_a_rule_is_for_joins_its_condition(text, first, linear):
    # the bound was lost once the sentence had a condition of its own ("unless accompanied …")
    p = parse_policy(text)
    assert p.questions[0].text == first
    assert p.linear == linear


def test_people_named_without_a_bound_add_no_condition():
    p = parse_policy("Employees can work from home if their manager agrees.")
    assert [q.text for q in p.questions] == ["Does your manager agree?"]


@pytest.mark.parametrize("text, question", [
    ("Staff must not accept gifts if they are worth more than £50.", "Are the gifts worth more than £50?"),
    ("You can return items if they are faulty.", "Are the items faulty?"),
], ids=["gifts", "items"])
def test_they_in_a_condition_are_the_things_the_reader_acts_on(text, question):
    # was "Are you worth more than £50?" and "Are they faulty?"
    assert [q.text for q in parse_policy(text).questions] == [question]


def test_they_of_people_acted_on_stay_as_they_were():
    assert [q.text for q in parse_policy("You can get Child Benefit for children if they are under 16.").questions] == [
        "Are they under 16?"]


@pytest.mark.parametrize("text, question, conclusion", [
    # "unless you choose to" was "no conditions found": the choice is of what the main clause makes you do
    ("Your employer can't make you work more than 48 hours a week on average unless you choose to.",
     "Do you choose to work more than 48 hours a week on average?",
     "Your employer can't make you work more than 48 hours a week on average"),
    ("Your manager cannot force you to take annual leave in December unless you agree to.",
     "Do you agree to take annual leave in December?",
     "Your manager cannot force you to take annual leave in December"),
])
def test_an_elided_choice_takes_the_main_verb_phrase(text, question, conclusion):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == ("NOT(q1)", [question])
    assert (p.conclusion.text, p.conclusion.polarity) == (conclusion, "negative")


def test_before_you_can_claim_is_the_goal_not_the_question():
    p = parse_policy("You'll usually need to have lived in the UK for 2 years before you can claim.")
    assert [q.text for q in p.questions] == ["Have you lived in the UK for 2 years?"]  # was "… before you can claim?"
