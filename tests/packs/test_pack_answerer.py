"""The default answerer reads HIPAA roles from incident narratives (GoldCoin-train and curated data).

The narratives below were written for this test; none is in the training data
(corpora/qa/*.jsonl, corpora/qa_goldcoin/train.jsonl).
"""

import pytest

from pcd import hipaa
from pcd.answering import answer_many
from pcd.answering.baselines import MajorityAnswerer
from pcd.answering.cross_encoder import DEFAULT_MODEL_DIR
from pcd.answering.weights import WEIGHTS_FILE
from pcd.packs import load_pack

pytestmark = pytest.mark.skipif(not (DEFAULT_MODEL_DIR / WEIGHTS_FILE).exists(), reason="no committed weights")

CE, PHI = (load_pack("hipaa").get("hipaa:164.508(a)(1)").policy.questions[i].text for i in (0, 1))
HOSPITAL = "Dr. Okafor, an oncologist at Lakeside Hospital, faxed Maria's biopsy report to her insurer."


@pytest.mark.parametrize("story, question, expected", [
    (HOSPITAL, PHI, "yes"),
    ("Two neighbours gossiped over the fence about a third neighbour's new car.", CE, "no"),
])
def test_reads_hipaa_roles(story, question, expected):
    got = answer_many([([question], story)], answerer="cross-encoder")[0][0]
    assert got.value == expected, (story, question, got)


def test_an_unsure_no_on_a_gate_is_asked_not_assumed():
    # the model leans "not a covered entity" for this hospital (confidence < 0.9): the gate stays open
    r = hipaa.check(HOSPITAL, provisions=["164.508(a)(1)"])
    assert r.label != "not_applicable"
    gate = next(a for a in r.provisions[0].result.answers if a.question.id == "ce")
    assert gate.value in ("yes", "unknown")


def test_a_sure_no_on_a_gate_rules_the_provision_out():
    # an answerer sure of its "no" (confidence 1.0) closes the gate: the provision does not apply
    r = hipaa.check("Two neighbours gossiped over the fence about a third neighbour's new car.",
                    provisions=["164.508(a)(1)"], answerer=MajorityAnswerer("no"))
    assert r.label == "not_applicable"


def test_the_model_never_finds_a_gossip_story_compliant_or_violating():
    # the model is not always sure enough to rule the provision out (0.87 for this story with the current
    # weights), but it must not decide a story with no health information either way
    r = hipaa.check("Two neighbours gossiped over the fence about a third neighbour's new car.",
                    provisions=["164.508(a)(1)"])
    assert r.label in ("not_applicable", "undetermined")
