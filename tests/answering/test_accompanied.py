"""The accompanied answerer: whether the reader has an adult or a parent with them, from who came along."""

import pytest

from pcd.answering import DEFAULT_CHAIN
from pcd.answering.accompanied import AccompaniedAnswerer, company_asked


@pytest.mark.parametrize("scenario, question, expected", [
    # the model said "no"
    ("I'm 14 and I came to visit my grandmother with my dad.", "Are you accompanied by an adult at all times?", "yes"),
    ("I'm 15 and came on my own.", "Are you accompanied by an adult at all times?", "no"),
    ("I'm 12. My mum and I are flying to Spain.", "Will you be accompanied by a parent or guardian?", "yes"),
    ("I'm travelling with my grandad.", "Will you be accompanied by a parent or guardian?", None),  # an adult, not a parent
    ("I'm travelling with my grandad.", "Are you accompanied by an adult?", "yes"),
    ("I'm 13 and I'll be travelling unaccompanied.", "Are you accompanied by an adult?", "no"),
    ("I came with my brother.", "Are you accompanied by an adult?", None),  # a brother may be a child
    ("My sister came alone.", "Are you accompanied by an adult?", None),  # someone else
    ("I have a cat and my mum is a nurse.", "Are you accompanied by a parent?", None),  # no company said
    ("I came with my dad. I came on my own.", "Are you accompanied by an adult?", None),  # sentences disagree
])
def test_answers_from_who_came_along(scenario, question, expected):
    got = AccompaniedAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected
    if got:
        assert got.answerer == "accompanied" and got.evidence.text in scenario


def test_what_it_answers():
    assert company_asked("Are you accompanied by an adult?") == "adult"
    assert company_asked("Will you be accompanied by your parent or legal guardian?") == "parent"
    assert company_asked("Are you an adult?") is None
    assert DEFAULT_CHAIN.index("accompanied") < DEFAULT_CHAIN.index("cross-encoder")


@pytest.mark.parametrize("scenario, expected", [
    ("I walked around the lab alone for ten minutes.", "no"),  # the model said "unknown"
    ("I was shown round with a member of staff.", "yes"),
    ("I went into the lab.", None),
], ids=["alone", "with-staff", "unsaid"])
def test_anyone_else_asked_for(scenario, expected):
    got = AccompaniedAnswerer().answer_batch(["Are you accompanied by a member of staff at all times?"], scenario)[0]
    assert (got.value if got else None) == expected
