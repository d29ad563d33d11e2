"""Checks against a whole regulation pack: which provisions apply, and is the scenario compliant.

:func:`check_regulation` (used by :mod:`pcd.hipaa` and :mod:`pcd.gdpr`) ranks the pack's
provisions by relevance to the scenario (provision retrieval), checks the scenario against
the reviewed tree of each selected provision with :func:`pcd.check_many` (one answering pass
for all), gates each provision on its applicability questions, and aggregates:

- ``not_applicable``: no selected provision applies (every applicability gate is "no"),
  or, with retrieval, no provision is relevant enough;
- ``non_compliant``: an applicable obligation or restriction is not met, or every applicable
  permission was checked and none permits the use (HIPAA 164.502(a), GDPR Art. 6(1): what
  is not permitted is forbidden);
- ``compliant``: an applicable permission permits it and no obligation is violated, or all
  applicable obligations are met; a permission counts only when the answers it rests on are
  given or read with confidence (a model answer under ``pcd.check.UNSURE_CONFIDENCE`` leaves
  the verdict ``undetermined``, and ``missing`` lists those answers to confirm);
- ``undetermined`` otherwise (the ``missing`` questions say what to find out).

    >>> from pcd import hipaa
    >>> r = hipaa.check("", provisions=["hipaa:164.508(a)(1)"],
    ...                 answers={"ce": "yes", "phi": "yes", "authorized": "no"}, answerer="majority")
    >>> r.label, r.provisions[0].citations[0].clause_id
    ('non_compliant', 'hipaa:164.508(a)(1)')
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Mapping, Sequence

import numpy as np

from . import __version__
from .check import (COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE, UNDETERMINED, CheckedAnswer, CitedClause, Result,
                    check_many, is_warning, unsure_answers)
from .errors import PcdError
from .evaluator import evaluate
from .packs import Pack, Provision, load_pack, provision as find_provision

__all__ = ["REGULATION_SCHEMA", "ProvisionResult", "RegulationResult", "check_pack_answers", "check_regulation",
           "rank_provisions",
           "regulation_schema", "validate_regulation_explanation"]

REGULATION_SCHEMA = "pcd.regulation-explanation/1"
DEFAULT_TOP_K = 4
YES, NO, UNKNOWN = "yes", "no", "unknown"


@dataclass(frozen=True)
class ProvisionResult:
    """One provision checked against the scenario."""

    provision: Provision
    rank: int
    relevance: float | None
    applicable: str  # "yes" | "no" | "unknown"
    label: str
    result: Result

    @property
    def id(self) -> str:
        return self.provision.id

    @property
    def citations(self) -> tuple[CitedClause, ...]:
        return self.result.citations

    @property
    def missing(self):
        return self.result.missing

    @property
    def unsure(self) -> tuple[CheckedAnswer, ...]:
        """The scenario-model answers under ``UNSURE_CONFIDENCE`` that this provision's label rests on."""
        ev = self.result.evaluation
        return tuple(unsure_answers(self.result.answers, {q.id for q in ev.justification})) if ev else ()

    @property
    def held_back(self) -> bool:
        """A permission that would permit the use on answers the model is unsure of: it does not grant the
        verdict (a false "permitted" tells a privacy officer a breach is fine). Obligations met on unsure answers
        still count, with the warning: holding them back too lost 5 right GDPR-case verdicts for 1 wrong avoided."""
        return self.provision.kind == "permission" and self.label == COMPLIANT and bool(self.unsure)

    def to_dict(self) -> dict[str, Any]:
        doc = self.result.to_dict()
        doc["notes"] = list(doc["notes"]) + [f"provision label {self.label}; applicable: {self.applicable}"]
        return {"id": self.provision.id, "title": self.provision.title, "kind": self.provision.kind,
                "rank": self.rank, "relevance": None if self.relevance is None else round(float(self.relevance), 4),
                "applicable": self.applicable, "label": self.label, "explanation": doc}


