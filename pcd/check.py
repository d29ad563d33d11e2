"""The end-to-end check: policy + scenario (+ question, history, answers) → explained label.

    >>> import pcd
    >>> policy = pcd.parse_policy("You can get the grant if you're over 65 and you live in Wales.")
    >>> result = pcd.check(policy, answers={"q1": "yes", "q2": "no"})
    >>> result.label, [c.clause_id for c in result.citations]
    ('non_compliant', ['sentence 1'])
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Mapping, Sequence

import trees
from trees import Question

from . import __version__
from .answering.base import GivenTurn
from .answering.types import ConflictingAnswersError
from .datasets.sharc import normalize_question
from .errors import PcdError
from .evaluator import Evaluation, evaluate
from .obligation import with_obligation
from .orientation import Orientation, orient
from .policy import Policy, parse_policy

COMPLIANT, NON_COMPLIANT, UNDETERMINED, NOT_APPLICABLE = "compliant", "non_compliant", "undetermined", "not_applicable"
FLIP = {COMPLIANT: NON_COMPLIANT, NON_COMPLIANT: COMPLIANT, UNDETERMINED: UNDETERMINED}
EXPLANATION_SCHEMA = "pcd.explanation/1"
POLICY_CACHE_SIZE = 256


@dataclass(frozen=True)
class CheckedAnswer:
    """One question of the tree with its answer and where the answer came from."""

    question: Question
    value: str
    confidence: float
    source: str  # "given" | "history" | "scenario" | "none"
    answerer: str = ""
    evidence_kind: str = "none"
    evidence_text: str = ""
    evidence_span: tuple[int, int] | None = None
    evidence_turn: int | None = None

    def to_dict(self) -> dict[str, Any]:
        c = self.question.citation
        return {"id": self.question.id, "question": self.question.text, "clause_id": c.clause_id if c else None,
                "value": self.value, "confidence": round(float(self.confidence), 4), "source": self.source,
                "answerer": self.answerer,
                "evidence": {"kind": self.evidence_kind, "text": self.evidence_text,
                             "span": list(self.evidence_span) if self.evidence_span else None,
                             "turn": self.evidence_turn}}


@dataclass(frozen=True)
class CitedClause:
    """A clause that decided the label: where it is, its verbatim text, and the answer that made it count."""

    policy_id: str
    clause_id: str
    start: int
    end: int
    quote: str
    clause_text: str
    question_id: str
    answer: str

    def to_dict(self) -> dict[str, Any]:
        return {"policy_id": self.policy_id, "clause_id": self.clause_id, "span": [self.start, self.end],
                "quote": self.quote, "clause_text": self.clause_text, "question_id": self.question_id,
                "answer": self.answer}


@dataclass(frozen=True)
class Result:
    """The explained result of :func:`check`.

    ``label`` is oriented by the user's question (see :mod:`pcd.orientation`);
    ``tree_label`` is the tree's own value. ``missing`` lists the minimal sets of
    unanswered questions that could decide, next first; ``next_question`` is the one to ask.
    """

    label: str
    policy: Policy
    question: str | None
    scenario: str
    answers: tuple[CheckedAnswer, ...]
    citations: tuple[CitedClause, ...]
    missing: tuple[tuple[Question, ...], ...]
    next_question: Question | None
    orientation: Orientation
    tree_label: str | None
    relevance: tuple[float, float] | None  # (probability, threshold)
    versions: Mapping[str, str]
    evaluation: Evaluation | None = None
    notes: tuple[str, ...] = ()
    timings: Mapping[str, float] = field(default_factory=dict, compare=False)

    @property
    def reason(self) -> str:
        if self.label == NOT_APPLICABLE:
            if self.relevance is None:
                return "the question is not about what this policy decides"
            # the measured line, so a close call can be seen and overridden ("Can I keep my cat?" against a pets
            # rule scored 0.055 against 0.06)
            p, line = self.relevance
            return (f"the question is not about what this policy decides (relevance {p:.3f}, under the {line:g} line; "
                    "check(..., relevance=False) or `pcd check --no-relevance` checks it anyway)")
        if self.label == UNDETERMINED:
            nxt = f"; ask next: {self.next_question.text}" if self.next_question else ""
            return f"the answers known do not decide the policy's condition{nxt}"
        clauses = ", ".join(dict.fromkeys(c.clause_id for c in self.citations)) or "the policy as a whole"
        return f"{self.label.replace('_', '-')} by {clauses}"

    def to_dict(self) -> dict[str, Any]:
        """The explanation as a ``pcd.explanation/1`` document."""
        nq = self.next_question
        conclusion = self.policy.conclusion
        return {
            "schema": EXPLANATION_SCHEMA,
            "label": self.label,
            "reason": self.reason,
            "question": self.question,
            "scenario": self.scenario,
            "policy": {"id": self.policy.policy_id, "status": self.policy.status, "tree": self.policy.linear,
                       "conclusion": None if conclusion is None else conclusion.to_dict()},
            "orientation": {"inverted": self.orientation.inverted, "why": self.orientation.why},
            "relevance": None if self.relevance is None else
            {"probability": round(self.relevance[0], 4), "threshold": self.relevance[1]},
            "tree_label": self.tree_label,
            "answers": [a.to_dict() for a in self.answers],
            "citations": [c.to_dict() for c in self.citations],
            "missing": [[q.id for q in group] for group in self.missing],
            "next_question": None if nq is None else
            {"id": nq.id, "text": nq.text, "clause_id": nq.citation.clause_id if nq.citation else None},
            "versions": dict(self.versions),
            "notes": list(self.notes),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


@cache
def explanation_schema() -> dict[str, Any]:
    """The published JSON Schema of ``pcd.explanation/1``."""
    return json.loads(resources.files("pcd").joinpath("schemas/explanation-1.json").read_text())


@lru_cache(maxsize=POLICY_CACHE_SIZE)
def cached_policy(text: str, backend: str) -> Policy:
    """Parse once per (text, backend): checking many scenarios must not re-parse."""
    return parse_policy(text, backend=backend)


def resolve_policy(policy: str | Policy, parser: str) -> Policy:
    if isinstance(policy, Policy):
        return policy
    if not isinstance(policy, str):
        raise TypeError(f"policy must be policy text, a pcd.Policy or a pack clause id, got {type(policy).__name__}")
    from .packs import resolve_pack_reference

    pack_policy = resolve_pack_reference(policy)
    return pack_policy if pack_policy is not None else cached_policy(policy, parser)


def _check_given(policy: Policy, answers: Mapping[str, str] | None) -> dict[str, str]:
    given = dict(answers or {})
    ids = {q.id for q in policy.questions}
    unknown = sorted(set(given) - ids)
    if unknown:
        raise PcdError(f"answers name question ids not in policy {policy.policy_id!r}: {unknown}; "
                       f"its questions are {sorted(ids)}")
    for qid, value in given.items():
        if value not in ("yes", "no", "unknown"):
            raise PcdError(f"answer to {qid!r} is {value!r}; expected 'yes', 'no' or 'unknown'")
    return given


def _normalise_history(history: Any) -> list[tuple[str, str]]:
    from .answering.history import normalize_history

    return [(turn[0], turn[1]) for turn in normalize_history(history)]


def given_key(qid: str) -> str:
    """How an answer given by question id is named to the user, as they wrote it: ``answers['q1']``."""
    return f"answers[{qid!r}]"


def _check_conflicts(policy: Policy, given: Mapping[str, str], history: list[tuple[str, str]]) -> None:
    """A given answer and a prior turn on the same question must agree; so must two given answers to questions
    worded alike (a policy may ask one thing in two clauses). "The same" is the history answerer's exact match."""
    texts = {q.id: q.text for q in policy.questions}
    seen: dict[str, tuple[int, str, str]] = {}
    for qid, v in given.items():
        if v == "unknown":
            continue
        other = seen.setdefault(normalize_question(texts[qid]), (-1, given_key(qid), v))
        if other[2] != v:
            raise ConflictingAnswersError(texts[qid], other, (-1, given_key(qid), v))
    for turn, (text, value) in enumerate(history):
        other = seen.get(normalize_question(text))
        if other is not None and other[2] != value:
            raise ConflictingAnswersError(text, (turn, text, value), other)


