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


def test_the_loaded_model_is_int8_per_token_and_scores_a_pair_as_in_a_batch():
    import torch

    from pcd.answering.cross_encoder import CrossEncoderModel
    from pcd.answering.int8 import Int8Linear, int8_available

    model = CrossEncoderModel.load()
    kinds = {n: type(m) for n, m in model.model.named_modules()}
    assert kinds["classifier"] is torch.nn.Linear
    if int8_available():
        assert kinds["bert.encoder.layer.0.attention.self.query"] is Int8Linear
        assert kinds["bert.encoder.layer.5.output.dense"] is Int8Linear
    pairs = [("Are you over 65?", "I am 70."), ("Do you live in Wales?", "I live in Leeds and I have two children "
                                                "who go to school there every day of the week.")]
    together, alone = model.predict_proba(pairs), model.predict_proba(pairs[:1])
    assert abs(together[0] - alone[0]).max() < 0.02 and together[0].argmax() == alone[0].argmax()