@dataclass(frozen=True)
class RegulationResult:
    """The result of :func:`pcd.hipaa.check` / :func:`pcd.gdpr.check`."""

    regulation: str
    label: str
    reason: str
    scenario: str
    provisions: tuple[ProvisionResult, ...]  # ranked by relevance, most relevant first
    deciding: tuple[str, ...]  # ids of the provisions that decided the label
    versions: Mapping[str, str]
    retrieval: str  # "similarity" | "trained" | "none"
    p_not_applicable: float | None = None  # the trained retrieval model's P(scenario outside the pack)

    @property
    def applicable(self) -> tuple[ProvisionResult, ...]:
        return tuple(p for p in self.provisions if p.applicable != NO)

    @property
    def citations(self) -> tuple[CitedClause, ...]:
        """The clauses that decided the label (those of the deciding provisions)."""
        by_id = {p.id: p for p in self.provisions}
        return tuple(c for pid in self.deciding for c in by_id[pid].citations)

    @property
    def missing(self) -> tuple[tuple[str, str], ...]:
        """(provision id, question id) to find out next, most relevant provision first."""
        out = []
        for p in self.provisions:
            if self.label == UNDETERMINED and p.held_back:  # a permission to confirm
                out.extend((p.id, a.question.id) for a in p.unsure)
                continue
            if p.label != UNDETERMINED:
                continue
            if p.applicable == UNKNOWN:  # whether it applies is open: ask the first unanswered gate
                values = {a.question.id: a.value for a in p.result.answers}
                gate = next((q for q in p.provision.applicability if values.get(q, UNKNOWN) == UNKNOWN), None)
                if gate is not None:
                    out.append((p.id, gate))
                    continue
            if p.result.next_question is not None:
                out.append((p.id, p.result.next_question.id))
        return tuple(out)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Why the label may not be trusted: a deciding provision whose every question the scenario model
        answered "yes", or whose deciding answers the model was unsure of (see
        :func:`pcd.check.uniform_answers_warning`, :func:`pcd.check.unsure_answers_warning`)."""
        by_id = {p.id: p for p in self.provisions}
        return tuple(f"{pid}: {note}" for pid in self.deciding for note in by_id[pid].result.notes if is_warning(note))

    def to_dict(self) -> dict[str, Any]:
        by_id = {p.id: p for p in self.provisions}
        missing = []
        for pid, qid in self.missing:
            q = next(q for q in by_id[pid].provision.questions if q.id == qid)
            missing.append({"provision": pid, "question_id": qid, "question": q.text, "clause_id": q.citation.clause_id})
        return {
            "schema": REGULATION_SCHEMA,
            "regulation": self.regulation,
            "label": self.label,
            "reason": self.reason,
            "scenario": self.scenario,
            "retrieval": self.retrieval,
            "p_not_applicable": self.p_not_applicable,
            "deciding": list(self.deciding),
            "citations": [c.to_dict() for c in self.citations],
            "missing": missing,
            "provisions": [p.to_dict() for p in self.provisions],
            "versions": dict(self.versions),
            "warnings": list(self.warnings),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


@cache
def regulation_schema() -> dict[str, Any]:
    """The published JSON Schema of ``pcd.regulation-explanation/1``."""
    return json.loads(resources.files("pcd").joinpath("schemas/regulation-explanation-1.json").read_text())


def validate_regulation_explanation(doc: Mapping[str, Any]) -> None:
    """Validate a document against ``pcd.regulation-explanation/1`` (and each embedded ``pcd.explanation/1``)."""
    import jsonschema
    from referencing import Registry, Resource

    from .check import explanation_schema

    exp = explanation_schema()
    registry = Registry().with_resource(exp["$id"], Resource.from_contents(exp))
    jsonschema.Draft202012Validator(regulation_schema(), registry=registry).validate(doc)


# --------------------------------------------------------------------------- retrieval

_SENT = re.compile(r"(?<=[.!?])\s+|\n+")


SHARED_GATES = ("ce", "phi", "breach", "unsecured", "personal_data", "in_scope", "request", "transfer")


@cache
def _provision_vectors(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per provision: its heading (title + conclusion), its own questions, and its corpus text, embedded."""
    import corpora

    from .answering.embed import embed

    provs = load_pack(name).provisions
    heads = embed([f"{p.title}. {p.policy.conclusion.text}" for p in provs])
    qs = [(k, q.text) for k, p in enumerate(provs) for q in p.questions if q.id not in SHARED_GATES]
    Q = embed([t for _, t in qs])
    body = embed([corpora.get(p.id).full_text()[:1000] for p in provs])
    return heads, Q, np.array([k for k, _ in qs]), body