def check(policy: str | Policy, scenario: str = "", *, question: str | None = None, history: Any = None,
          answers: Mapping[str, str] | None = None, parser: str = "rules", answerer: Any = None,
          relevance: bool = True) -> Result:
    """Decide whether ``scenario`` complies with ``policy`` and explain why.

    ``policy``: text (parsed once and cached), a :class:`pcd.Policy`, or a pack reference
    such as ``"hipaa:164.508(a)(1)"``. ``question``: the user's own question or goal;
    when given and ``relevance`` is on, a question not about what the policy decides
    gives ``not_applicable``. ``history``: prior (question text, "yes"/"no") turns;
    ``answers``: question id → "yes"/"no"/"unknown", which win over everything else.
    """
    item = {"policy": policy, "scenario": scenario, "question": question, "history": history, "answers": answers}
    return check_many([item], parser=parser, answerer=answerer, relevance=relevance)[0]


@dataclass
class _Case:
    policy: Policy
    scenario: str
    question: str | None
    turns: list[tuple[str, str]]
    given: dict[str, str]
    orientation: Orientation
    relevance: tuple[float, float] | None = None


def check_many(items: Sequence[Mapping[str, Any]], *, parser: str = "rules", answerer: Any = None,
               relevance: bool = True) -> list[Result]:
    """:func:`check` over many cases at once: one relevance pass and one answering pass for all.

    Each item is a mapping with ``policy`` and optionally ``scenario``, ``question``,
    ``history`` and ``answers``, as for :func:`check`. Results come back in order.
    """
    t0 = time.perf_counter()
    cases = [_prepare(item, parser, k) for k, item in enumerate(items)]
    t1 = time.perf_counter()
    if relevance:
        _score_relevance([c for c in cases if c.question])
    t2 = time.perf_counter()
    live = [c for c in cases if not _irrelevant(c) and c.policy.tree is not None]
    answered = _answer_all(live, answerer)
    t3 = time.perf_counter()
    versions = {"pcd": __version__, "answerer": _answerer_name(answerer)}
    results = [_decide(c, answered.get(id(c)), {**versions, "parser": f"{c.policy.backend}@{__version__}"})
               for c in cases]
    t4 = time.perf_counter()
    share = {"parse": t1 - t0, "relevance": t2 - t1, "answer": t3 - t2, "evaluate": t4 - t3}
    n = max(len(cases), 1)
    return [replace(r, timings={k: v / n for k, v in share.items()}) for r in results]


