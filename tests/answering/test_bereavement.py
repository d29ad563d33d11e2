"""The bereavement answerer: whether a close family member, or the relative asked about, has died."""

import pytest

from pcd.answering import DEFAULT_CHAIN
from pcd.answering.bereavement import BereavementAnswerer, death_asked


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "no"
    ("I am an employee. My father died last week and I need 3 days off.", "Has a close family member died?", "yes"),
    ("My neighbour died and I would like a day off.", "Has a close family member died?", "no"),
    ("My grandmother passed away on Sunday.", "Has a close family member died?", None),  # close or not: rules differ
    ("My grandmother passed away on Sunday.", "Has a family member died?", "yes"),
    ("My husband died in March.", "Has your partner died?", "yes"),
    ("My brother died in March.", "Has your partner died?", "no"),
    ("Our dog died yesterday.", "Has a close family member died?", "no"),
    ("My father is ill.", "Has a close family member died?", None),  # no death said
    ("My mum died. My friend died too.", "Has a close family member died?", None),  # sentences disagree
])
def test_answers_from_whose_death_it_was(scenario, question, expected):
    got = BereavementAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected
    if got:
        assert got.answerer == "bereavement" and got.evidence.text in scenario


def test_what_it_answers():
    assert death_asked("Has an immediate family member died?") == ("family", True)
    assert death_asked("Did your partner die before 6 April 2017?") is None  # a date: not ours
    assert death_asked("Has your employer died?") is None
    assert DEFAULT_CHAIN.index("bereavement") < DEFAULT_CHAIN.index("cross-encoder")