def _provision_similarity(name: str, V: np.ndarray) -> np.ndarray:
    """(rows of V, provisions): mean of the cosine with the heading, the best question and the text."""
    heads, Q, owner, body = _provision_vectors(name)
    QQ = V @ Q.T
    best_q = np.stack([QQ[:, owner == k].max(axis=1) for k in range(heads.shape[0])], axis=1)
    return (V @ heads.T + best_q + V @ body.T) / 3.0


@cache
def trained_retrieval(name: str) -> dict[str, Any] | None:
    """The provision retrieval model trained for pack ``name`` (``pcd/models/retrieval/<name>.json``), if any."""
    path = resources.files("pcd").joinpath(f"models/retrieval/{name}.json")
    if not path.is_file():
        return None
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {"classes": doc["classes"], "W": np.asarray(doc["W"], dtype=np.float32),
            "b": np.asarray(doc["b"], dtype=np.float32)}


def provision_scores(name: str, scenarios: Sequence[str], method: str = "auto") -> tuple[np.ndarray, np.ndarray | None]:
    """Relevance of every provision of pack ``name`` to each scenario, and P(not applicable) when known.

    ``similarity``: embedding similarity (all-MiniLM-L6-v2): for the whole scenario and for its
    best sentence, the mean cosine with the provision's heading, its closest question and its
    corpus text; the two averaged.
    ``trained``: that similarity plus the probability of the provision under the retrieval model
    trained on GoldCoin ``refer_id`` (HIPAA only), which also gives P(not applicable).
    ``auto``: ``similarity`` (the trained model fits GoldCoin's narratives and its not-applicable
    class fires on short plain scenarios, so it is opt-in).
    Returns (scores (n scenarios, n provisions), p_na (n,) or None).
    """
    from .answering.embed import embed

    model = trained_retrieval(name) if method == "trained" else None
    if method == "trained" and model is None:
        raise PcdError(f"no trained retrieval model for pack {name!r}")
    n = len(scenarios)
    out = np.zeros((n, len(load_pack(name).provisions)), dtype=np.float32)
    texts, owner = [], []
    for i, s in enumerate(scenarios):
        texts.append(s)
        owner.append((i, "whole"))
        for t in [t.strip() for t in _SENT.split(s) if len(t.strip()) > 15][:40]:
            texts.append(t)
            owner.append((i, "sent"))
    if not texts:
        return out, None
    X = embed(texts)
    E = _provision_similarity(name, X)
    whole = np.zeros_like(out)
    best = np.full_like(out, -1.0)
    wrows = np.zeros((n, X.shape[1]), dtype=np.float32)
    for k, (i, kind) in enumerate(owner):
        if kind == "whole":
            whole[i] = E[k]
            wrows[i] = X[k]
        else:
            best[i] = np.maximum(best[i], E[k])
    best = np.where(best < -0.5, whole, best)
    scores = 0.5 * whole + 0.5 * best
    if model is None:
        return scores, None
    logits = wrows @ model["W"].T + model["b"]
    logits -= logits.max(axis=1, keepdims=True)
    probs = np.exp(logits)
    probs /= probs.sum(axis=1, keepdims=True)
    cls = {c: j for j, c in enumerate(model["classes"])}
    for j, p in enumerate(load_pack(name).provisions):
        if p.id in cls:
            scores[:, j] += probs[:, cls[p.id]]
    p_na = probs[:, cls["__na__"]] if "__na__" in cls else None
    return scores, p_na


def rank_provisions(name: str, scenarios: Sequence[str], method: str = "similarity") -> np.ndarray:
    """Relevance of every provision of pack ``name`` to each scenario: (n scenarios, n provisions)."""
    return provision_scores(name, scenarios, method)[0]


# --------------------------------------------------------------------------- checking


GATE_NO_MIN_CONFIDENCE = 0.9  # a model's "no" to an applicability gate below this stays "unknown"


def _cautious_on_gates(pack, answerer: Any):
    """The answerer, made cautious on the pack's applicability gates: a model's unsure "no" would rule a
    provision out silently, so it becomes "unknown" and the gate is asked instead (see pcd.answering.cautious)."""
    from .answering.api import resolve_answerer
    from .answering.cautious import Cautious

    gates = {q.text for p in pack.provisions for q in p.questions if q.id in p.applicability}
    return Cautious(resolve_answerer(answerer), gates, value="no", min_confidence=GATE_NO_MIN_CONFIDENCE)


