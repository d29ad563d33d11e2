from dataclasses import FrozenInstanceError

import pytest

import pcd.answering as qa
from pcd.answering import Answer, Answerer, ConflictingAnswersError, UnknownAnswererError, answer, answer_many
from pcd.answering.types import Evidence


@qa.register_answerer("test-always-no")
class AlwaysNo(Answerer):
    """A stand-in scenario model: answers every question "no" and records its calls."""

    name = "test-always-no"
    calls: list = []

    def answer_batch(self, questions, scenario, history=()):
        AlwaysNo.calls.append((list(questions), scenario))
        return [Answer(q, "no", 0.5, Evidence(), self.name) for q in questions]


class Q:
    def __init__(self, id, text):
        self.id, self.text = id, text


def test_exact_history_wins_over_scenario_model():
    out = answer(["Are you over 65?", "Do you have a car?"], "I am 40.",
                 history=[("are you over 65", "Yes")], answerer="test-always-no")
    assert [a.value for a in out] == ["yes", "no"]
    assert out[0].answerer == "history" and out[0].confidence == 1.0
    assert out[0].evidence == Evidence("history", "are you over 65", None, 0)
    assert out[1].answerer == "test-always-no"


def test_exact_match_wins_over_paraphrase():
    hist = [("Are you older than 65?", "no"), ("Are you over 65?", "yes")]
    out = answer(["Are you over 65?"], "", history=hist, answerer="test-always-no")
    assert out[0].value == "yes" and out[0].evidence.turn == 1


def test_paraphrase_match_above_threshold():
    out = answer(["Do you have any kids?"], "x", history=[("Do you have any children?", "yes")], answerer="test-always-no")
    assert out[0].value == "yes" and out[0].answerer == "history" and 0.85 <= out[0].confidence <= 1
    out = answer(["Do you own a boat?"], "x", history=[("Do you have any children?", "yes")], answerer="test-always-no")
    assert out[0].answerer == "test-always-no"


@pytest.mark.parametrize("asked, prior, same", [
    ("Do you owe taxes that you can not pay?", "Do you owe taxes that you cannot pay?", True),  # one negation each
    ("Can you pay the taxes you owe?", "Can't you pay the taxes you owe?", False),
    ("Do you owe taxes that you cannot pay?", "Do you owe taxes that you can pay?", False),
])
def test_paraphrase_guard_counts_cannot_as_a_negation(asked, prior, same):
    from pcd.answering.history import compatible

    assert compatible(asked, prior) is same


def test_conflicting_history_names_both():
    with pytest.raises(ConflictingAnswersError) as e:
        answer(["Are you moving?"], "", history=[("Are you moving?", "yes"), ("are you moving", "no")])
    msg = str(e.value)
    assert "turn 0" in msg and "turn 1" in msg and "'yes'" in msg and "'no'" in msg


def test_registry_resolves_and_rejects_unknown_names():
    assert isinstance(qa.get_answerer("majority"), Answerer)
    assert {"history", "cross-encoder", "nli", "lm", "majority", "similarity"} <= set(qa.list_answerers())
    with pytest.raises(UnknownAnswererError) as e:
        qa.get_answerer("no-such-model")
    assert "no-such-model" in str(e.value) and "cross-encoder" in str(e.value) and "majority" in str(e.value)


def test_batching_one_answer_per_question_in_order():
    AlwaysNo.calls.clear()
    qs = [Q("q1", "Are you moving?"), "Do you have a car?", Q("q3", "Are you over 65?")]
    out = answer(qs, "I have a car.", answerer="test-always-no")
    assert [a.question for a in out] == ["Are you moving?", "Do you have a car?", "Are you over 65?"]
    assert len(AlwaysNo.calls) == 1  # one call for all questions
    many = answer_many([(["A?", "B?"], "s1"), {"questions": ["C?"], "scenario": "s2"}], answerer="test-always-no")
    assert [[a.question for a in r] for r in many] == [["A?", "B?"], ["C?"]]


def test_bad_input():
    assert answer([], "anything") == []
    with pytest.raises(TypeError, match="question 1"):
        answer(["ok?", 42], "s")
    with pytest.raises(TypeError, match="not a single question"):
        answer("Are you over 65?", "s")
    with pytest.raises(TypeError, match="scenario"):
        answer(["ok?"], 3)
    with pytest.raises(ValueError, match="yes' or 'no"):
        answer(["ok?"], "s", history=[("ok?", "maybe")])


def test_empty_scenario_is_unknown_from_the_model():
    out = answer(["Are you over 65?"], "   ", answerer="cross-encoder")
    assert out[0].value == "unknown" and out[0].evidence.kind == "none"


def test_answer_is_frozen():
    a = Answer("q", "yes", 0.9)
    with pytest.raises(FrozenInstanceError):
        a.value = "no"
    with pytest.raises(ValueError):
        Answer("q", "maybe", 0.5)


@pytest.mark.parametrize("asked, prior, same", [
    ("Is your plant listed on form PHAR 3?", "Is your plant listed on form PHAR 3 (PDF, 1.22MB, 4 pages)?", True),
    ("Is your plant listed on form PHAR 3?", "Is your plant listed on form PHAR 4 (PDF, 1.22MB, 4 pages)?", False),
])
def test_paraphrase_guard_ignores_a_file_format_aside(asked, prior, same):
    from pcd.answering.history import compatible

    assert compatible(asked, prior) is same
