"""``evaluate(tree, answers)``: label, justification, missing questions, next question."""

from __future__ import annotations

import functools
import operator
from typing import Collection, Mapping

import trees
from trees import Node

from pcd.errors import PcdError

from .asking import EXACT_LIMIT, exact_ranking, expected_questions, greedy_ranking
from .explain import justification, members, minimal_sets, prime_implicants
from .oracles import oracle
from .result import LABELS, Evaluation
from .tables import space, table

ANSWER_VALUES = {"yes": True, "no": False, "unknown": None}


class AnswerError(PcdError):
    """Answers name a question the tree does not have, or give a value other than yes/no/unknown."""


def parse_answers(answers: Mapping[str, str], ids: Collection[str], where: str = "the tree") -> dict[str, bool]:
    """The yes/no answers as booleans, in the order of ``ids`` ("unknown" and missing ids left out).

    Every key must be one of ``ids`` and every value "yes", "no" or "unknown".
    """
    if not isinstance(answers, Mapping):
        raise AnswerError(f"answers must map question ids to 'yes', 'no' or 'unknown', got {type(answers).__name__}")
    unknown_ids = [key for key in answers if key not in ids]
    if unknown_ids:
        raise AnswerError(f"answers name questions that are not in {where}: {', '.join(map(repr, unknown_ids))}")
    for key, value in answers.items():
        if not isinstance(value, str) or value not in ANSWER_VALUES:
            raise AnswerError(f"answer to {key!r} is {value!r}; expected 'yes', 'no' or 'unknown'")
    return {name: ANSWER_VALUES[answers[name]] for name in ids
            if name in answers and answers[name] != "unknown"}


def evaluate(tree: Node, answers: Mapping[str, str], *, method: str = "auto") -> Evaluation:
    """Evaluate ``tree`` against ``answers`` (question id -> "yes" | "no" | "unknown"; missing = unknown).

    ``method`` decides forcing exactly: "truth_table", "z3", or "auto" (the truth table
    up to 16 questions, Z3 beyond). Raises :class:`AnswerError` for an id that is not a
    question of the tree or a value other than yes/no/unknown.
    """
    return _evaluate(tree, answers, method, None)


def _evaluate(tree: Node, answers: Mapping[str, str], method: str, allowed: Collection[str] | None) -> Evaluation:
    questions = {q.id: q for q in trees.questions(tree)}
    if allowed is None:
        known = parse_answers(answers, questions)
    else:  # answers to a wider question set (a clause graph): keep this tree's
        parse_answers(answers, allowed, "the policy")
        known = parse_answers({k: v for k, v in answers.items() if k in questions}, questions)
    solver = oracle(tree, method)
    value = solver.forced(known)
    common = dict(
        label=LABELS[value],
        kleene_label=LABELS[trees.evaluate(tree, known)],
        answers={name: {True: "yes", False: "no"}.get(known.get(name), "unknown") for name in questions},
        method=solver.name,
    )
    if value is not None:
        reasons = justification(solver.forced, known, value)
        return Evaluation(justification=tuple(questions[name] for name in reasons), **common)
    unanswered = [name for name in questions if name not in known]
    missing, ranking, expected = _missing(tree, known, unanswered)
    order = sorted(ranking, key=ranking.__getitem__)  # members of missing sets are all ranked
    position = {i: p for p, i in enumerate(order)}
    missing.sort(key=lambda m: (m.bit_count(), sorted(position[i] for i in members(m))))
    return Evaluation(
        missing=tuple(tuple(questions[unanswered[i]] for i in members(m)) for m in missing),
        next_question=questions[unanswered[order[0]]],
        expected_questions=expected,
        **common,
    )


def _missing(tree: Node, known: dict[str, bool], unanswered: list[str]) -> tuple[list[int], dict, float | None]:
    """Minimal deciding sets (bitmasks over ``unanswered``), a ranking of the questions
    that matter by the next-question rule, and the expected number of questions if exact."""
    index = {name: i for i, name in enumerate(unanswered)}
    read_once = sum(1 for node in trees.walk(tree) if isinstance(node, trees.Question)) == len(index) + len(known)
    true_cubes = prime_implicants(tree, True, known, index, read_once)
    false_cubes = prime_implicants(tree, False, known, index, read_once)
    missing = minimal_sets(true_cubes + false_cubes)
    essential = members(functools.reduce(operator.or_, (p | n for p, n in true_cubes), 0))
    if len(essential) > EXACT_LIMIT:
        return missing, greedy_ranking(missing, essential), None
    # The tree restricted to the questions that matter (the others fixed: it does not depend on them).
    ids = [unanswered[i] for i in essential]
    fixed = {**known, **{name: False for name in unanswered if name not in ids}}
    sp = space(len(ids))
    g = table(tree, ids, fixed)
    return missing, exact_ranking(sp, g, essential), expected_questions(sp, g)
