"""Loaders for the ShARC files (``dev_visible.json``, ``train_policies.jsonl``,
``dialog_trees.jsonl``) and the (scenario, question) -> yes/no/unknown pair builder.

The real data is not clean: one dev record spells its evidence keys ``followup_*``
and answers ``"Noe"``. Loaders never guess: a malformed row is skipped and counted in
the returned :class:`LoadStats` (``stats.skipped`` and ``stats.reasons``).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

__all__ = [
    "Turn",
    "SharcRecord",
    "DialogTree",
    "LoadStats",
    "QAPair",
    "load_records",
    "load_dialog_trees",
    "build_qa_pairs",
    "load_qa_pairs",
    "normalize_question",
    "DEV_VISIBLE",
    "TRAIN_POLICIES",
    "DIALOG_TREES",
]

DEV_VISIBLE = "dev_visible.json"
TRAIN_POLICIES = "train_policies.jsonl"
DIALOG_TREES = "dialog_trees.jsonl"

_ANSWERS = {"yes": "yes", "no": "no"}


def normalize_question(text: str) -> str:
    """Case-, space- and end-punctuation-insensitive key for matching question texts."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(" ?.!").strip()


@dataclass(frozen=True)
class Turn:
    """One follow-up question with its answer, ``"yes"`` or ``"no"``."""

    question: str
    answer: str


@dataclass(frozen=True)
class SharcRecord:
    utterance_id: str
    tree_id: str
    snippet: str
    question: str
    scenario: str
    history: tuple[Turn, ...]
    evidence: tuple[Turn, ...]
    answer: str
    source_url: str = ""


@dataclass(frozen=True)
class DialogTree:
    tree_id: str
    split: str
    snippet: str
    question: str
    tree: Any  # {"question": str, "yes": node|"Yes"|"No", "no": ...}

    def questions(self) -> list[str]:
        """Distinct question texts of the tree, in depth-first order."""
        out: list[str] = []
        seen: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                key = normalize_question(node["question"])
                if key not in seen:
                    seen.add(key)
                    out.append(node["question"])
                walk(node["yes"])
                walk(node["no"])

        walk(self.tree)
        return out

    def paths(self) -> list[tuple[tuple[tuple[str, str], ...], str]]:
        """Every root-to-leaf path as ((question, "yes"|"no"), ...) and the leaf answer."""
        out: list[tuple[tuple[tuple[str, str], ...], str]] = []

        def walk(node: Any, prefix: tuple[tuple[str, str], ...]) -> None:
            if isinstance(node, dict):
                walk(node["yes"], prefix + ((node["question"], "yes"),))
                walk(node["no"], prefix + ((node["question"], "no"),))
            else:
                out.append((prefix, str(node)))

        walk(self.tree, ())
        return out


@dataclass
class LoadStats:
    """What a loader read: rows seen, kept, skipped, and why rows were skipped."""

    rows: int = 0
    kept: int = 0
    skipped: int = 0
    reasons: Counter = field(default_factory=Counter)

    def skip(self, reason: str) -> None:
        self.skipped += 1
        self.reasons[reason] += 1

    def as_dict(self) -> dict:
        return {"rows": self.rows, "kept": self.kept, "skipped": self.skipped, "reasons": dict(self.reasons)}


class MalformedRow(ValueError):
    pass


def _iter_rows(path: Path) -> Iterator[Any]:
    """Rows of a JSON array file (``.json``) or a JSON Lines file (anything else).

    A JSON Lines line that does not parse is yielded as the exception, so callers count it.
    """
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a JSON array of records")
        yield from data
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                yield MalformedRow(f"bad JSON line: {exc}")


