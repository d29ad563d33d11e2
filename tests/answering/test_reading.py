"""A scenario model also reads the user's prior answers about the same thing as the question."""

import numpy as np
import pytest

import pcd
from pcd.answering import answer
from pcd.answering.base import Chain
from pcd.answering.cautious import Cautious
from pcd.answering.cross_encoder import DEFAULT_MODEL_DIR, CrossEncoderAnswerer
from pcd.answering.reading import reading
from pcd.answering.weights import WEIGHTS_FILE

RETIRED = "Are you not working because you're retired?"


class ReadsNotRetired:
    """A stand-in model: "no" (at ``confidence``) when the text says the reader is not retired, else "unknown";
    it records every (question, text) row it is shown."""

    def __init__(self, confidence=0.95):
        self.rows = []
        self.confidence = confidence

    def predict_proba(self, pairs):
        self.rows += pairs
        rest = (1 - self.confidence) / 2
        return np.array([[rest, self.confidence, rest] if "not retired" in text else [0.05, 0.05, 0.9]
                         for _q, text in pairs])


def stub_answerer(model):
    a = CrossEncoderAnswerer()
    a._model = model
    return a


def test_only_turns_about_the_question_are_read():
    r = reading(RETIRED, "I live in Leeds.",
                [("Do you live in England?", "yes"), ("Are you retired?", "no"), ("Are you working?", "maybe")])
    assert r.text == "I live in Leeds. I am not retired."
    assert r.scenario_end == len("I live in Leeds.")
    assert [f[:2] for f in r.facts] == [(1, "Are you retired?")]
    assert r.source(0, 5) is None and r.source(17, 34) == (1, "Are you retired?")


def test_evidence_spans_index_the_scenario_as_given():
    scenario = "  I live in Leeds.  I am 70.\n"
    r = reading("Are you over 65?", scenario, [("Are you over 60?", "yes")])
    assert r.text.startswith(scenario.rstrip()) and r.scenario_end == len(scenario.rstrip())
    says_yes = ReadsNotRetired()
    says_yes.predict_proba = lambda pairs: np.array([[0.9, 0.05, 0.05]] * len(pairs))
    a = answer(["Do you live in Leeds?"], scenario, history=[("Are you retired?", "no")],
               answerer=stub_answerer(says_yes))[0]
    assert a.evidence.kind == "scenario" and scenario[slice(*a.evidence.span)] == "I live in Leeds."


def test_a_question_the_rewriter_cannot_restate_keeps_its_answer():
    r = reading("Is it a meal expense?", "", [("Meal expenses?", "yes")])
    assert r.text == "Meal expenses? Yes." and r.scenario_end == 0


def test_the_model_reads_a_prior_fact_and_cites_its_turn():
    model = ReadsNotRetired()
    got = answer([RETIRED, "Do you live in Wales?"], "I live in Leeds.",
                 history=[("Are you retired?", "no")], answerer=stub_answerer(model))
    a = got[0]
    assert (a.value, a.answerer) == ("no", "cross-encoder")
    assert (a.evidence.kind, a.evidence.text, a.evidence.turn, a.evidence.span) == ("history", "Are you retired?", 0, None)
    assert (RETIRED, "I live in Leeds. I am not retired.") in model.rows
    assert ("Do you live in Wales?", "I live in Leeds.") in model.rows  # no turn about Wales: the scenario alone


def test_nothing_to_read_is_unknown_without_a_model_row():
    model = ReadsNotRetired()
    got = answer(["Do you live in Wales?", RETIRED], "", history=[("Are you retired?", "no")],
                 answerer=stub_answerer(model))
    assert [a.value for a in got] == ["unknown", "no"]
    assert [q for q, _ in model.rows] == [RETIRED]


def test_a_check_counts_it_as_a_model_answer():
    policy = pcd.parse_policy("You can get the grant if you're not working because you're retired.")
    assert [q.text for q in policy.questions] == [RETIRED]
    result = pcd.check(policy, "I live in Leeds.", history=[("Are you retired?", "no")],
                       answerer=stub_answerer(ReadsNotRetired()), relevance=False)
    a = result.answers[0]
    assert (a.value, a.source, a.evidence_kind, a.evidence_turn) == ("no", "scenario", "history", 0)
    assert result.label == "non_compliant"


def test_caution_still_applies_to_a_model_answer_read_from_a_prior_fact():
    unsure = Cautious(Chain([stub_answerer(ReadsNotRetired(confidence=0.6))]), [RETIRED], value="no")
    a = unsure.answer_batch([RETIRED], "I live in Leeds.", [("Are you retired?", "no")])[0]
    assert a.value == "unknown" and a.evidence.kind == "history"


@pytest.mark.skipif(not (DEFAULT_MODEL_DIR / WEIGHTS_FILE).exists(), reason="no committed weights")
def test_the_shipped_model_reads_the_prior_fact():
    a = answer([RETIRED], "I live in Leeds.", history=[("Are you retired?", "no")])[0]
    assert (a.value, a.answerer, a.evidence.turn) == ("no", "cross-encoder", 0)


RETIRED_POLICY = "You can get the grant if you're retired, or you're not working because you're retired."


def test_a_given_answer_is_read_as_a_fact_for_the_other_questions():
    policy = pcd.parse_policy(RETIRED_POLICY)
    assert [q.text for q in policy.questions] == ["Are you retired?", RETIRED]
    model = ReadsNotRetired()
    result = pcd.check(policy, "I live in Leeds.", answers={"q1": "no"}, answerer=stub_answerer(model),
                       relevance=False)
    q1, q2 = result.answers
    assert (q1.value, q1.source) == ("no", "given")
    assert (q2.value, q2.source, q2.evidence_kind, q2.evidence_text, q2.evidence_turn) == (
        "no", "scenario", "given", "answers['q1']: Are you retired?", None)
    assert (RETIRED, "I live in Leeds. I am not retired.") in model.rows
    assert result.label == "non_compliant"


def test_given_answers_follow_the_users_own_turns():
    model = ReadsNotRetired()
    result = pcd.check(RETIRED_POLICY, "", history=[("Do you live in Leeds?", "yes")], answers={"q1": "no"},
                       answerer=stub_answerer(model), relevance=False)
    assert result.answers[1].evidence_kind == "given"  # not "turn 1", which the user never typed
    assert [row for row in model.rows if row[0] == RETIRED] == [(RETIRED, "I am not retired.")]



def test_two_given_answers_to_one_question_worded_twice_conflict():
    import dataclasses

    policy = pcd.parse_policy(RETIRED_POLICY)
    q1, q2 = policy.questions
    twice = dataclasses.replace(policy, questions=(q1, dataclasses.replace(q2, text=q1.text)))
    with pytest.raises(ValueError, match=r"answers\['q1'\] answered 'no', answers\['q2'\] answered 'yes'"):
        pcd.check(twice, answers={"q1": "no", "q2": "yes"}, answerer="history")
