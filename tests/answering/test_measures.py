"""The measures answerer: a percentage or a temperature against a rule's bound; abstention otherwise."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN
from pcd.answering.measures import MeasureAnswerer, measure_asked


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "yes" (0.96) and "no"
    ("I went to 70% of my lectures.", "Do you attend at least 80% of lectures?", "no"),
    ("My attendance is 95%.", "Do you attend at least 80% of lectures?", "yes"),
    ("The fridge was at 8°C all weekend.", "Is food stored below 5°C?", "no"),
    ("The fridge thermometer read 3°C.", "Is food stored below 5°C?", "yes"),
    ("Our freezer runs at -20°C.", "Do you keep the freezer at -18°C or colder?", "yes"),
    ("The room was 24 degrees C.", "Is the room warmer than 25°C?", "no"),
])
def test_answers_from_the_one_value_about_the_thing(scenario, question, expected):
    got = MeasureAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == expected and got.answerer == "measures"


@pytest.mark.parametrize("scenario, question", [
    ("The oven was at 200°C.", "Is food stored below 5°C?"),               # not about storing
    ("I went to 70% of lectures and 90% of seminars.", "Do you attend at least 80% of lectures?"),  # two values
    ("My attendance is 95%.", "Is food stored below 5°C?"),                # another unit
    ("I got 60% in the exam.", "Do you attend at least 80% of lectures?"),  # about something else
    ("It was 8°C outside.", "Are you over 65?"),                           # no measure asked
])
def test_abstains(scenario, question):
    assert MeasureAnswerer().answer_batch([question], scenario) == [None]


@given(st.integers(0, 100), st.integers(1, 99))
def test_a_percentage_bound_is_arithmetic(value, bound):
    got = MeasureAnswerer().answer_batch([f"Do you attend at least {bound}% of lectures?"],
                                         f"My attendance is {value}%.")[0]
    assert got.value == ("yes" if value >= bound else "no")


def test_in_the_default_chain():
    assert measure_asked("Is food stored below 5°C?")[:3] == ("<", 5.0, "C")
    assert DEFAULT_CHAIN.index("measures") < DEFAULT_CHAIN.index("cross-encoder")