def _answers_for(prov: Provision, answers: Mapping[str, Any] | None) -> dict[str, str]:
    """Given answers (normalised by :func:`check_pack_answers`) for one provision: ``{qid: value}`` applies to
    every provision asking ``qid``; ``{provision id: {qid: value}}`` to that provision only (and wins)."""
    if not answers:
        return {}
    ids = {q.id for q in prov.questions}
    out = {k: v for k, v in answers.items() if isinstance(v, str) and k in ids}
    own = answers.get(prov.id)
    if isinstance(own, Mapping):
        out.update(own)
    return out


def check_pack_answers(pack: Pack, answers: Mapping[str, Any] | None) -> dict[str, Any]:
    """``answers`` with provision keys in full (``"164.508(b)"`` -> ``"hipaa:164.508(b)"``), after rejecting
    answers that name nothing in the pack or give a value other than yes / no / unknown: a typo in a question or
    provision id would otherwise be ignored silently and the check run without that answer."""
    if not answers:
        return {}
    if not isinstance(answers, Mapping):
        raise PcdError(f"answers must be a mapping of question id -> value, got {type(answers).__name__}")
    qids = {q.id for p in pack.provisions for q in p.questions}
    pids = {p.id: p for p in pack.provisions}

    def value_ok(where: str, v: Any) -> None:
        if not isinstance(v, str) or v.strip().lower() not in (YES, NO, UNKNOWN):
            raise PcdError(f"answer to {where} is {v!r}; expected \"yes\", \"no\" or \"unknown\"")

    out: dict[str, Any] = {}
    for key, v in answers.items():
        if isinstance(v, Mapping):
            ref = key if ":" in str(key) else f"{pack.name}:{key}"
            if ref not in pids:
                raise PcdError(f"answers name provision {key!r}, which the {pack.name} pack does not have; "
                               f"provisions: {', '.join(pids)}")
            asked = {q.id for q in pids[ref].questions}
            for qid, value in v.items():
                if qid not in asked:
                    raise PcdError(f"answers for {ref!r} name question {qid!r}, which it does not ask; "
                                   f"it asks {', '.join(sorted(asked))}")
                value_ok(f"{ref} {qid!r}", value)
            out[ref] = dict(v)
        elif key in qids:
            value_ok(repr(key), v)
            out[key] = v
        else:
            close = difflib.get_close_matches(str(key), sorted(qids) + list(pids), n=3)
            hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else \
                f"; pcd {pack.name} provisions lists the provisions, each provision's tree its question ids"
            raise PcdError(f"answers name {key!r}, which is neither a question id nor a provision of the "
                           f"{pack.name} pack{hint}")
    return out


def _select(pack: Pack, provisions: Sequence[str] | None) -> list[Provision]:
    if provisions is None:
        return list(pack.provisions)
    if isinstance(provisions, str):
        provisions = [provisions]
    chosen: list[Provision] = []
    for ref in provisions:
        ref = ref if ":" in ref else f"{pack.name}:{ref}"
        p = find_provision(ref)
        if p.id.split(":")[0] != pack.name:
            raise PcdError(f"{ref!r} is not a {pack.name} provision")
        if p not in chosen:
            chosen.append(p)
    return chosen


def check_regulation(name: str, scenario: str = "", *, provisions: Sequence[str] | None = None,
                     answers: Mapping[str, Any] | None = None, answerer: Any = None, top_k: int | None = None,
                     min_relevance: float | None = None, retrieval: str | bool | None = None,
                     na_gate: bool = True) -> RegulationResult:
    """Check ``scenario`` against pack ``name``; see :func:`check_regulation_many`."""
    return check_regulation_many(name, [scenario], provisions=provisions, answers=[answers], answerer=answerer,
                                 top_k=top_k, min_relevance=min_relevance, retrieval=retrieval, na_gate=na_gate)[0]


