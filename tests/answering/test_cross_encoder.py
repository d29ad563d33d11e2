"""The committed cross-encoder loads offline and gets obvious cases right.

The examples below are excluded from training (corpora/qa/make_templated.py HELDOUT);
near variants (other ages, other vehicles) are in the templated training data.
"""

import pytest

from pcd.answering import answer, answer_many
from pcd.answering.cross_encoder import DEFAULT_MODEL_DIR
from pcd.answering.weights import WEIGHTS_FILE

pytestmark = pytest.mark.skipif(not (DEFAULT_MODEL_DIR / WEIGHTS_FILE).exists(), reason="no committed weights")

CASES = [
    ("I am 70 years old.", "Are you over 65?", "yes"),
    ("I'm buying a sports car.", "Is the item an ambulance?", "no"),
    ("I live in France and work as a teacher.", "Do you have any children?", "unknown"),
    ("I have never been married.", "Are you married?", "no"),
]
# Numbers are not the model's job (alone it answers this one "no"): the default chain's arithmetic
# answerers (ages, quantities) decide them before the model is asked.
NUMERIC = [
    ("I work 40 hours a week.", "Do you work at least 16 hours a week?", "yes"),
    ("I work 10 hours a week.", "Do you work at least 16 hours a week?", "no"),
    ("I am 70 years old.", "Are you over 65?", "yes"),
]


def test_obvious_examples(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    got = answer_many([([q], s) for s, q, _ in CASES], answerer="cross-encoder")
    assert [r[0].value for r in got] == [a for _, _, a in CASES]
    for r in got:
        assert 0.0 <= r[0].confidence <= 1.0 and r[0].answerer == "cross-encoder"


def test_numeric_thresholds_through_the_default_chain():
    got = answer_many([([q], s) for s, q, _ in NUMERIC])
    assert [r[0].value for r in got] == [a for _, _, a in NUMERIC]
    assert {r[0].answerer for r in got} == {"quantities", "ages"}


def test_evidence_points_at_a_sentence():
    s = "I live in Leeds. I am 70 years old."
    a = answer(["Are you over 65?"], s)[0]
    assert a.value == "yes"
    assert a.evidence.kind == "scenario" and s[a.evidence.span[0]:a.evidence.span[1]] == "I am 70 years old."


def test_the_first_layers_feed_forward_outputs_stay_fp32():
    import torch

    from pcd.answering.cross_encoder import FP32_FFN_LAYERS, CrossEncoderModel

    kinds = {n: type(m) for n, m in CrossEncoderModel.load().model.named_modules()}
    for layer in range(6):
        kept = kinds[f"bert.encoder.layer.{layer}.output.dense"] is torch.nn.Linear
        assert kept == (layer in FP32_FFN_LAYERS)
    assert kinds["bert.encoder.layer.0.attention.self.query"] is not torch.nn.Linear  # quantised
    assert kinds["classifier"] is not torch.nn.Linear
