"""The ``sequence`` answerer: one act before another, from the order a scenario sentence states."""

from __future__ import annotations

import pytest

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.sequence import SequenceAnswerer, order_asked

NDA = "Do you sign a non-disclosure agreement before accessing client systems?"


@pytest.mark.parametrize("scenario, question, expected", [
    # the model answered the first "yes" at 0.73
    ("I accessed the client system before signing the NDA.", NDA, "no"),
    ("I signed the NDA before accessing the client systems.", NDA, "yes"),
    ("I signed the NDA after accessing the client system.", NDA, "no"),
    ("I accessed the client systems after signing the agreement.", NDA, "yes"),
    ("I accessed the client system without signing anything.", NDA, "no"),
    ("I washed my hands after touching the raw chicken.", "Do you wash your hands after touching raw meat?", "yes"),
    ("I touched the raw chicken after washing my hands.", "Do you wash your hands after touching raw meat?", "no"),
    # abstains: no order stated, or only one of the acts
    ("I signed the NDA and I have access.", NDA, None),
    ("I accessed the client system on Monday.", NDA, None),
    ("I read the manual before signing the NDA.", NDA, None),
], ids=["access-then-sign", "sign-then-access", "sign-after", "access-after", "without", "wash-after",
        "touch-after", "no-order", "one-act", "another-act"])
def test_the_order_a_sentence_states(scenario, question, expected):
    got = SequenceAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


def test_only_an_order_of_two_acts_is_asked():
    assert order_asked(NDA) == ("sign", "access")
    assert order_asked("Did you apply before the deadline?") is None  # a date, not an act
    assert order_asked("Do you submit the form?") is None


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("sequence") < DEFAULT_CHAIN.index("cross-encoder")
    [a] = answer([NDA], "I accessed the client system before signing the NDA.")
    assert (a.value, a.answerer) == ("no", "sequence")