def check_regulation_many(name: str, scenarios: Sequence[str], *, provisions: Sequence[str] | None = None,
                          answers: Sequence[Mapping[str, Any] | None] | None = None, answerer: Any = None,
                          top_k: int | None = None, min_relevance: float | None = None,
                          retrieval: str | bool | None = None, na_gate: bool = True) -> list[RegulationResult]:
    """Check many scenarios against pack ``name`` with one retrieval and one answering pass.

    ``provisions``: provision ids or clause ids inside them (``"164.512(f)(1)"`` selects
    ``hipaa:164.512(f)``); None selects the ``top_k`` most relevant (default 4) by retrieval.
    ``answers``: per scenario, ``{question id: value}`` (applies to every provision asking
    it, e.g. ``ce``, ``personal_data``) or ``{provision id: {question id: value}}``.
    ``min_relevance``: with retrieval, a scenario whose best provision scores below it is
    ``not_applicable`` without asking anything. ``retrieval``: how to rank provisions,
    ``"auto"`` / ``"similarity"`` / ``"trained"`` (see :func:`provision_scores`), False for
    pack order (default: ``"auto"`` when a scenario is given). ``na_gate``: with a trained
    retrieval model and no ``provisions`` given, a scenario the model puts in its
    not-applicable class (p >= 0.5) is ``not_applicable`` without asking anything.
    """
    pack = load_pack(name)
    scenarios = list(scenarios)
    answers = list(answers) if answers is not None else [None] * len(scenarios)
    if len(answers) != len(scenarios):
        raise PcdError("answers must have one entry per scenario")
    answers = [check_pack_answers(pack, a) for a in answers]
    pool = _select(pack, provisions)
    if retrieval is None:
        retrieval = "auto" if any(s.strip() for s in scenarios) else False
    method = None if retrieval in (False, "none") else ("auto" if retrieval is True else retrieval)
    index = {p.id: k for k, p in enumerate(pack.provisions)}
    scores, p_na = provision_scores(name, scenarios, method) if method else (None, None)
    if provisions is not None or not na_gate:
        p_na_gate = None
    else:
        p_na_gate = p_na
    k = top_k if top_k is not None else (len(pool) if provisions is not None else DEFAULT_TOP_K)

    plans: list[list[tuple[Provision, float | None]]] = []
    for i, _ in enumerate(scenarios):
        ranked = [(p, None if scores is None else float(scores[i, index[p.id]])) for p in pool]
        if scores is not None:
            ranked.sort(key=lambda t: -t[1])
        plans.append(ranked[:k])
    items, owners = [], []
    for i, (scenario, plan) in enumerate(zip(scenarios, plans)):
        gated_out = min_relevance is not None and scores is not None and plan and plan[0][1] < min_relevance
        gated_out = gated_out or (p_na_gate is not None and p_na_gate[i] >= 0.5)
        if gated_out:
            continue
        for prov, _ in plan:
            items.append({"policy": prov.policy, "scenario": scenario, "answers": _answers_for(prov, answers[i])})
            owners.append(i)
    results = check_many(items, answerer=_cautious_on_gates(pack, answerer), relevance=False) if items else []
    per: list[list[Result]] = [[] for _ in scenarios]
    for i, r in zip(owners, results):
        per[i].append(r)
    versions = {"pcd": __version__, "pack": f"{name}@{pack.review.get('date', '?')}",
                "answerer": results[0].versions.get("answerer", "") if results else ""}
    how = "none" if scores is None else ("trained" if p_na is not None else "similarity")
    out = []
    for i, (scenario, plan) in enumerate(zip(scenarios, plans)):
        pna = None if p_na is None else round(float(p_na[i]), 4)
        if not per[i]:
            if not plan:
                why = "no provision selected"
            elif p_na_gate is not None and p_na_gate[i] >= 0.5:
                why = f"the retrieval model puts the scenario outside the pack (p not applicable {pna})"
            else:
                why = f"no provision of the pack is relevant to the scenario (best relevance {plan[0][1]:.3f} < {min_relevance})"
            out.append(RegulationResult(name, NOT_APPLICABLE, why, scenario, (), (), versions, how, pna))
            continue
        prs = [_provision_result(prov, rank, rel, r) for rank, ((prov, rel), r) in enumerate(zip(plan, per[i]), 1)]
        label, reason, deciding = _aggregate(prs)
        out.append(RegulationResult(name, label, reason, scenario, tuple(prs), deciding, versions, how, pna))
    return out


def _provision_result(prov: Provision, rank: int, relevance: float | None, r: Result) -> ProvisionResult:
    values = {a.question.id: a.value for a in r.answers}
    gate = prov.applicability_tree
    applicable = YES
    if gate is not None:
        g = evaluate(gate, {q: values.get(q, UNKNOWN) for q in prov.applicability}).label
        applicable = {COMPLIANT: YES, NON_COMPLIANT: NO}.get(g, UNKNOWN)
    if applicable == NO:
        label = NOT_APPLICABLE
    else:
        from trees import questions as tree_questions

        body = evaluate(prov.body, {q.id: values.get(q.id, UNKNOWN) for q in tree_questions(prov.body)}).label
        label = body if applicable == YES or body != NON_COMPLIANT else UNDETERMINED
    return ProvisionResult(prov, rank, relevance, applicable, label, r)


