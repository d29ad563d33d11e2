"""Bans a rule states outright: what you are not allowed to do, an activity that is prohibited, and one thing
above a price ("Any gift worth more than £50 must be recorded")."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question", [
    ("You are not allowed to bring food or drink into the library.",
     "Do you bring food or drink into the library?"),
    ("You're not allowed to park here.", "Do you park here?"),
    ("Visitors are not permitted to take photographs.", "Do you take photographs?"),
], ids=["you-are", "youre", "visitors"])
def test_not_allowed_to_is_a_ban(text, question):
    p = parse_policy(text)  # was no conditions
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


def test_not_allowed_to_with_a_condition_stays_a_conclusion():
    p = parse_policy("You are not allowed to work more than 20 hours a week if you are a student.")
    assert [q.text for q in p.questions] == ["Are you a student?"]
    assert p.conclusion.polarity == "negative"


@pytest.mark.parametrize("text, question", [
    ("Smoking is prohibited anywhere on the premises.", "Are you smoking anywhere on the premises?"),
    ("Using personal devices for work is not permitted.", "Are you using personal devices for work?"),
    ("Fishing is banned in the lake between March and June.", "Are you fishing in the lake between March and June?"),
    # was "Is processing of personal data … prohibited?", a question about the rule
    ("Processing of personal data revealing racial or ethnic origin or political opinions shall be prohibited.",
     "Are you processing personal data revealing racial or ethnic origin or political opinions?"),
], ids=["smoking", "devices", "fishing", "shall-be"])
def test_a_prohibited_activity_holds_when_it_is_not_done(text, question):
    p = parse_policy(text)  # was no conditions
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


@pytest.mark.parametrize("text, questions", [
    ("Any gift worth more than £50 must be recorded in the gifts register.",
     ["Is the gift worth more than £50?", "Is the gift recorded in the gifts register?"]),
    ("Every purchase over $5,000 requires two signatures.",
     ["Is the purchase over $5,000?", "Does the purchase have two signatures?"]),
], ids=["any-gift", "every-purchase"])
def test_one_thing_above_a_bound_is_bound_like_many(text, questions):
    # was one question ("Is any gift worth more than £50 recorded …?") that a £30 gift cannot answer
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "OR(NOT(q1), q2)"


@pytest.mark.parametrize("text, questions, linear", [
    ("Drivers must not use a hand-held phone while driving.", ["Do you use a hand-held phone?", "Are you driving?"],
     "NOT(AND(q1, q2))"),  # was "Are you a driver?" under the ban as conclusion
    ("Passengers must not smoke.", ["Do you smoke?"], "NOT(q1)"),
], ids=["drivers", "passengers"])
def test_a_ban_on_any_people_binds_its_reader(text, questions, linear):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == linear


def test_without_hung_deep_in_the_sentence_is_still_what_is_lacking():
    # spaCy hangs "without" on "period" (inside "during your notice period"); was no conditions
    p = parse_policy("You can't use your annual leave during your notice period without your manager's agreement.")
    assert [q.text for q in p.questions] == ["Do you have your manager's agreement?"]
    assert p.linear == "NOT(q1)"
    assert p.conclusion.polarity == "negative"


@pytest.mark.parametrize("text, question", [
    ("You cannot carry forward more than 5 days of unused annual leave into the next year.",
     "Do you carry forward more than 5 days of unused annual leave into the next year?"),
    ("You can't work more than 48 hours a week.", "Do you work more than 48 hours a week?"),
    ("You can't claim more than £500 a year.", "Do you claim more than £500 a year?"),
], ids=["carry-forward", "work", "claim"])
def test_a_cap_is_a_ban_on_going_over_it(text, question):
    # had no conditions: nothing to check a request to carry forward 8 days against
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


def test_what_you_cannot_get_stays_a_conclusion_without_conditions():
    assert parse_policy("You can't get Winter Fuel Payment.").tree is None


@pytest.mark.parametrize("text, question, polarity", [
    ("Orders over £50 qualify for free delivery.", "Is the order over £50?", "positive"),  # was no conditions
    ("Purchases over £500 are not refundable.", "Is the purchase over £500?", "negative"),  # was "… £500 are?"
], ids=["qualify", "not-refundable"])
def test_things_past_a_bound_opening_a_rule_are_its_condition(text, question, polarity):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert (p.linear, p.conclusion.polarity) == ("q1", polarity)


def test_the_bound_is_read_from_the_scenario():
    from pcd import check
    policy = "Orders over £50 qualify for free delivery."
    assert check(policy, "My order came to £65.", question="Do I get free delivery?").label == "compliant"
    assert check(policy, "My order came to £30.", question="Do I get free delivery?").label == "non_compliant"
