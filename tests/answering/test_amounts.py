"""The ``amounts`` answerer: a number of a unit against a bound on the same unit, by arithmetic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.amounts import AmountAnswerer, amount_asked


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "yes" (0.75) to the first
    ("My password is 8 characters long.", "Are passwords at least 12 characters long?", "no"),
    ("My password has 14 characters and I changed it last week.", "Are passwords at least 12 characters long?", "yes"),
    ("My suitcase weighs 25 kg.", "Is the bag no more than 23 kg?", "no"),
    ("My suitcase weighs 20kg.", "Is the bag 23 kg or less?", "yes"),
    ("My essay is 3,200 words.", "Is the essay under 3,000 words?", "no"),
    ("We have three employees.", "Do you have fewer than 5 employees?", "yes"),
    ("I wrote a 20-page report.", "Is the report more than 10 pages?", "yes"),
    # abstains
    ("My password has 8 letters.", "Are passwords at least 12 characters long?", None),  # another unit
    ("I tried 8 characters, then 14 characters.", "Are passwords at least 12 characters long?", None),  # two
    ("Their office has 40 employees.", "Do you have fewer than 5 employees?", None),  # not the reader's
    ("It's about 4 MB.", "Is the attachment less than 10MB?", "yes"),
    # a bound restated is no amount, and "can you" asks what could be done (both seen on ShARC dev_visible pairs)
    ("It isn't less than 10MB now, but I can compress it.", "Is the attachment less than 10MB?", None),
    ("Please see the 2.3MB file attached.", "Can you compress the attachment to less than 10MB?", None),
], ids=["8-chars", "14-chars", "25kg", "20kg", "words", "employees", "pages", "other-unit", "two-numbers",
        "not-first-person", "mb", "bound-restated", "can-you"])
def test_a_number_of_a_unit_against_its_bound(scenario, question, expected):
    got = AmountAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.xfail(strict=True, reason="known gap: a number said of someone else in a first-person sentence is read "
                                       "as the reader's")
def test_someone_elses_number_in_a_first_person_sentence():
    [got] = AmountAnswerer().answer_batch(["Do you have fewer than 5 employees?"], "My sister's company has 40 employees.")
    assert got is None


@pytest.mark.parametrize("question", [
    "Are you over 65?",  # ages
    "Have you worked more than 16 hours a week?",  # quantities
    "Has it been more than 30 days since purchase?",  # elapsed
    "Do you earn more than 100 pounds a week?",  # money
    "Do you have a child under 5 living with you?",  # no unit follows the number
    "Were you looking after children under 12 and claiming Child Benefit?",
    "Is it between 5 kg and 10 kg?",  # two numbers
], ids=["age", "hours", "days", "pounds", "living", "and-claiming", "two-numbers"])
def test_what_other_answerers_read_or_no_unit_is_not_asked(question):
    assert amount_asked(question) is None


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("amounts") < DEFAULT_CHAIN.index("cross-encoder")
    [a] = answer(["Are passwords at least 12 characters long?"], "My password is 8 characters long.")
    assert (a.value, a.answerer) == ("no", "amounts")


@given(st.integers(min_value=0, max_value=5000), st.integers(min_value=0, max_value=5000),
       st.sampled_from([("at least", ">="), ("more than", ">"), ("fewer than", "<"), ("no more than", "<=")]))
def test_agrees_with_arithmetic(said, bound, comparison):
    words, cmp = comparison
    [a] = AmountAnswerer().answer_batch([f"Is the essay {words} {bound} words?"], f"My essay is {said} words long.")
    holds = {">=": said >= bound, ">": said > bound, "<": said < bound, "<=": said <= bound}[cmp]
    assert a is not None and a.value == ("yes" if holds else "no")


@pytest.mark.parametrize("scenario, expected", [
    ("I smoked about 2 metres from the main door.", "yes"),  # the model said "no" (0.51)
    ("I smoked 10 metres from the entrance.", "no"),
    ("I parked 2 metres from the main door.", None),  # another act
], ids=["2m", "10m", "other-act"])
def test_within_a_distance_of_the_readers_act(scenario, expected):
    got = AmountAnswerer().answer_batch(["Are you smoking within 5 metres of the building entrance?"], scenario)[0]
    assert (got.value if got else None) == expected
