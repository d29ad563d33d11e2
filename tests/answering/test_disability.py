"""The ``disability`` answerer: a condition the reader states of themselves."""

from __future__ import annotations

import pytest

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.disability import DisabilityAnswerer, disability_asked


@pytest.mark.parametrize("scenario, expected", [
    ("I'm 40 and I'm registered blind.", "yes"),  # the model said "unknown"
    ("My family is middle class, I'm 35 and I am paralyzed from the waist down.", "yes"),  # ShARC-train: gold yes
    ("I use a wheelchair.", "yes"),
    ("I have a learning disability.", "yes"),
    ("I am a physically able person with no children.", "no"),  # ShARC-train: gold no
    ("I don't have any disabilities.", "no"),
    ("My son is deaf.", None),  # someone else's
    ("I have asthma.", None),  # need not disable
    ("I live in Leeds.", None),
], ids=["blind", "paralyzed", "wheelchair", "learning", "able", "none", "son", "asthma", "unsaid"])
def test_a_condition_the_reader_states(scenario, expected):
    got = DisabilityAnswerer().answer_batch(["Do you have a disability?"], scenario)[0]
    assert (got.value if got else None) == expected


def test_only_the_readers_disability_is_asked():
    assert disability_asked("Are you disabled?") and disability_asked("Do you have any disabilities?")
    assert disability_asked("Is your child disabled?") is None
    assert disability_asked("Do you get Disability Living Allowance?") is None


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("disability") < DEFAULT_CHAIN.index("cross-encoder")
    [a] = answer(["Do you have a disability?"], "I'm 40 and I'm registered blind.")
    assert (a.value, a.answerer) == ("yes", "disability")
