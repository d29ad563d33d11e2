"""The elapsed answerer: how long ago an event was, against the time a permission lasts ("within 30 days of
purchase" is asked as "Has it been more than 30 days since purchase?"); abstention otherwise."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.elapsed import ElapsedAnswerer, elapsed_test, time_ago
from pcd.policy import parse_policy

DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
EVENTS = [("purchase", "I bought a jacket {ago}."), ("the payment", "I paid the fee {ago}."),
          ("the decision", "The decision came {ago}.")]


@given(st.integers(1, 400), st.sampled_from(sorted(DAYS)), st.integers(1, 60), st.sampled_from(sorted(DAYS)),
       st.sampled_from(EVENTS), st.booleans())
def test_elapsed_arithmetic(n, unit, ago, ago_unit, event, more):
    question = f"Has it been {'more' if more else 'less'} than {n} {unit}s since {event[0]}?"
    scenario = "It was a busy week. " + event[1].format(ago=f"{ago} {ago_unit}s ago")
    got = ElapsedAnswerer().answer_batch([question], scenario)[0]
    days, limit = ago * DAYS[ago_unit], n * DAYS[unit]
    if abs(days - limit) <= 0.1 * limit and unit != ago_unit:
        assert got is None  # too close to tell across units
        return
    assert got is not None and got.value == ("yes" if (days > limit if more else days < limit) else "no")
    assert got.evidence.text.endswith("ago.")


def test_abstains_when_the_event_or_the_time_is_not_clear():
    a = ElapsedAnswerer()
    q = "Has it been more than 30 days since purchase?"
    assert a.answer_batch([q], "I moved house 2 years ago.") == [None]  # another event
    assert a.answer_batch([q], "I bought it 3 days ago and returned it 2 days ago.") == [None]  # two times
    assert a.answer_batch([q], "I bought a jacket in the sale.") == [None]  # no time
    assert elapsed_test("Did you buy it more than 30 days ago?") is None
    assert time_ago("I paid the fee last month.")[1] == "month"


def test_in_the_default_chain_and_deciding_a_permission_that_lasts():
    assert DEFAULT_CHAIN.index("elapsed") < DEFAULT_CHAIN.index("cross-encoder")
    p = parse_policy("Customers can return items within 30 days of purchase, provided they have the receipt.")
    late = answer([q.text for q in p.questions], "I bought a jacket 45 days ago and I still have the receipt.")
    assert late[1].value == "yes" and late[1].answerer == "elapsed"  # the model had said "yes" at 0.56
    assert answer([p.questions[1].text], "I bought a jacket two weeks ago.")[0].value == "no"


@pytest.mark.parametrize("scenario, value", [
    ("I bought a jacket 45 days ago.", "no"),
    ("I bought these shoes 3 months ago and want my money back.", "yes"),
    ("I bought it yesterday.", "no"),
], ids=["45-days", "3-months", "yesterday"])
def test_was_the_thing_done_more_than_a_time_ago(scenario, value):
    # what the parser asks of "Refunds will not be given for items bought more than 60 days ago"; the model had
    # said "yes" to "I bought it yesterday"
    [a] = ElapsedAnswerer().answer_batch(["Was the item bought more than 60 days ago?"], scenario)
    assert a.value == value
    assert a.evidence.text.startswith("I bought")


def test_was_the_thing_done_abstains_when_the_sentence_names_another_event():
    [a] = ElapsedAnswerer().answer_batch(["Was the item bought more than 60 days ago?"], "I returned it 90 days ago.")
    assert a is None


@pytest.mark.parametrize("scenario, value", [
    ("I last logged in three years ago.", "yes"),
    ("I logged in yesterday.", "no"),
    ("I first logged in 3 years ago and use it daily.", None),  # not the last time
    ("I moved house 3 years ago.", None),  # another event
], ids=["3-years", "yesterday", "first", "other-event"])
def test_not_done_for_a_time(scenario, value):
    # what the parser asks of "if you have not logged in for 2 years"; the model had said "no" to the first
    [a] = ElapsedAnswerer().answer_batch(["Have you not logged in for 2 years?"], scenario)
    assert (a and a.value) == value


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "unknown"
    ("I last did the training two years ago.", "Do you complete data protection training every year?", "no"),
    ("I last did the training two years ago.", "Do you complete data protection training annually?", "no"),
    ("I last did the fire training 3 months ago.", "Do you complete fire safety training every year?", "yes"),
    ("I did the training two years ago.", "Do you complete data protection training every year?", None),  # last?
    ("I first did the training two years ago and last did it last month.",
     "Do you complete data protection training every year?", None),
])
def test_done_every_year_from_when_it_was_last_done(scenario, question, expected):
    got = ElapsedAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("scenario, question, expected", [
    # a date, not "… ago": measured from today (the model said "unknown" to the first two)
    ("I last did the training in 2024.", "Do you complete data protection training every year?", "no"),
    ("I last did the training in March 2026.", "Do you complete data protection training every year?", "yes"),
    ("I last did the training in 2025.", "Do you complete data protection training every year?", None),  # either
    ("I did the training in 2024.", "Do you complete data protection training every year?", None),  # the last time?
    ("I bought the jacket on 1 November.", "Has it been more than 30 days since purchase?", "no"),
    ("I bought the jacket on 2 October.", "Has it been more than 30 days since purchase?", "yes"),
    ("I bought the jacket on 1 December.", "Has it been more than 30 days since purchase?", "yes"),  # 2025's
    ("I bought the jacket on 6 April 2016.", "Has it been more than 30 days since purchase?", "yes"),
    ("I bought the jacket in November.", "Has it been more than 30 days since purchase?", "no"),
    ("I bought the jacket in 2027.", "Has it been more than 30 days since purchase?", None),  # not yet
    ("I moved house in 2019.", "Has it been more than 30 days since purchase?", None),  # another event
    ("I bought it on 1 November and paid on 3 November.", "Has it been more than 12 months since the payment?", None),
])
def test_a_date_is_measured_from_today(scenario, question, expected):
    got = ElapsedAnswerer(today=TODAY).answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@given(st.integers(min_value=0, max_value=3000), st.integers(min_value=1, max_value=400))
def test_a_dated_purchase_agrees_with_arithmetic(days_ago, limit):
    bought = TODAY - timedelta(days=days_ago)
    scenario = f"I bought it on {bought.day} {bought.strftime('%B')} {bought.year}."
    [a] = ElapsedAnswerer(today=TODAY).answer_batch([f"Has it been more than {limit} days since purchase?"], scenario)
    assert a is not None and a.value == ("yes" if days_ago > limit else "no")