def _turns(raw: Any, what: str) -> tuple[Turn, ...]:
    if not isinstance(raw, list):
        raise MalformedRow(f"{what} is not a list")
    out = []
    for t in raw:
        if not isinstance(t, dict) or set(t) != {"follow_up_question", "follow_up_answer"}:
            keys = sorted(t) if isinstance(t, dict) else type(t).__name__
            raise MalformedRow(f"{what} turn with keys {keys}")
        q, a = t["follow_up_question"], t["follow_up_answer"]
        if not isinstance(q, str) or not q.strip():
            raise MalformedRow(f"{what} turn with an empty question")
        if not isinstance(a, str) or a.strip().lower() not in _ANSWERS:
            raise MalformedRow(f"{what} answer {a!r} is not Yes/No")
        out.append(Turn(q.strip(), _ANSWERS[a.strip().lower()]))
    return tuple(out)


_RECORD_FIELDS = ("utterance_id", "tree_id", "snippet", "question", "scenario", "history", "evidence", "answer")


def parse_record(row: Any) -> SharcRecord:
    """One ShARC record; raises :class:`MalformedRow` with the reason."""
    if isinstance(row, Exception):
        raise MalformedRow(str(row))
    if not isinstance(row, dict):
        raise MalformedRow("row is not an object")
    missing = [f for f in _RECORD_FIELDS if f not in row]
    if missing:
        raise MalformedRow(f"missing fields {missing}")
    for f in ("utterance_id", "tree_id", "snippet", "question", "scenario", "answer"):
        if not isinstance(row[f], str):
            raise MalformedRow(f"field {f} is not a string")
    return SharcRecord(
        utterance_id=row["utterance_id"],
        tree_id=row["tree_id"],
        snippet=row["snippet"],
        question=row["question"],
        scenario=row["scenario"],
        history=_turns(row["history"], "history"),
        evidence=_turns(row["evidence"], "evidence"),
        answer=row["answer"],
        source_url=row.get("source_url", "") or "",
    )


def load_records(path: str | Path) -> tuple[list[SharcRecord], LoadStats]:
    """Records of ``dev_visible.json`` (JSON array) or ``train_policies.jsonl`` (JSON Lines).

    Malformed rows (unknown turn keys such as ``followup_question``, answers other than
    Yes/No such as ``"Noe"``, missing fields, bad JSON) are skipped and counted.
    """
    path = Path(path)
    stats = LoadStats()
    out = []
    for row in _iter_rows(path):
        stats.rows += 1
        try:
            out.append(parse_record(row))
        except MalformedRow as exc:
            stats.skip(str(exc))
            continue
        stats.kept += 1
    return out, stats


def _check_tree(node: Any, depth: int = 0) -> None:
    if isinstance(node, dict):
        if set(node) != {"question", "yes", "no"} or not isinstance(node["question"], str):
            raise MalformedRow("tree node without question/yes/no")
        if depth > 50:
            raise MalformedRow("tree too deep")
        _check_tree(node["yes"], depth + 1)
        _check_tree(node["no"], depth + 1)
    elif node not in ("Yes", "No"):
        raise MalformedRow(f"tree leaf {node!r} is not Yes/No")


def load_dialog_trees(path: str | Path, split: str | None = None) -> tuple[list[DialogTree], LoadStats]:
    """Rows of ``dialog_trees.jsonl`` (optionally only one ``split``); malformed rows skipped and counted."""
    path = Path(path)
    stats = LoadStats()
    out = []
    for row in _iter_rows(path):
        stats.rows += 1
        try:
            if isinstance(row, Exception):
                raise MalformedRow(str(row))
            if not isinstance(row, dict) or not all(k in row for k in ("tree_id", "split", "tree")):
                raise MalformedRow("missing fields")
            _check_tree(row["tree"])
            if not isinstance(row["tree"], dict):
                raise MalformedRow("tree has no question")
        except MalformedRow as exc:
            stats.skip(str(exc))
            continue
        if split is not None and row["split"] != split:
            continue
        stats.kept += 1
        out.append(
            DialogTree(
                tree_id=row["tree_id"],
                split=row["split"],
                snippet=row.get("snippet", ""),
                question=row.get("question", ""),
                tree=row["tree"],
            )
        )
    return out, stats