def _prepare(item: Mapping[str, Any], parser: str, k: int) -> _Case:
    if not isinstance(item, Mapping) or "policy" not in item:
        raise TypeError(f"item {k} must be a mapping with at least a 'policy' key")
    scenario = item.get("scenario") or ""
    if not isinstance(scenario, str):
        raise TypeError(f"item {k}: scenario must be a str, got {type(scenario).__name__}")
    question = item.get("question")
    if question is not None and not isinstance(question, str):
        raise TypeError(f"item {k}: question must be a str, got {type(question).__name__}")
    pol = resolve_policy(item["policy"], parser)
    if not question:  # a scenario checked on its own: does it meet the duty the conclusion states, if any?
        pol = with_obligation(pol) or pol
    given = _check_given(pol, item.get("answers"))
    turns = _normalise_history(item.get("history"))
    _check_conflicts(pol, given, turns)
    return _Case(pol, scenario, question or None, turns, given,
                 orient(pol.conclusion.polarity if pol.conclusion else None, question,
                        pol.conclusion.text if pol.conclusion else None))


def _score_relevance(cases: list[_Case]) -> None:
    if not cases:
        return
    from .relevance import default_model

    model = default_model()
    for case, p in zip(cases, model.probabilities([c.question for c in cases], [c.policy.text for c in cases])):
        case.relevance = (p, model.threshold)


def _irrelevant(case: _Case) -> bool:
    return case.relevance is not None and case.relevance[0] < case.relevance[1]


