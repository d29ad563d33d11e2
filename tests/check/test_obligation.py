"""A scenario checked with no question of the user's is checked against the duty the conclusion states: the
parsed tree says when the duty binds, the check asks whether it is met."""

from __future__ import annotations

import jsonschema
import pytest

import pcd
from pcd.check import explanation_schema
from pcd.obligation import duty_question, duty_questions, with_obligation
from pcd.policy import Conclusion, parse_policy

PCI = "Staff who handle payment card data must complete PCI training every year."
PROBATION = "Employees on probation must not take unpaid leave."


def test_a_bound_duty_not_done_is_non_compliant():
    # the condition alone called a card handler who never trained "compliant"
    r = pcd.check(PCI, "", answers={"q1": "yes", "q2": "no"})
    assert r.label == "non_compliant"
    assert [a.question.text for a in r.answers] == ["Do you handle payment card data?",
                                                    "Do you complete PCI training every year?"]
    assert any("duty is met where it applies" in n for n in r.notes)
    jsonschema.validate(r.to_dict(), explanation_schema())


@pytest.mark.parametrize("given, label", [
    ({"q1": "yes", "q2": "yes"}, "compliant"),
    ({"q1": "no", "q2": "no"}, "compliant"),  # the duty does not bind them
    ({"q1": "yes", "q2": "unknown"}, "undetermined"),
])
def test_a_bound_duty(given, label):
    assert pcd.check(PCI, "", answers=given).label == label


@pytest.mark.parametrize("given, label", [
    ({"q1": "yes", "q2": "yes"}, "non_compliant"),  # on probation and took it
    ({"q1": "yes", "q2": "no"}, "compliant"),  # was non_compliant: the ban's condition alone, inverted
    ({"q1": "no", "q2": "yes"}, "compliant"),
])
def test_a_bound_ban(given, label):
    assert pcd.check(PROBATION, "", answers=given).label == label


def test_a_users_question_still_asks_whether_the_duty_applies():
    # "Do I need to …?" is answered by the condition, as ShARC reads it: no duty question is added
    r = pcd.check(PCI, "", question="Do I need to complete PCI training?", answers={"q1": "yes"}, relevance=False)
    assert r.label == "compliant"
    assert [a.question.id for a in r.answers] == ["q1"]


@pytest.mark.parametrize("text", [
    "Any gift worth more than £50 must be recorded in the gifts register.",  # the tree already asks it
    "You can get Carer's Allowance if you care for someone 35 hours a week.",  # a permission, no duty
])
def test_no_duty_of_the_reader_leaves_the_policy_as_parsed(text):
    assert with_obligation(parse_policy(text)) is None


def test_the_duty_question_cites_the_conclusion():
    p = with_obligation(parse_policy(PCI))
    q = p.questions[-1]
    assert q.citation.quote == p.text[p.conclusion.start:p.conclusion.end]
    assert duty_question(Conclusion("Staff must not share passwords", "negative")) == ("Do you share passwords?", True)


@pytest.mark.parametrize("text, linear, duty", [
    ("If you earn over £100,000, you have to fill in a Self Assessment tax return.", "OR(NOT(q1), q2)",
     "Do you fill in a Self Assessment tax return?"),
    ("If you don't get paid automatically, you'll need to make a claim.", "OR(q1, q2)", "Do you make a claim?"),
], ids=["have-to", "need-to"])
def test_have_to_and_need_to_are_duties(text, linear, duty):
    p = with_obligation(parse_policy(text))
    assert (p.linear, p.questions[-1].text) == (linear, duty)


def test_not_having_to_is_no_duty():
    # "you don't have to pay" exempts; it bans nothing
    p = parse_policy("If you are self-employed and earn less than £6,725 a year, you don't have to pay Class 2 "
                     "National Insurance.")
    assert with_obligation(p) is None


def test_the_conclusion_says_the_tree_decides_the_duty():
    # a ban read as compliance must not show as "Tenants must not keep pets (positive)", a permission to a reader
    r = pcd.check("Tenants must not keep pets without the landlord's written consent.",
              "I have a dog but never asked the landlord.")
    assert r.label == "non_compliant"
    assert (r.policy.conclusion.text, r.policy.conclusion.polarity) == (
        "the duty is met: Tenants must not keep pets", "positive")


def test_breaking_any_item_of_a_listed_ban_is_non_compliant():
    r = pcd.check("You must not:\n\n* share your password\n* leave your laptop unlocked",
                  "I shared my password with a colleague.")
    assert r.label == "non_compliant"


