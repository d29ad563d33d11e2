"""A conclusion that denies, excludes or bans is negative, so checks invert the tree's value."""

import pytest

import pcd


@pytest.mark.parametrize("text, polarity", [
    ("Paid work does not include money paid:\n\n* for a room you rent out\n* as a sports prize", "negative"),
    ("You are not a carer if you only help a friend fill in a form.", "negative"),
    ("The banned goods for Ruritania are:\n\n* cigars\n* perfumes", "negative"),
    ("Fishing is prohibited if you do not hold a licence.", "negative"),
    ("If you get Statutory Sick Pay, none of your payments can be stopped or reduced.", "negative"),
    ("If the record was submitted by paper, No eACCR displays.", "negative"),
    ("You must stop claiming tax credits for your child if they start claiming for themselves.", "negative"),
    ("You stop paying Class 2 National Insurance when you reach State Pension age.", "positive"),
    ("If you live in Wales, no more than 3 people can apply.", "positive"),
    ("You can get the grant if you are over 65.", "positive"),
    ("You may qualify for the allowance if you care for someone for 35 hours a week.", "positive"),
])
def test_conclusion_polarity(text, polarity):
    assert pcd.parse_policy(text).conclusion.polarity == polarity


def test_negative_conclusion_inverts_the_answer():
    policy = "You are not a carer if you only help a friend fill in a form."
    r = pcd.check(policy, question="Am I a carer?", answers={"q1": "yes"}, relevance=False, answerer="history")
    assert r.label == "non_compliant"