def _decide(case: _Case, checked: list[CheckedAnswer] | None, versions: dict[str, str]) -> Result:
    pol, inverted = case.policy, case.orientation.inverted
    common = dict(policy=pol, question=case.question, scenario=case.scenario, orientation=case.orientation,
                  relevance=case.relevance, versions=versions)
    if _irrelevant(case):
        return Result(NOT_APPLICABLE, answers=(), citations=(), missing=(), next_question=None, tree_label=None,
                      **common)
    if pol.tree is None:
        return Result(FLIP[COMPLIANT] if inverted else COMPLIANT, answers=(), citations=(), missing=(),
                      next_question=None, tree_label=None,
                      notes=("the policy states no condition: its conclusion holds as stated",), **common)
    evaluation = evaluate(pol.tree, {a.question.id: a.value for a in checked})
    citations = tuple(_cite(pol, q, evaluation.answers[q.id]) for q in evaluation.justification)
    warnings = (uniform_answers_warning(checked, pol.tree),
                unsure_answers_warning(checked, {q.id for q in evaluation.justification}))
    return Result(FLIP[evaluation.label] if inverted else evaluation.label, answers=tuple(checked),
                  citations=citations, missing=evaluation.missing, next_question=evaluation.next_question,
                  tree_label=evaluation.label, evaluation=evaluation,
                  # the parser's reading choices ("its list says neither 'all' nor 'any' …") go with the verdict
                  notes=tuple(w for w in warnings if w) + tuple(pol.notes), **common)


UNIFORM_YES_MIN = 4
UNIFORM_YES_NOTE = ("the scenario model answered all {n} questions it read from the scenario 'yes': it has not told "
                    "the facts apart, so this label is unverified; give the answers you know (answers=...)")


def uniform_answers_warning(checked: Sequence[CheckedAnswer], tree: Any = None) -> str | None:
    """A warning when the scenario model answered every one of at least ``UNIFORM_YES_MIN`` questions "yes"
    and, in ``tree``, that includes an exception (a question under NOT) or two alternatives of one OR.

    Requirements can all hold at once; a requirement, its exception and the alternatives beside it rarely
    do. A model that says "yes" to all of them has not told the facts apart (our cross-encoder does this on
    long case narratives), so the label rests on the tree's shape rather than on the scenario, and the user
    should know. Without a tree, all-"yes" alone is enough.
    """
    read = [a for a in checked if a.source == "scenario"]
    if len(read) < UNIFORM_YES_MIN or any(a.value != "yes" for a in read):
        return None
    if tree is not None:
        said = {a.question.id for a in read}
        nodes = list(trees.walk(tree))
        exception = any(isinstance(n, trees.Not) and isinstance(n.child, trees.Question) and n.child.id in said
                        for n in nodes)
        alternatives = any(isinstance(n, trees.Or) and sum(
            isinstance(c, trees.Question) and c.id in said for c in n.children) >= 2 for n in nodes)
        if not (exception or alternatives):
            return None
    return UNIFORM_YES_NOTE.format(n=len(read))


UNSURE_CONFIDENCE = 0.8
UNSURE_NOTE = ("the label rests on scenario-model answers under {threshold} confidence, which are right less than half "
               "the time on held-out ShARC pairs: {answers}; confirm them (answers=...)")


def unsure_answers_warning(checked: Sequence[CheckedAnswer], deciding: set[str]) -> str | None:
    """A warning when an answer that decides the label (a question id in ``deciding``, the evaluator's
    justification) was read from the scenario by a model at under ``UNSURE_CONFIDENCE``.

    Measured with the shipped cross-encoder (``python scripts/measure_confidence.py --data ../shared/data/sharc
    [--split train]``): its "yes"/"no" answers under 0.8 confidence are right 42% of the time on the 657 dev_visible
    pairs (143 answers; 36% of 278 on ShARC-train pairs), from 0.8 up 72% (265; train 72% of 377). Answers from 0.7
    to 0.8 are right no more often than those under 0.7 (41% dev, 44% train), which is why the line is at 0.8.

    >>> q = Question("q1", "Is it for treatment?", None)
    >>> unsure_answers_warning([CheckedAnswer(q, "yes", 0.47, "scenario")], {"q1"})[:53]
    'the label rests on scenario-model answers under 0.8 c'
    >>> unsure_answers_warning([CheckedAnswer(q, "yes", 0.95, "scenario")], {"q1"}) is None
    True
    """
    unsure = unsure_answers(checked, deciding)
    if not unsure:
        return None
    said = ", ".join(f"{a.question.id} = {a.value} ({a.confidence:.2f})" for a in unsure)
    return UNSURE_NOTE.format(threshold=UNSURE_CONFIDENCE, answers=said)


