"""A question asked of a couple holds when either of them does: the chain asks it of each and combines."""

from __future__ import annotations

import pytest

from pcd.answering import answer
from pcd.answering.couples import combined, split_couple
from pcd.answering.types import Answer, Evidence


@pytest.mark.parametrize("question, parts", [
    ("Do you or your partner work?", ("Do you work?", "Does your partner work?")),
    ("Have you or your spouse reached State Pension age?",
     ("Have you reached State Pension age?", "Has your spouse reached State Pension age?")),
    ("Were you or your husband born before 1960?", ("Were you born before 1960?", "Was your husband born before 1960?")),
    ("Are you over 60?", None),
    ("Do you or your partner earn £500 a week between you?", None),  # said of the two together
])
def test_split_couple(question, parts):
    assert split_couple(question) == parts


def _a(value: str, confidence: float = 0.8, kind: str = "scenario") -> Answer:
    return Answer("Q?", value, confidence, Evidence(kind, "s", (0, 1)), "model")


@pytest.mark.parametrize("you, partner, value", [
    ("yes", "unknown", "yes"), ("unknown", "yes", "yes"), ("no", "no", "no"), ("no", "unknown", "unknown"),
])
def test_either_yes_is_yes_and_both_no_is_no(you, partner, value):
    assert combined(_a("unknown"), _a(you), _a(partner)).value == value


def test_a_prior_turn_on_the_question_as_asked_stands():
    asked = _a("no", 1.0, kind="history")
    assert combined(asked, _a("yes"), _a("unknown")) is asked


def test_the_reader_working_answers_do_you_or_your_partner_work():
    # the model alone read "I work 30 hours a week in a shop." as unknown for the couple's question
    [a] = answer(["Do you or your partner work?"], "I work 30 hours a week in a shop.")
    assert a.value == "yes"
    assert a.evidence.text == "I work 30 hours a week in a shop."
    assert a.question == "Do you or your partner work?"


def test_a_rule_answerer_decides_for_one_of_the_couple():
    [a] = answer(["Are you or your partner over 60?"], "I am 64.")
    assert (a.value, a.answerer) == ("yes", "ages")


def test_the_users_own_answer_to_the_couples_question_wins():
    [a] = answer(["Do you or your partner work?"], "I work 30 hours a week in a shop.",
                 history=[("Do you or your partner work?", "no")])
    assert a.value == "no" and a.evidence.kind == "history"
