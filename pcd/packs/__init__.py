"""Ready policy packs: reviewed expression trees over the verbatim HIPAA and GDPR corpora.

A pack (``corpora/trees/<name>.json``, format ``pcd.pack/1``) holds one tree per provision,
written first by the rules parser and then reviewed by hand against the corpus text. Each
provision becomes a :class:`pcd.Policy` whose ``text`` is the provision's verbatim corpus text
(plus the definitions its applicability questions cite), whose clauses are the corpus
clauses with spans into that text, and whose questions cite a corpus clause id with a
verbatim quote.

    >>> from pcd.packs import resolve_pack_reference
    >>> p = resolve_pack_reference("hipaa:164.508(a)(1)")
    >>> p.policy_id, p.linear
    ('hipaa:164.508(a)(1)', 'AND(ce, phi, authorized, NOT(defective), consistent)')
    >>> resolve_pack_reference("You may park here on Sundays.") is None
    True
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import trees
from trees import Citation, Question

from ..errors import PcdError
from ..policy import Clause, Conclusion, Policy

__all__ = [
    "PACK_FORMAT", "PACK_NAMES", "Pack", "PackError", "Provision", "UnknownProvisionError", "load_pack",
    "pack_path", "provision", "resolve_pack_reference",
]

PACK_FORMAT = "pcd.pack/1"
PACK_NAMES = ("hipaa", "gdpr")
KINDS = ("permission", "obligation", "restriction")
_REFERENCE = re.compile(r"^(hipaa|gdpr):\S+$")


class PackError(PcdError):
    """A pack file is malformed: unknown clause, quote not verbatim, bad tree."""


class UnknownProvisionError(PackError, KeyError):
    """A pack reference names no provision with a reviewed tree."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


@dataclass(frozen=True)
class Provision:
    """One reviewed provision: its Policy, its applicability questions and its kind."""

    id: str
    title: str
    kind: str  # permission | obligation | restriction
    policy: Policy
    applicability: tuple[str, ...]  # question ids that gate applicability (evaluated as AND)
    body: trees.Node  # the permission / obligation part of the tree
    retrieval_text: str  # what provision retrieval embeds

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.policy.questions

    @property
    def applicability_tree(self) -> trees.Node | None:
        qs = {q.id: q for q in self.policy.questions}
        gate = [qs[i] for i in self.applicability]
        if not gate:
            return None
        return gate[0] if len(gate) == 1 else trees.And(tuple(gate))


@dataclass(frozen=True)
class Pack:
    name: str
    title: str
    review: dict[str, Any]
    provisions: tuple[Provision, ...]

    def get(self, provision_id: str) -> Provision:
        for p in self.provisions:
            if p.id == provision_id:
                return p
        raise UnknownProvisionError(f"no provision {provision_id!r} in pack {self.name!r}; "
                                    f"provisions: {', '.join(p.id for p in self.provisions)}")

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.provisions]


def pack_path(name: str) -> Path:
    import corpora

    return Path(corpora.CORPORA_DIR) / "trees" / f"{name}.json"


@cache
def load_pack(name: str) -> Pack:
    """The pack ``name`` ("hipaa" or "gdpr"), loaded and validated once."""
    if name not in PACK_NAMES:
        raise PackError(f"unknown pack {name!r}; packs: {', '.join(PACK_NAMES)}")
    doc = json.loads(pack_path(name).read_text(encoding="utf-8"))
    return pack_from_dict(doc)


def pack_from_dict(doc: dict[str, Any]) -> Pack:
    import corpora

    if doc.get("format") != PACK_FORMAT:
        raise PackError(f"not a {PACK_FORMAT} document (format={doc.get('format')!r})")
    corpus = corpora.load(doc["corpus"])
    shared = doc.get("shared_questions", {})
    provisions = []
    seen: set[str] = set()
    for raw in doc["provisions"]:
        prov = _build_provision(raw, shared, corpus)
        if prov.id in seen:
            raise PackError(f"provision {prov.id!r} appears twice")
        seen.add(prov.id)
        provisions.append(prov)
    return Pack(doc["corpus"], doc.get("title", doc["corpus"]), dict(doc.get("review", {})), tuple(provisions))


