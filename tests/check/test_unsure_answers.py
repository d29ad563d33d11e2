"""A label that rests on answers the scenario model was unsure of says so, and names them."""

import pcd
from pcd.answering.base import Answerer
from pcd.answering.types import Answer, Evidence
from pcd.check import UNSURE_CONFIDENCE

POLICY = "You can get the grant if you are over 65 or you live in Wales."


class Unsure(Answerer):
    """Answers every question with one value at one confidence, as read from the scenario."""

    name = "unsure"

    def __init__(self, value: str, confidence: float):
        self.value, self.confidence = value, confidence

    def answer_batch(self, questions, scenario, history=()):
        return [Answer(q, self.value, self.confidence, Evidence("scenario", scenario, (0, len(scenario))), self.name)
                for q in questions]


def test_a_label_resting_on_unsure_answers_names_them():
    res = pcd.check(POLICY, "I am 70 and I live in Cardiff.", answerer=Unsure("yes", 0.47))
    assert res.label == "compliant"
    assert [n for n in res.notes if f"under {UNSURE_CONFIDENCE} confidence" in n and "q1 = yes (0.47)" in n]


def test_sure_answers_and_given_answers_are_not_flagged():
    assert not pcd.check(POLICY, "I am 70.", answerer=Unsure("yes", UNSURE_CONFIDENCE)).notes
    given = pcd.check(POLICY, "I am 70.", answers={"q1": "yes", "q2": "no"}, answerer=Unsure("yes", 0.4))
    assert given.label == "compliant" and not given.notes


def test_undecided_labels_are_not_flagged():
    res = pcd.check(POLICY, "I am 70.", answerer=Unsure("unknown", 0.4))
    assert res.label == "undetermined" and not res.notes


def test_regulation_result_carries_the_warning():
    import pcd.hipaa

    res = pcd.hipaa.check("A clinic sent a patient's chart to her employer.", provisions=["164.508(b)"],
                          answerer=Unsure("yes", 0.5))
    assert any(w.startswith("hipaa:164.508(b): the label rests on scenario-model answers") for w in res.warnings)


def test_a_permission_resting_on_unsure_answers_leaves_the_verdict_open():
    import pcd.hipaa

    story = "The hospital shared the patient's chart with her cardiologist to plan her treatment."
    given = {"ce": "yes", "phi": "yes", "special": "no", "treatment_other": "no", "payment_other": "no",
             "operations_other": "no"}  # own_tpo (treatment by the covered entity itself) left to the model
    sure = pcd.hipaa.check(story, provisions=["164.506"], answers=given, answerer=Unsure("yes", 0.9))
    assert sure.label == "compliant" and sure.deciding == ("hipaa:164.506",)
    unsure = pcd.hipaa.check(story, provisions=["164.506"], answers=given, answerer=Unsure("yes", 0.5))
    assert unsure.provisions[0].label == "compliant"  # the provision's own reading is kept
    assert unsure.label == "undetermined" and unsure.deciding == ()
    assert unsure.reason == ("would be permitted if answers the scenario model is unsure of hold: hipaa:164.506 "
                             "(own_tpo = yes (0.50)); confirm them")
    assert unsure.missing == (("hipaa:164.506", "own_tpo"),)
    assert [m["question_id"] for m in unsure.to_dict()["missing"]] == ["own_tpo"]
    # 0.77 is unsure too: model answers from 0.7 to 0.8 are right under half the time (scripts/measure_confidence.py);
    # "A nurse … posted a patient's diagnosis on Facebook" was "permitted by 164.502(a)" on public_interest = yes
    # (0.77)
    assert pcd.hipaa.check(story, provisions=["164.506"], answers=given,
                           answerer=Unsure("yes", 0.77)).label == "undetermined"
    # asymmetric on purpose: an unsure "no" still leaves the use unpermitted (with the warning); only a false
    # "permitted" is held back
    assert pcd.hipaa.check(story, provisions=["164.506"], answers=given,
                           answerer=Unsure("no", 0.5)).label == "non_compliant"
    # the user's own answer settles it
    settled = pcd.hipaa.check(story, provisions=["164.506"], answers={**given, "own_tpo": "yes"},
                              answerer=Unsure("yes", 0.5))
    assert settled.label == "compliant"


def test_an_obligation_met_on_unsure_answers_still_counts_with_the_warning():
    """Measured trade-off (README, GDPR cases): only permissions are held back, obligations keep their label."""
    import pcd.gdpr

    given = {"personal_data": "yes", "breach": "yes", "unlikely_risk": "no", "notified": "yes"}  # within_72: model
    story = "We told the regulator about the leaked customer list."
    unsure = pcd.gdpr.check(story, provisions=["art33"], answers=given, answerer=Unsure("yes", 0.5))
    assert unsure.label == "compliant"
    assert any("within_72 = yes (0.50)" in w for w in unsure.warnings)
