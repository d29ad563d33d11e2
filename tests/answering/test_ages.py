"""The ages answerer: exact threshold arithmetic on a first-person age, abstention otherwise."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.ages import AgeAnswerer, age_test, stated_age

QUESTIONS = {
    "Are you over {n}?": lambda a, n: a > n,
    "Are you under the age of {n}?": lambda a, n: a < n,
    "Are you aged {n} or over?": lambda a, n: a >= n,
    "Are you at least {n} years old?": lambda a, n: a >= n,
    "Are you {n} or younger?": lambda a, n: a <= n,
    "Are you age {n} or older?": lambda a, n: a >= n,  # "age" as well as "aged"
}
STATEMENTS = ["I am {a}.", "I live in Leeds and I'm {a}.", "I'm a {a}-year-old teacher.", "I turned {a} in May.",
              "I am {a} years old, and I work part time."]


@given(st.integers(1, 110), st.integers(1, 110), st.sampled_from(sorted(QUESTIONS)), st.sampled_from(STATEMENTS))
def test_threshold_arithmetic(age, n, question, statement):
    got = AgeAnswerer().answer_batch([question.format(n=n)], statement.format(a=age))[0]
    assert got is not None and got.value == ("yes" if QUESTIONS[question](age, n) else "no")
    assert got.evidence.kind == "scenario" and str(age) in got.evidence.text


def test_between_and_ranges():
    assert age_test("Are you between 16 and 19?")(19) and not age_test("Are you between 16 and 19?")(20)
    assert age_test("Are you at least 16 and under 19?")(16) and not age_test("Are you at least 16 and under 19?")(19)


def test_abstains_when_not_sure():
    a = AgeAnswerer()
    assert a.answer_batch(["Is your child under 5?"], "I am 30.") == [None]           # someone else's age
    assert a.answer_batch(["Are you over 65 and living in Wales?"], "I am 70.") == [None]  # more than an age
    assert a.answer_batch(["Are you over 25?"], "I am 30 hours a week at work.") == [None]  # not an age
    assert a.answer_batch(["Are you over 65?"], "My mother is 70.") == [None]         # not first person
    assert stated_age("I am 40. Next year I am 41.") is None                          # two ages


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("ages") < DEFAULT_CHAIN.index("cross-encoder")
    a = answer(["Are you over 65?", "Do you have children?"], "I live in Cardiff and I'm 72.", answerer="ages")
    assert a[0].value == "yes" and a[0].answerer == "ages"
    assert a[1].value == "unknown"  # abstained, nothing after it in this chain


def test_spelled_ages_are_read_and_small_number_words_are_not_ages():
    out = AgeAnswerer().answer_batch(["Are you twenty-one years of age or older?"], "I am sixty-seven. I like golf.")
    assert out[0].value == "yes" and out[0].evidence.text == "I am sixty-seven."
    assert stated_age("Yes, I'm one.") is None and stated_age("I'm one of three sisters.") is None


@pytest.mark.parametrize("scenario, question, expected", [
    ("I'm 27 right now.", "Are you elderly?", "no"),
    ("I am 75 and retired.", "Are you elderly?", "yes"),
    ("I am 75 and retired.", "Are you a senior citizen?", "yes"),
    ("I am 62.", "Are you elderly?", None),  # a matter of usage: left to the model or the user
    ("I am 16.", "Are you a child?", "yes"),
    ("I am 16.", "Are you an adult?", "no"),
    ("I am 18.", "Are you an adult?", "yes"),
    ("I am 16.", "Are you a teenager?", "yes"),
    ("I am 40.", "Are you a minor?", "no"),
    ("I am 40.", "Are you a child of a veteran?", None),  # not an age question
])
def test_age_words_with_a_clear_band(scenario, question, expected):
    got = AgeAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("question", ["Have you reached State Pension age?", "Have you reached the State Pension age?",
                                      "Are you over State Pension age?", "Are you of state pension age?"])
def test_state_pension_age(question):
    """No one under 66 has reached the UK State Pension age and everyone of 68 has; at 66 or 67 it turns on the
    birth date, so the answerer leaves it to the next one."""
    a = AgeAnswerer()
    assert a.answer_batch([question], "I'm 70 and get £180 a week.")[0].value == "yes"
    assert a.answer_batch([question], "I am 58 and work part time.")[0].value == "no"
    assert a.answer_batch([question], "I am 66.") == [None]
    assert a.answer_batch(["Has your wife reached State Pension age?"], "I am 70.") == [None]  # someone else