def _build_provision(raw: dict[str, Any], shared: dict[str, list[str]], corpus: Any) -> Provision:
    pid = raw["id"]
    where = f"provision {pid!r}"
    if pid not in corpus:
        raise PackError(f"{where}: no such clause in corpus {corpus.name!r}")
    kind = raw.get("kind", "permission")
    if kind not in KINDS:
        raise PackError(f"{where}: kind {kind!r} not in {KINDS}")
    gate_ids = list(raw.get("applicability", []))
    specs: dict[str, list[str]] = {}
    for qid in gate_ids:
        if qid in raw["questions"]:
            specs[qid] = raw["questions"][qid]
        elif qid in shared:
            specs[qid] = shared[qid]
        else:
            raise PackError(f"{where}: applicability question {qid!r} is defined nowhere")
    for qid, spec in raw["questions"].items():
        specs.setdefault(qid, spec)

    # the policy text: the provision and its sub-clauses, then every other clause cited
    root = corpus.get(pid)
    order = [root] + corpus.descendants(pid)
    in_root = {c.id for c in order}
    cited = [spec[1] for spec in specs.values()] + [raw["conclusion"][1]]
    for cid in cited:
        if cid not in corpus:
            raise PackError(f"{where}: cited clause {cid!r} not in corpus {corpus.name!r}")
        c = corpus.get(cid)
        if c.id not in in_root:
            in_root.add(c.id)
            order.append(c)
    text_parts: list[str] = []
    clauses: list[Clause] = []
    pos = 0
    spans: dict[str, tuple[int, int]] = {}
    for c in order:
        shown = c.display()
        start, end = pos, pos + len(shown)
        spans[c.id] = (start, end)
        parent = c.parent if c.parent in spans else None
        clauses.append(Clause(c.id, c.kind, start, end, shown, parent))
        text_parts.append(shown)
        pos = end + 1
    text = "\n".join(text_parts)

    def locate(cid: str, quote: str, what: str) -> tuple[str, int, int]:
        c = corpus.get(cid)
        s, e = spans[c.id]
        k = text.find(quote, s, e)
        if not quote or k < 0:
            raise PackError(f"{where}: {what} quote {quote!r} is not verbatim in clause {c.id!r}")
        return c.id, k, k + len(quote)

    questions: dict[str, Question] = {}
    for qid, spec in specs.items():
        if len(spec) != 3:
            raise PackError(f"{where}: question {qid!r} must be [text, clause_id, quote]")
        qtext, cid, quote = spec
        cid, s, e = locate(cid, quote, f"question {qid!r}")
        questions[qid] = Question(qid, qtext, Citation(pid, cid, s, e, quote))
    try:
        body = trees.loads(raw["tree"], questions)
    except Exception as exc:  # trees raises its own TreeError
        raise PackError(f"{where}: bad tree {raw['tree']!r}: {exc}") from exc
    used = {q.id for q in trees.questions(body)}
    unused = set(raw["questions"]) - used - set(gate_ids)
    if unused:
        raise PackError(f"{where}: questions never used by the tree: {sorted(unused)}")
    gate = [questions[q] for q in gate_ids if q not in used]
    parts = tuple(trees.children(body)) if isinstance(body, trees.And) else (body,)
    full = trees.And((*gate, *parts)) if gate else body
    ctext, ccid, cquote = raw["conclusion"]
    ccid, cs, ce = locate(ccid, cquote, "conclusion")
    conclusion = Conclusion(ctext, "positive", ccid, cs, ce)
    policy = Policy(text=text, policy_id=pid, clauses=tuple(clauses), questions=tuple(trees.questions(full)),
                    tree=full, conclusion=conclusion, backend="pack", status="parsed",
                    notes=(f"reviewed tree from the {corpus.name} pack",))
    title = raw.get("title", root.title or pid)
    retrieval = ". ".join([title, ctext] + [questions[q].text for q in raw["questions"]])
    return Provision(pid, title, kind, policy, tuple(g.id for g in gate), body, retrieval)


def provision(reference: str) -> Provision:
    """The provision a pack reference names: its own id, or a clause inside it.

    ``"hipaa:164.512(f)(1)"`` resolves to the provision ``hipaa:164.512(f)``. Raises
    :class:`UnknownProvisionError` when no reviewed tree covers the clause.
    """
    import corpora

    name = reference.split(":", 1)[0]
    pack = load_pack(name)
    try:
        clause = corpora.get(reference)
    except KeyError as exc:
        raise UnknownProvisionError(f"{reference!r} is not a clause of the {name} corpus: {exc}") from None
    chain = [clause.id] + [c.id for c in reversed(clause.ancestors())]
    by_id = {p.id: p for p in pack.provisions}
    for cid in chain:
        if cid in by_id:
            return by_id[cid]
    # a clause above several provisions (e.g. "hipaa:164.508(a)"): the first provision below it
    below = [p for p in pack.provisions if any(a.id == clause.id for a in corpora.get(p.id).ancestors())]
    if below:
        return below[0]
    raise UnknownProvisionError(f"no reviewed tree covers {reference!r}; the {name} pack has: "
                                f"{', '.join(pack.ids)}")


def resolve_pack_reference(reference: str) -> Policy | None:
    """The pack policy a reference names, or None when ``reference`` is not a pack reference.

    A pack reference is ``hipaa:<clause id>`` or ``gdpr:<clause id>`` with no spaces; it
    resolves to the reviewed provision that contains the clause. A reference that looks like
    one but names no reviewed provision raises :class:`UnknownProvisionError`.
    """
    if not isinstance(reference, str) or not _REFERENCE.match(reference.strip()):
        return None
    return provision(reference.strip()).policy
