"""A label resting on a model that answered every question "yes" says so."""

import pytest

import pcd
from pcd.answering.baselines import MajorityAnswerer
from pcd.check import UNIFORM_YES_MIN, is_warning, uniform_answers_warning

POLICY = ("You can get the grant if you:\n\n* are over 65\n* live in Wales\n* are a carer\n* have a disability\n"
          "* rent your home")


def test_all_yes_from_the_scenario_model_is_flagged():
    res = pcd.check(POLICY, "I am a retired teacher.", answerer=MajorityAnswerer("yes"))
    assert res.label == "compliant"
    assert any("answered all 5 questions" in n for n in res.notes)
    assert any("answered all 5 questions" in n for n in res.to_dict()["notes"])


def test_mixed_answers_or_few_questions_are_not_flagged():
    # (the parser's note on the uncued list is a note, not a warning)
    assert not any(is_warning(n) for n in pcd.check(POLICY, "I am a retired teacher.",
                                                      answerer=MajorityAnswerer("no")).notes)
    few = pcd.check("You can get the grant if you are over 65 and live in Wales.", "x",
                    answerer=MajorityAnswerer("yes"))
    assert UNIFORM_YES_MIN > 2 and uniform_answers_warning(few.answers) is None


def test_answers_the_user_gave_do_not_count_as_the_model_reading():
    policy = pcd.parse_policy(POLICY)
    given = {q.id: "yes" for q in policy.questions[:2]}
    res = pcd.check(policy, "x", answers=given, answerer=MajorityAnswerer("yes"))
    assert uniform_answers_warning(res.answers) is None  # 3 read by the model, under the minimum


@pytest.mark.parametrize("answerer, warned", [(MajorityAnswerer("yes"), True), (MajorityAnswerer("no"), False)])
def test_regulation_result_carries_the_warning(answerer, warned):
    import pcd.hipaa
    from pcd.regulation import validate_regulation_explanation

    res = pcd.hipaa.check("A clinic sent a patient's chart to her employer.", provisions=["164.508(b)"],
                          answerer=answerer)
    doc = res.to_dict()
    validate_regulation_explanation(doc)
    assert bool(doc["warnings"]) is warned
    if warned:
        assert doc["warnings"][0].startswith("hipaa:164.508(b): the scenario model answered all")


def test_requirements_that_all_hold_are_not_flagged():
    policy = ("You can get the grant if you:\n\n* are over 65\n* live in Wales\n* are a carer\n* rent your home")
    res = pcd.check("To get the grant you must be over 65, live in Wales, be a carer and rent your home.",
                    "x", answerer=MajorityAnswerer("yes"))
    assert res.policy.linear == "AND(q1, q2, q3, q4)" and res.label == "compliant" and not res.notes
    assert pcd.check(policy, "x", answerer=MajorityAnswerer("yes")).notes  # alternatives all "yes": flagged
