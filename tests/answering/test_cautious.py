"""Cautious: an unsure model "no" on chosen questions becomes unknown; the user's own answers never do."""

from pcd.answering.base import Chain
from pcd.answering.baselines import MajorityAnswerer
from pcd.answering.cautious import Cautious
from pcd.answering.history import HistoryAnswerer

GATE = "Is the organization a covered entity?"


def test_unsure_model_no_becomes_unknown_only_on_the_chosen_questions():
    wrapped = Cautious(MajorityAnswerer("no"), [GATE], min_confidence=1.01)
    got = wrapped.answer_batch([GATE, "Is it raining?"], "A story.")
    assert [a.value for a in got] == ["unknown", "no"]
    assert got[0].confidence == 1.0 and got[0].answerer == "majority"  # what the model leaned to stays visible


def test_a_prior_answer_is_never_overridden():
    # a scoped paraphrase match carries its cosine (< 0.9) as confidence: still the user's own answer
    chain = Chain([HistoryAnswerer(threshold=0.0, scoped_threshold=None), MajorityAnswerer("no")])
    wrapped = Cautious(chain, [GATE], min_confidence=1.01)
    got = wrapped.answer_batch([GATE], "A story.", [("Is the organisation a covered entity?", "no")])[0]
    assert got.value == "no" and got.evidence.kind == "history"