def test_what_one_needs_is_a_duty_to_have_it():
    # was the bound alone ("Are you under 16?"): a 14-year-old without consent came out compliant
    pol = "Children under 16 need a parent's consent to open an account."
    r = pcd.check(pol, "I am 14 and my mum has not given consent.")
    assert r.policy.linear == "OR(NOT(q1), q2)"
    assert r.policy.questions[-1].text == "Do you have a parent's consent to open an account?"
    assert pcd.check(pol, "I am 30.").label == "compliant"


def test_a_duty_on_a_thing_with_an_exception_is_checked_for_being_done():
    # the tree alone (NOT "needed for an investigation?") called footage kept 90 days for no reason compliant as
    # soon as it was not needed, and footage kept for an investigation non-compliant
    policy = "Any CCTV footage must be deleted after 30 days unless it is needed for an investigation."
    p = with_obligation(parse_policy(policy))
    assert p.linear == "OR(q1, q2)"
    assert p.questions[-1].text == "Is the CCTV footage deleted after 30 days?"
    assert pcd.check(policy, answers={"q1": "yes"}).label == "compliant"
    assert pcd.check(policy, answers={"q1": "no", "q2": "no"}).label == "non_compliant"
    assert pcd.check(policy, answers={"q1": "no", "q2": "yes"}).label == "compliant"


def test_no_second_question_for_a_duty_already_asked():
    assert with_obligation(parse_policy("Expenses over £50 must have a receipt.")) is None


@pytest.mark.parametrize("text, duty", [
    ("The landlord must return the deposit within 10 days if the tenancy ends.",
     "Does the landlord return the deposit within 10 days?"),
    ("Your employer must give you a written statement if you work for them for more than a month.",
     "Does your employer give you a written statement?"),
    ("Controllers must notify the supervisory authority of a breach unless it is unlikely to result in a risk.",
     "Does the controller notify the supervisory authority of a breach?"),
], ids=["landlord", "employer", "controllers"])
def test_another_partys_duty_is_checked_too(text, duty):
    # was the condition alone: a tenancy that ended with the deposit never returned came out compliant
    p = with_obligation(parse_policy(text))
    assert p.questions[-1].text == duty
    assert pcd.check(text, answers={"q1": "yes" if "NOT" not in parse_policy(text).linear else "no",
                                    p.questions[-1].id: "no"}).label == "non_compliant"


def test_two_duties_each_with_its_modal_are_both_checked():
    # was the condition alone read under a negative conclusion: every home worker non-compliant, VPN or not
    policy = ("Employees working from home must use the company VPN and must not let family members use their "
              "work laptop.")
    p = with_obligation(parse_policy(policy))
    assert p.linear == "OR(NOT(q1), AND(q2, NOT(q3)))"
    assert [q.text for q in p.questions[1:]] == ["Do you use the company VPN?",
                                                 "Did you let family members use your work laptop?"]
    assert pcd.check(policy, answers={"q1": "yes", "q2": "yes", "q3": "no"}).label == "compliant"
    assert pcd.check(policy, answers={"q1": "yes", "q2": "yes", "q3": "yes"}).label == "non_compliant"
    assert pcd.check(policy, answers={"q1": "yes", "q2": "no", "q3": "no"}).label == "non_compliant"
    assert pcd.check(policy, answers={"q1": "no"}).label == "compliant"
    assert duty_questions(Conclusion("Staff must wear a badge and must not prop fire doors open", "negative")) == (
        ("Do you wear a badge?", False), ("Do you prop fire doors open?", True))


def test_a_bounded_things_duty_is_checked_where_the_tree_asks_only_the_bound():
    # the tree asks "more than 5 days?"; the duty was taken as already asked and never checked
    policy = "Leave requests of more than 5 days must be submitted at least 4 weeks in advance."
    p = with_obligation(parse_policy(policy))
    assert p.linear == "OR(NOT(q1), q2)"
    assert p.questions[-1].text == "Are leave requests submitted at least 4 weeks in advance?"
    assert pcd.check(policy, "I asked for 10 days off two weeks before my holiday.").label == "non_compliant"
    assert pcd.check(policy, "I asked for 10 days off two months before my holiday.").label == "compliant"


def test_our_duty_is_the_readers_unless_the_reader_is_you():
    p = with_obligation(parse_policy("We must delete personal data when it is no longer needed."))
    assert p.linear == "OR(NOT(q1), q2)" and p.questions[-1].text == "Do you delete personal data?"
    assert with_obligation(parse_policy("If you ask for your data, we must reply within 30 days.")) is None
