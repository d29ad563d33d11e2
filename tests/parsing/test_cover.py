"""What an insurance policy or a scheme covers, or does not: the thing being one of those is the condition, and a
list of causes describes one thing rather than naming several."""

from __future__ import annotations

import pytest

from pcd.check import check
from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question, polarity", [
    # each was "no conditions found"
    ("The policy does not cover losses caused by war, terrorism or nuclear contamination.",
     "Was the loss caused by war, terrorism or nuclear contamination?", "negative"),
    ("We do not cover damage caused by wear and tear.", "Was the damage caused by wear and tear?", "negative"),
    ("Your insurance will not cover items left unattended in a public place.",
     "Was the item left unattended in a public place?", "negative"),
    ("The policy covers damage caused by storms or flooding.", "Was the damage caused by storms or flooding?",
     "positive"),
])
def test_what_is_covered(text, question, polarity):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question] and p.linear == "q1"
    assert p.conclusion.polarity == polarity


def test_kinds_of_thing_stay_alternatives():
    p = parse_policy("The warranty covers faults and breakdowns.")
    assert (p.linear, [q.text for q in p.questions]) == ("OR(q1, q2)", ["Is it a fault?", "Is it a breakdown?"])
    p = parse_policy("Refunds are not available for items bought more than 60 days ago or gift cards.")
    assert [q.text for q in p.questions] == ["Was the item bought more than 60 days ago?", "Is it a gift card?"]


def test_an_amount_is_a_limit_not_a_kind():
    assert parse_policy("Grants may cover up to 90 percent of development costs.").tree is None


def test_checked_against_a_claim():
    policy = "The policy does not cover losses caused by war, terrorism or nuclear contamination."
    hit = check(policy, "My shop was destroyed in a terrorist attack.", question="Does the policy cover my loss?")
    assert hit.label == "non_compliant"
    quoted = [(c.quote, c.answer) for c in hit.citations]
    assert quoted == [("losses caused by war, terrorism or nuclear contamination", "yes")]