def unsure_answers(checked: Sequence[CheckedAnswer], deciding: set[str]) -> list[CheckedAnswer]:
    """The answers among ``deciding`` (question ids) that the scenario model gave as yes/no under
    ``UNSURE_CONFIDENCE``."""
    return [a for a in checked if a.question.id in deciding and a.source == "scenario"
            and a.value in ("yes", "no") and a.confidence < UNSURE_CONFIDENCE]


def is_warning(note: str) -> bool:
    """Whether a :attr:`Result.notes` entry warns that the label may not be trusted (uniform or unsure answers)."""
    return note.startswith(tuple(template.split("{")[0] for template in (UNIFORM_YES_NOTE, UNSURE_NOTE)))


def _answerer_name(answerer: Any) -> str:
    if answerer is None:
        from .answering.api import DEFAULT_CHAIN

        return "+".join(DEFAULT_CHAIN)
    if isinstance(answerer, str):
        return answerer
    if isinstance(answerer, Sequence):
        return "+".join(a if isinstance(a, str) else getattr(a, "name", type(a).__name__) for a in answerer)
    return getattr(answerer, "name", type(answerer).__name__)


def _given_turns(case: _Case) -> list[GivenTurn]:
    """The yes/no answers given by question id, as turns that follow the user's own: like any answer the user
    gave, they inform the other questions (the history answerer's paraphrases and implications, the scenario
    model's prior facts)."""
    texts = {q.id: q.text for q in case.policy.questions}
    return [GivenTurn(texts[qid], v, given_key(qid)) for qid, v in case.given.items() if v in ("yes", "no")]


def _answer_all(cases: list[_Case], answerer: Any) -> dict[int, list[CheckedAnswer]]:
    """Answer every case's open questions in one batched call; given answers win, and inform the others."""
    from .answering import answer_many

    asks = [[q for q in trees.questions(c.policy.tree) if c.given.get(q.id, "unknown") == "unknown"] for c in cases]
    given = [_given_turns(c) for c in cases]
    batch = [(ask, c.scenario, [*c.turns, *g]) for c, ask, g in zip(cases, asks, given) if ask]
    replies = iter(answer_many(batch, answerer=answerer)) if batch else iter(())
    out: dict[int, list[CheckedAnswer]] = {}
    for case, ask, g in zip(cases, asks, given):
        got = dict(zip((q.id for q in ask), next(replies))) if ask else {}
        checked = []
        for q in trees.questions(case.policy.tree):
            if q.id not in got:
                checked.append(CheckedAnswer(q, case.given[q.id], 1.0, "given", "given", "given", given_key(q.id)))
                continue
            a = got[q.id]
            source = "none" if a.value == "unknown" else ("history" if a.from_prior_turn else "scenario")
            kind, text, turn = a.evidence.kind, a.evidence.text, a.evidence.turn
            if kind == "history" and turn is not None and turn >= len(case.turns):  # a given answer's turn
                kind, text, turn = "given", f"{g[turn - len(case.turns)].key}: {text}", None
            checked.append(CheckedAnswer(q, a.value, a.confidence, source, a.answerer, kind, text,
                                         a.evidence.span, turn))
        out[id(case)] = checked
    return out


def _cite(policy: Policy, q: Question, answer: str) -> CitedClause:
    c = q.citation
    try:
        clause_text = policy.clause(c.clause_id).text
    except KeyError:
        clause_text = c.quote
    return CitedClause(c.policy_id, c.clause_id, c.start, c.end, c.quote, clause_text, q.id, answer)
