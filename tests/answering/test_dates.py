"""The dates answerer: before/after a date decided by comparing dates of the same event of the same person."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.dates import DateAnswerer, stated_span

MARRIED = "I married my husband Bob when he was 50 in the year 2014. Unfortunately he died of a heart attack in 2015."


@pytest.mark.parametrize("scenario, question, expected", [
    ("I am 39. I was born in January 1979.", "Were you born on or before 5 August 1953?", "no"),
    ("I was born in June of 1968", "Were you born on or before 5 August 1953?", "no"),
    ("I was born on 2 March 1950.", "Were you born on or before 5 August 1953?", "yes"),
    (MARRIED, "Did your marriage or civil partnership begin before 6 April 2016?", "yes"),
    (MARRIED, "Did your spouse or civil partner die on or after 6 April 2016?", "no"),
    ("I'll be going to university and my class will be starting March 2nd, 2016",
     "Does your course start before 1 August 2016?", "yes"),
    ("I start my studies at Oxford on September 22, 2016.", "Does your course start before 1 August 2016?", "no"),
    ("My partner reached pension age on July, 18th 2016",
     "Would your partner have reached State Pension age on or after 6 April 2016?", "yes"),
])
def test_compares_the_dates_of_one_event(scenario, question, expected):
    got = DateAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == expected and got.answerer == "dates"
    assert scenario[got.evidence.span[0]:got.evidence.span[1]] == got.evidence.text


@pytest.mark.parametrize("scenario, question", [
    ("I was born in 1953.", "Were you born on or before 5 August 1953?"),       # the year straddles the date
    ("My husband was born in 1950.", "Were you born on or before 5 August 1953?"),  # another person's birth
    (MARRIED, "Did they die before April 6 2016?"),                                 # "they": whose?
    ("My partner was 70 in 2016.", "Did your spouse or civil partner die on or after 6 April 2016?"),  # no death dated
    ("My husband got pension in 2017.", "Did your spouse reach State Pension age on or after 6 April 2016?"),
    ("I moved in 2010 and again in 2012.", "Did you move before 2011?"),          # two dates of the event
    ("I was born in January 1979.", "Were you born before 1980 in Wales?"),        # more than a date
])
def test_abstains_unless_one_dated_sentence_decides(scenario, question):
    assert DateAnswerer().answer_batch([question], scenario) == [None]


def test_spans():
    assert stated_span("March 2nd, 2016") == (date(2016, 3, 2), date(2016, 3, 2))
    assert stated_span("January 1979") == (date(1979, 1, 1), date(1979, 1, 31))
    assert stated_span("in the year 2014") == (date(2014, 1, 1), date(2014, 12, 31))
    assert stated_span("31 February 2016") is None


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("dates") < DEFAULT_CHAIN.index("cross-encoder")
    a = answer(["Were you born before 1960?"], "I was born in 1955.", answerer="dates")
    assert a[0].value == "yes" and a[0].evidence.text == "I was born in 1955."


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.dates(date(1900, 1, 1), date(2030, 12, 31)),
       st.sampled_from(["before", "after", "on or before", "on or after"]))
def test_two_days_compare_as_dates(born, limit, word):
    question = f"Were you born {word} {limit.day} {limit.strftime('%B')} {limit.year}?"
    got = DateAnswerer().answer_batch([question], f"I was born on {born.day} {born.strftime('%B')} {born.year}.")[0]
    expected = {"before": born < limit, "after": born > limit, "on or before": born <= limit,
                "on or after": born >= limit}[word]
    assert got is not None and got.value == ("yes" if expected else "no")


def test_a_number_that_is_no_date_is_not_read_as_a_year():
    a = DateAnswerer()
    assert a.answer_batch(["Did you start work before 2005?"], "I started work and earned 2000 pounds.") == [None]
    assert a.answer_batch(["Did you start work before 2005?"], "I started work in 2001.")[0].value == "yes"