def _aggregate(prs: list[ProvisionResult]) -> tuple[str, str, tuple[str, ...]]:
    live = [p for p in prs if p.applicable != NO]
    if not live:
        return NOT_APPLICABLE, "no selected provision applies to the scenario", ()
    violated = [p for p in live if p.provision.kind != "permission" and p.label == NON_COMPLIANT]
    if violated:
        return NON_COMPLIANT, "not met: " + ", ".join(p.id for p in violated), tuple(p.id for p in violated)
    perms = [p for p in live if p.provision.kind == "permission"]
    duties = [p for p in live if p.provision.kind != "permission"]
    met = {p.id for p in live if p.label == COMPLIANT and not p.held_back}
    unsure = [p for p in perms if p.held_back]
    permitted = [p for p in perms if p.id in met]
    duties_met = all(p.id in met for p in duties)
    if permitted and (duties_met or all(p.label != NON_COMPLIANT for p in duties)):
        open_duties = [p.id for p in duties if p.id not in met]
        if not open_duties:
            return COMPLIANT, "permitted by " + ", ".join(p.id for p in permitted), tuple(p.id for p in permitted)
    if perms and all(p.label == NON_COMPLIANT for p in perms):
        return (NON_COMPLIANT, "not permitted by any provision checked: " + ", ".join(p.id for p in perms),
                tuple(p.id for p in perms))
    if not perms and duties and duties_met:
        return COMPLIANT, "obligations met: " + ", ".join(p.id for p in duties), tuple(p.id for p in duties)
    if permitted:
        return (UNDETERMINED, "permitted by " + ", ".join(p.id for p in permitted) + "; still open: " +
                ", ".join(p.id for p in duties if p.id not in met), ())
    if unsure:
        said = "; ".join(f"{p.id} ({', '.join(f'{a.question.id} = {a.value} ({a.confidence:.2f})' for a in p.unsure)})"
                         for p in unsure)
        return UNDETERMINED, f"would be permitted if answers the scenario model is unsure of hold: {said}; confirm them", ()
    return UNDETERMINED, "the answers known do not decide the provisions checked", ()


class Regulation:
    """One regulation's public API (``pcd.hipaa``, ``pcd.gdpr``): its pack, checked against scenarios."""

    def __init__(self, name: str):
        self.name = name

    def check(self, scenario: str = "", *, provisions: Sequence[str] | None = None,
              answers: Mapping[str, Any] | None = None, answerer: Any = None, top_k: int | None = None,
              min_relevance: float | None = None, retrieval: str | bool | None = None,
              na_gate: bool = True) -> RegulationResult:
        """Which provisions apply to ``scenario``, is it compliant, which clauses say so, what is missing.

        ``provisions``: provision ids or clause ids inside them; None ranks the pack by relevance
        and checks the ``top_k`` most relevant. ``answers``: ``{question id: "yes"|"no"|"unknown"}``
        or ``{provision id: {question id: value}}``. ``answerer``: as for :func:`pcd.answer`.
        """
        return check_regulation(self.name, scenario, provisions=provisions, answers=answers, answerer=answerer,
                                top_k=top_k, min_relevance=min_relevance, retrieval=retrieval, na_gate=na_gate)

    def check_many(self, scenarios: Sequence[str], *, provisions: Sequence[str] | None = None,
                   answers: Sequence[Mapping[str, Any] | None] | None = None, answerer: Any = None,
                   top_k: int | None = None, min_relevance: float | None = None,
                   retrieval: str | bool | None = None, na_gate: bool = True) -> list[RegulationResult]:
        """:meth:`check` over many scenarios with one retrieval and one answering pass."""
        return check_regulation_many(self.name, scenarios, provisions=provisions, answers=answers,
                                     answerer=answerer, top_k=top_k, min_relevance=min_relevance,
                                     retrieval=retrieval, na_gate=na_gate)

    def pack(self):
        from .packs import load_pack

        return load_pack(self.name)

    def provision_ids(self) -> list[str]:
        return self.pack().ids
