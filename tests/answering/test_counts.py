"""The counts answerer: how many things the reader brought, took or borrowed, against a rule's cap."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN
from pcd.answering.counts import CountAnswerer, count_asked


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "unknown"
    ("I'm a member and I brought three friends last Saturday.", "Do you bring more than two guests per visit?", "yes"),
    ("I'm a member and I brought one friend.", "Do you bring more than two guests per visit?", "no"),
    ("I borrowed 12 books yesterday.", "Do you borrow more than 10 books at a time?", "yes"),
    ("We took 2 bags on the plane.", "Do you take more than one bag?", "yes"),
    ("I brought 2 guests.", "Do you bring 2 guests or more?", "yes"),
])
def test_answers_from_the_count_done_with_the_same_verb(scenario, question, expected):
    got = CountAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == expected and got.answerer == "counts"
    assert got.evidence.text in scenario


@pytest.mark.parametrize("scenario, question", [
    ("I invited three friends.", "Do you bring more than two guests per visit?"),        # another verb
    ("I brought 3 friends. Later I brought 1 more friend.", "Do you bring more than two guests?"),  # two counts
    ("My sister brought 5 friends.", "Do you bring more than two guests?"),              # not the reader
    ("I brought three friends.", "Do you bring a guest?"),                                # no cap asked
    ("I took 3 photos.", "Do you take more than 2 bags?"),                                # other things
])
def test_abstains(scenario, question):
    assert CountAnswerer().answer_batch([question], scenario) == [None]


@given(st.integers(0, 40), st.integers(1, 40))
def test_a_cap_is_arithmetic(n, cap):
    got = CountAnswerer().answer_batch([f"Do you borrow more than {cap} books at a time?"], f"I borrowed {n} books.")
    assert got[0].value == ("yes" if n > cap else "no")


def test_in_the_default_chain_before_the_model():
    assert count_asked("Do you take at least 3 days?") == ("take", ">=", 3.0, "day")
    assert DEFAULT_CHAIN.index("counts") < DEFAULT_CHAIN.index("cross-encoder")
