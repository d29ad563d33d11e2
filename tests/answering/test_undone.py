"""The undone answerer: "no" where the scenario calls the thing asked about unlocked, unsigned, unencrypted …"""

import pytest

from pcd.answering import DEFAULT_CHAIN
from pcd.answering.undone import UndoneAnswerer, undone_asked


@pytest.mark.parametrize("scenario, question", [
    # the model said "yes" (0.95)
    ("I went to lunch and left my screen unlocked.", "Do you lock your computer screen?"),
    ("The laptop that was stolen was unencrypted.", "Is the laptop encrypted?"),
    ("We sent the patient an unsigned form.", "Is the form signed?"),
    ("The files sat on an unsecured server for a week.", "Are the files stored on a secured server?"),
    ("The boxes were unlabelled.", "Are the boxes labelled?"),
    ("I took off my hard hat for a minute while on site.", "Do you wear a hard hat at all times on the building site?"),
    ("I left my ID badge at home.", "Do you carry your ID badge at all times?"),
    ("I let my dog off the lead in the park.", "Are dogs kept on a lead in the park?"),
])
def test_an_un_word_on_the_thing_is_no(scenario, question):
    got = UndoneAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == "no" and got.answerer == "undone"
    assert got.evidence.text in scenario


@pytest.mark.parametrize("scenario, question", [
    ("I always lock my screen when I get up.", "Do you lock your computer screen?"),   # never "yes" from here
    ("The drawer was unlocked.", "Do you lock your computer screen?"),                 # another thing
    ("I went to lunch.", "Do you lock your computer screen?"),                         # nothing said
    ("The door was unlocked.", "Do you have a key?"),                                  # not its question
    ("I kept my hard hat on the whole time.", "Do you wear a hard hat at all times on the building site?"),
    ("I took off my gloves.", "Do you wear a hard hat at all times?"),                  # another thing
    ("I left the site with my hard hat still on.", "Do you wear a hard hat at all times?"),  # leaving is not removing
    ("My dog stayed on the lead the whole walk.", "Are dogs kept on a lead in the park?"),
])
def test_abstains(scenario, question):
    assert UndoneAnswerer().answer_batch([question], scenario) == [None]


def test_what_it_reads():
    assert undone_asked("Staff must lock their computer screen whenever they leave their desk?") is None
    assert undone_asked("Do you lock your computer screen whenever you leave your desk?") == (
        "locked", {"computer", "screen"})
    assert DEFAULT_CHAIN.index("undone") < DEFAULT_CHAIN.index("cross-encoder")


@pytest.mark.parametrize("scenario", [
    "I went for lunch and left my computer unlocked.",
    "I left my laptop unlocked in the café.",
], ids=["computer", "laptop"])
def test_a_locked_screen_is_a_locked_computer(scenario):
    # the device is named in other words (the model: "yes" 0.52 to the first)
    [a] = UndoneAnswerer().answer_batch(["Do you lock your screen?"], scenario)
    assert a is not None and a.value == "no"


def test_another_thing_unlocked_says_nothing_of_the_screen():
    [a] = UndoneAnswerer().answer_batch(["Do you lock your screen?"], "I left the front door unlocked.")
    assert a is None