@dataclass(frozen=True)
class QAPair:
    """One (scenario, question) -> label example; ``source`` is "evidence" or "tree"."""

    policy: str
    scenario: str
    question: str
    label: str  # "yes" | "no" | "unknown"
    source: str


def build_qa_pairs(
    records: Iterable[SharcRecord], trees: Iterable[DialogTree]
) -> tuple[list[QAPair], dict]:
    """(scenario, question) pairs, as issue 4 defines them.

    For each distinct (policy, scenario) with a non-empty scenario: every evidence
    question with its yes/no, and every other gold dialog-tree question of that policy
    that no record with that scenario answers in evidence or history, as unknown.
    An evidence question given both yes and no under one scenario is dropped (counted
    under ``conflicting_evidence``). Returns the pairs and counts.
    """
    by_policy = {t.tree_id: t for t in trees}
    groups: dict[tuple[str, str], list[SharcRecord]] = defaultdict(list)
    for r in records:
        sc = r.scenario.strip()
        if sc:
            groups[(r.tree_id, sc)].append(r)
    pairs: list[QAPair] = []
    counts: Counter = Counter()
    for (policy, scenario), recs in groups.items():
        evidence: dict[str, tuple[str, str]] = {}
        conflicting: set[str] = set()
        answered: set[str] = set()
        for r in recs:
            for t in r.evidence:
                key = normalize_question(t.question)
                answered.add(key)
                if key in evidence and evidence[key][1] != t.answer:
                    conflicting.add(key)
                evidence.setdefault(key, (t.question, t.answer))
            for t in r.history:
                answered.add(normalize_question(t.question))
        for key, (q, a) in evidence.items():
            if key in conflicting:
                counts["conflicting_evidence"] += 1
                continue
            pairs.append(QAPair(policy, scenario, q, a, "evidence"))
        tree = by_policy.get(policy)
        if tree is None:
            counts["scenarios_without_tree"] += 1
            continue
        # the same question reworded ("Is your EHC number is still up to date?" in evidence, "… number still up to
        # date?" in the tree) is answered too: same content words, same question
        reworded = {_content_key(t.question) for r in recs for t in (*r.evidence, *r.history)}
        for q in tree.questions():
            if normalize_question(q) in answered:
                continue
            if _content_key(q) in reworded:
                counts["answered_in_other_words"] += 1
                continue
            pairs.append(QAPair(policy, scenario, q, "unknown", "tree"))
    counts["scenarios"] = len(groups)
    counts["pairs"] = len(pairs)
    for p in pairs:
        counts[p.label] += 1
    return pairs, dict(counts)


def _content_key(question: str) -> tuple[str, ...]:
    from pcd.parsing.words import content_sequence

    return tuple(sorted(content_sequence(question)))


def load_qa_pairs(data_dir: str | Path, split: str = "dev_visible") -> tuple[list[QAPair], dict]:
    """Pairs of one split: ``"dev_visible"`` (dev_visible.json) or ``"train"`` (train_policies.jsonl)."""
    data_dir = Path(data_dir)
    if split == "dev_visible":
        rec_file = DEV_VISIBLE
    elif split == "train":
        rec_file = TRAIN_POLICIES
    else:
        raise ValueError(f"unknown split {split!r}; expected 'dev_visible' or 'train'")
    for f in (rec_file, DIALOG_TREES):
        if not (data_dir / f).exists():
            raise FileNotFoundError(f"{data_dir / f} not found (expected the ShARC data folder)")
    records, rstats = load_records(data_dir / rec_file)
    trees, tstats = load_dialog_trees(data_dir / DIALOG_TREES, split=split)
    pairs, counts = build_qa_pairs(records, trees)
    counts["records"] = rstats.as_dict()
    counts["trees"] = tstats.as_dict()
    return pairs, counts
