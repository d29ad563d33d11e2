"""The sharing answerer: whether the reader shared a thing of theirs, or let family use it."""

import pytest

from pcd.answering import DEFAULT_CHAIN
from pcd.answering.sharing import SharingAnswerer, sharing_asked

SHARE = "Do you share your passwords with anyone?"
LET = "Did you let family members use your work laptop?"


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "unknown" and "no"
    ("I told my colleague my password so she could check my email while I was away.", SHARE, "yes"),
    ("I have never told anyone my password.", SHARE, "no"),
    ("I work from home. My son sometimes plays games on my work laptop.", LET, "yes"),
    ("I work from home, use the VPN, and nobody else touches my laptop.", LET, "no"),
    ("I wrote my password on a sticky note.", SHARE, None),                  # not said to have been given
    ("My colleague told me her password.", SHARE, None),                     # someone else's
    ("I told my manager about my new laptop.", SHARE, None),                 # another thing
])
def test_answers_from_what_the_reader_did_with_it(scenario, question, expected):
    got = SharingAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected
    if got:
        assert got.answerer == "sharing" and got.evidence.text in scenario


def test_what_it_answers():
    assert sharing_asked("Did you let family members use your work laptop?") == ("let", "laptop")
    assert sharing_asked("Did you let the engineer use the ladder?") is None  # not family or others
    assert sharing_asked("Do you share a flat?") is None
    assert DEFAULT_CHAIN.index("sharing") < DEFAULT_CHAIN.index("cross-encoder")
