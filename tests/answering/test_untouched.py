"""The untouched answerer: whether a returned thing is still unused, unopened or unworn, from what the reader did
with it (the model read "… used it once, and kept the box" as "yes" to "Is the item unused?")."""

import pytest

from pcd import check
from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.untouched import UntouchedAnswerer, untouched_asked


@pytest.mark.parametrize("question, scenario, expected", [
    ("Is the item unused?", "I bought it 10 days ago, used it once, and kept the box.", "no"),
    ("Is the item unused?", "I never used it.", "yes"),
    ("Are the goods unopened?", "We opened the box to check the colour.", "no"),
    ("Are the goods unopened?", "I haven't opened them.", "yes"),
    ("Is the item unworn?", "I wore it to a party.", "no"),
])
def test_what_the_reader_did_with_the_thing(question, scenario, expected):
    got = UntouchedAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == expected and got.evidence.text == scenario


@pytest.mark.parametrize("question, scenario", [
    ("Is the item unopened?", "The shop opened it to check."),  # not the reader
    ("Is the item unused?", "I used my card to pay."),  # another thing
    ("Is the item unused?", "I bought it last week."),  # nothing said
    ("Is the item unused?", "I used it once. I never used it."),  # disagree
])
def test_abstains_unless_the_reader_did_it_to_the_thing(question, scenario):
    assert UntouchedAnswerer().answer_batch([question], scenario) == [None]


def test_only_untouched_states_are_asked():
    assert untouched_asked("Is the item faulty?") is None
    assert untouched_asked("Are the goods unopened?") == ("goods", "opened")


def test_in_the_default_chain_and_in_a_check():
    assert DEFAULT_CHAIN.index("possession") < DEFAULT_CHAIN.index("untouched") < DEFAULT_CHAIN.index("cross-encoder")
    [got] = answer(["Is the item unused?"], "I used it once.")
    assert (got.value, got.answerer) == ("no", "untouched")
    policy = "You may return an item for a full refund within 30 days, as long as it is unused and in its " \
             "original packaging."
    r = check(policy, "I bought it 10 days ago, used it once, and kept the box.", question="Can I get a full refund?")
    assert r.label == "non_compliant"
