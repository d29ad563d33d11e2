"""The times answerer: a time of day or a weekday against a rule's hours, by arithmetic; abstention otherwise."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.times import TimeAnswerer, clock_minutes, hours_asked


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "no": a taxi at 11pm is travelling after 10pm
    ("I took a taxi home at 11pm after the client dinner.", "Are you travelling after 10pm?", "yes"),
    ("I took a taxi to the station at 3pm even though the bus was running.", "Are you travelling after 10pm?", "no"),
    ("It is Saturday", "Is it Monday to Friday, between 8:30am and 5pm?", "no"),
    ("I called on Tuesday at 10:15am.", "Is it Monday to Friday, between 8:30am and 5pm?", "yes"),
    ("I called on Tuesday at 10:15am.", "Is it at the weekend?", "no"),
    ("We rang at 17:45 on Sunday.", "Is it on a weekend?", "yes"),
    ("I visited at 9.30 pm.", "Is it between 2pm and 8pm?", "no"),
    ("The alarm went off at 2am.", "Is it between 10pm and 6am?", "yes"),   # overnight hours
    ("I handed it in at 5pm.", "Did you hand it in by 5pm?", "yes"),         # "by" includes the hour itself
    ("I handed it in at 5pm.", "Did you hand it in before 5pm?", "no"),
    ("I got there at noon.", "Did you arrive before 1pm?", "yes"),
])
def test_answers_from_the_time_stated(scenario, question, expected):
    got = TimeAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == expected and got.answerer == "times"
    assert scenario[got.evidence.span[0]:got.evidence.span[1]] == got.evidence.text


@pytest.mark.parametrize("scenario, question", [
    ("I finished work at 6pm and took a taxi at 11pm.", "Are you travelling after 10pm?"),  # two times
    ("I arrived at 9 this morning.", "Did you arrive before 10am?"),         # no am / pm
    ("The shop closes at 9pm.", "Is the shop open after 10pm?"),             # another's hours
    ("I took a taxi at 11pm.", "Are you travelling after midnight?"),        # the small hours, not the day
    ("I called on Tuesday.", "Is it between 8:30am and 5pm?"),               # no time stated
    ("I work Mondays and Fridays.", "Is it Monday to Friday?"),              # days of a habit, not one day
    ("I took a taxi at 11pm.", "Do you have a receipt?"),                    # no hours asked
])
def test_abstains(scenario, question):
    assert TimeAnswerer().answer_batch([question], scenario) == [None]


def test_reading_clock_times():
    assert [clock_minutes(t) for t in ("12am", "12pm", "9:05 a.m.", "21:00", "midnight")] == [0, 720, 545, 1260, 0]
    assert clock_minutes("25:00") is None and clock_minutes("13pm") is None
    assert hours_asked("Is the library open after 10pm?") is None


@given(st.integers(0, 23), st.integers(0, 59), st.integers(1, 23))
def test_after_and_before_agree_with_arithmetic(h, m, bound):
    scenario = f"I left the office at {h:02d}:{m:02d}."
    after, before = TimeAnswerer().answer_batch([f"Did you leave after {bound}:00?", f"Did you leave before "
                                                 f"{bound}:00?"], scenario)
    t = h * 60 + m
    assert after.value == ("yes" if t > bound * 60 else "no")
    assert before.value == ("yes" if t < bound * 60 else "no")


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("times") < DEFAULT_CHAIN.index("cross-encoder")
    a = answer(["Are you travelling after 10pm?"], "I took a taxi home at 11pm.", answerer="times")
    assert a[0].value == "yes"
