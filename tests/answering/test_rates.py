"""The ``rates`` answerer: how often the reader does something against a most or least per week."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pcd
from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.rates import RateAnswerer, rate_asked

WFH = "Do you work from home more than two days a week?"


@pytest.mark.parametrize("scenario, expected", [
    ("I work from home on Fridays only.", "no"),  # the model: "yes" 0.67
    ("I work from home once a week.", "no"),  # the model: "yes" 0.74
    ("I work from home every Monday and Tuesday.", "no"),
    ("I work from home on Mondays, Wednesdays and Fridays.", "yes"),
    ("I worked from home three days last week.", "yes"),
    ("I work from home 4 days a week.", "yes"),
    ("I work from home sometimes.", None),  # how often not said
    ("I go to the gym three times a week.", None),  # another act
    ("I work from home twice a month.", None),  # another period
], ids=["fridays", "once", "mon-tue", "three-days", "last-week", "four", "sometimes", "other-act", "per-month"])
def test_how_often_against_a_most_per_week(scenario, expected):
    got = RateAnswerer().answer_batch([WFH], scenario)[0]
    assert (got.value if got else None) == expected


def test_only_a_bound_per_period_is_asked():
    assert rate_asked("Do you use the sauna more than 3 times a week?") == ({"sauna", "use"}, ">", 3.0, "week")
    assert rate_asked("Do you work more than 16 hours a week?") is None  # hours: a quantity, not how often
    assert rate_asked("Do you work from home?") is None


@given(st.integers(min_value=1, max_value=7), st.integers(min_value=0, max_value=7))
def test_agrees_with_arithmetic(days, bound):
    [a] = RateAnswerer().answer_batch([f"Do you work from home more than {bound} days a week?"],
                                      f"I work from home {days} days a week.")
    assert a is not None and a.value == ("yes" if days > bound else "no")


def test_a_cap_on_how_often_end_to_end():
    assert DEFAULT_CHAIN.index("rates") < DEFAULT_CHAIN.index("cross-encoder")
    p = pcd.parse_policy("Staff may work from home up to two days a week with their manager's approval.")
    r = pcd.check(p, "My manager approved it and I work from home on Fridays only.")
    assert {a.question.text: a.value for a in r.answers}[WFH] == "no"
    [a] = answer([WFH], "I work from home every Monday, Tuesday and Wednesday.")
    assert (a.value, a.answerer) == ("yes", "rates")
