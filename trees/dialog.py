"""ShARC-style dialog trees → expression trees.

A dialog tree asks a question and, for each answer, either asks another question or
gives the final answer ("Yes" / "No"). It is a Boolean function of its questions:

    f(node) = (q AND f(yes)) OR (NOT q AND f(no))

simplified where a branch is a constant. Identical question texts share one id.

    >>> node = {"question": "Is it medical equipment?", "yes": "Yes",
    ...         "no": {"question": "Is it an ambulance?", "yes": "Yes", "no": "No"}}
    >>> from trees import dumps
    >>> dumps(from_dialog_tree(node, policy_id="demo"))
    'OR(q1, q2)'
    >>> [(a, out) for a, out in dialog_paths(node)]
    [({'q1': True}, 'Yes'), ({'q1': False, 'q2': True}, 'Yes'), ({'q1': False, 'q2': False}, 'No')]
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .canonical import canonical
from .nodes import And, Citation, Node, Not, Or, Question, TreeError

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an the you your is are do does did can to of in on for or and be it i my".split())


def dialog_question_ids(node: Any, prefix: str = "q") -> dict[str, str]:
    """Question text → id (``q1``, ``q2``, …) in breadth-first order of first appearance."""
    ids: dict[str, str] = {}
    queue = [node]
    while queue:
        current = queue.pop(0)
        if isinstance(current, dict):
            _check_dialog_node(current)
            ids.setdefault(current["question"], f"{prefix}{len(ids) + 1}")
            queue += [current["yes"], current["no"]]
    return ids


def _check_dialog_node(node: Any) -> None:
    if isinstance(node, dict):
        missing = {"question", "yes", "no"} - node.keys()
        if missing:
            raise TreeError(f"dialog node lacks {sorted(missing)}: {str(node)[:80]}")
    elif node not in ("Yes", "No"):
        raise TreeError(f"dialog leaf must be 'Yes' or 'No', got {node!r}")


def cite_line(text: str, snippet: str, policy_id: str) -> Citation:
    """Cite the snippet line sharing most content words with ``text`` (whole snippet if none)."""
    words = set(_WORD.findall(text.lower())) - _STOP
    best, best_score, offset = (0, len(snippet), 0), 0, 0
    for k, line in enumerate(snippet.split("\n")):
        score = len(words & set(_WORD.findall(line.lower())))
        if score > best_score:
            best, best_score = (offset, offset + len(line), k + 1), score
        offset += len(line) + 1
    start, end, *line_no = best
    clause = f"line {line_no[0]}" if line_no else "whole text"
    return Citation(policy_id, clause, start, end, snippet[start:end])


def from_dialog_tree(node: Any, *, policy_id: str = "", snippet: str | None = None, prefix: str = "q") -> Node:
    """The expression tree that is true exactly when the dialog tree answers "Yes".

    With ``snippet``, each question cites the snippet line it overlaps most. A dialog
    tree whose answer never depends on its questions becomes a tautology
    ``OR(q1, NOT(q1))`` or a contradiction ``AND(q1, NOT(q1))`` on its first question.
    """
    ids = dialog_question_ids(node, prefix)
    full = snippet or ""
    table = {text: Question(qid, text, cite_line(text, full, policy_id) if snippet is not None
                            else Citation(policy_id, "dialog", 0, 0, ""))
             for text, qid in ids.items()}

    def build(current: Any) -> Node | bool:
        if not isinstance(current, dict):
            return current == "Yes"
        q = table[current["question"]]
        yes, no = build(current["yes"]), build(current["no"])
        if isinstance(yes, bool) and isinstance(no, bool):
            return yes if yes == no else (q if yes else Not(q))
        if yes is True:
            return Or(q, no)
        if yes is False:
            return And(Not(q), no)
        if no is True:
            return Or(Not(q), yes)
        if no is False:
            return And(q, yes)
        return Or(And(q, yes), And(Not(q), no))

    result = build(node)
    if isinstance(result, bool):
        first = table[node["question"]] if isinstance(node, dict) else None
        if first is None:
            raise TreeError("a dialog tree must ask at least one question")
        return Or(first, Not(first)) if result else And(first, Not(first))
    return canonical(result)


def dialog_paths(node: Any, prefix: str = "q") -> Iterator[tuple[dict[str, bool], str]]:
    """Every root-to-leaf path as (question id → answer, final answer)."""
    ids = dialog_question_ids(node, prefix)

    def walk(current: Any, path: dict[str, bool]) -> Iterator[tuple[dict[str, bool], str]]:
        if not isinstance(current, dict):
            yield dict(path), current
            return
        qid = ids[current["question"]]
        for answer, branch in ((True, current["yes"]), (False, current["no"])):
            if qid in path and path[qid] != answer:
                continue  # a question asked twice on one path: only its consistent branch is reachable
            yield from walk(branch, {**path, qid: answer})

    yield from walk(node, {})
