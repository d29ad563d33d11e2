"""Shared pieces of the verbs: reading policies, scenarios and answers, and rendering explanations.

Heavy modules (the parser, the answerers) are imported inside functions so that
``pcd --help`` stays fast.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, Mapping

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from ..answering.api import DEFAULT_CHAIN
from ..errors import InputError
from ..inputs import decode_text, read_json, read_text

VALUES = ("yes", "no", "unknown")
LABEL_STYLE = {"compliant": "bold green", "non_compliant": "bold red", "undetermined": "bold yellow",
               "not_applicable": "bold blue"}
VALUE_STYLE = {"yes": "green", "no": "red", "unknown": "yellow"}
PACKS = ("hipaa", "gdpr")
PACK_REF = re.compile(r"^(?P<pack>[A-Za-z]+)(?::(?P<local>\S+))?$")

# Options shared by several verbs.
POLICY_HELP = ("A policy: a text/Markdown file, '-' for stdin, or a pack clause such as "
               "'hipaa:164.508(a)(1)' or 'gdpr:art6(1)'.")
ANSWERER_HELP = ("Answerer name (see pcd.answering.list_answerers()) or a comma-separated chain; default: "
                 + ", ".join(DEFAULT_CHAIN) + ".")


def read_stdin(what: str) -> str:
    return decode_text(sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode(),
                       f"{what} (stdin)")


def read_source(spec: str | Path, what: str) -> str:
    """A file's text, or stdin for ``-``."""
    return read_stdin(what) if str(spec) == "-" else read_text(spec, what=what)


def pack_reference(spec: str) -> tuple[str, str | None] | None:
    """``("hipaa", "164.508(a)(1)")`` for a pack reference, ``("gdpr", None)`` for a bare pack name, else None."""
    m = PACK_REF.match(spec.strip())
    if not m or m.group("pack").lower() not in PACKS:
        return None
    return m.group("pack").lower(), m.group("local")


def resolve_reference(spec: str):
    """The :class:`pcd.Policy` of a pack reference (``hipaa:164.508(a)(1)``), or None when ``spec`` is not one.

    The packs (``pcd.packs``) hold reviewed trees; a clause they do not cover is an error that
    lists the provisions they have (``pcd corpora show ID`` prints any clause's text).
    """
    ref = pack_reference(spec)
    if ref is None:
        return None
    from ..packs import resolve_pack_reference

    policy = resolve_pack_reference(spec.strip())
    if policy is not None:
        return policy
    pack, local = ref
    example = "hipaa:164.508(a)(1)" if pack == "hipaa" else "gdpr:art6(1)"
    if local is None:
        raise InputError(f"the {pack} pack is a set of provisions; name one, e.g. {example} "
                         f"(pcd corpora show {example} prints its text)")
    raise InputError(f"no pack policy for {spec.strip()}; e.g. {example}")


def load_policy(spec: str, *, backend: str = "rules", question: str | None = None, policy_id: str | None = None):
    """A :class:`pcd.Policy` from a file, ``-`` (stdin) or a pack reference."""
    from ..policy import parse_policy

    if spec != "-" and not Path(spec).exists():
        policy = resolve_reference(spec)
        if policy is not None:
            return policy
        raise InputError(f"policy {spec} is neither a file nor a pack reference (hipaa:…, gdpr:…)")
    text = read_source(spec, "policy file")
    pid = policy_id or (None if spec == "-" else Path(spec).stem.removesuffix(".policy") or None)
    kwargs = {"question": question} if question else {}
    return parse_policy(text, policy_id=pid, backend=backend, **kwargs)


def read_scenario(spec: str | None) -> str:
    """``--scenario``: an existing file's text, ``-`` for stdin, otherwise the text itself."""
    if spec is None:
        return ""
    if spec == "-":
        return read_stdin("scenario")
    if len(spec) < 4096 and "\n" not in spec:
        try:
            if Path(spec).is_file():
                return read_text(spec, what="scenario file")
        except OSError:
            pass
    return spec


def check_answers(doc: Any, name: str) -> dict[str, str]:
    if not isinstance(doc, dict) or not all(isinstance(k, str) for k in doc):
        raise InputError(f"{name} must be a JSON object of question id -> \"yes\" | \"no\" | \"unknown\"")
    out = {}
    for k, v in doc.items():
        value = v.strip().lower() if isinstance(v, str) else v
        if value not in VALUES:
            raise InputError(f"{name}: answer to {k!r} is {v!r}; expected \"yes\", \"no\" or \"unknown\"")
        out[k] = value
    return out


def load_answers(path: str | Path) -> dict[str, str]:
    """An answers file: ``{"q1": "yes", ...}``; also the answers of a saved explanation."""
    doc = read_json(path, what="answers file")
    if isinstance(doc, dict) and isinstance(doc.get("explanation"), dict):  # a pcd batch output row
        doc = doc["explanation"]
    if isinstance(doc, dict) and doc.get("schema") == "pcd.explanation/1" and isinstance(doc.get("answers"), list):
        doc = {a["id"]: a["value"] for a in doc["answers"] if isinstance(a, dict) and "id" in a and "value" in a}
    return check_answers(doc, f"answers file {path}")


def load_history(path: str | Path) -> list[tuple[str, str]]:
    """A history file: a JSON list of ``[question, "yes"|"no"]`` pairs or ``{"question", "answer"}`` objects."""
    from ..answering.history import normalize_history

    doc = read_json(path, what="history file")
    try:
        return normalize_history(doc)
    except (TypeError, ValueError) as exc:
        raise InputError(f"history file {path}: {exc}") from None


def parse_answerer(name: str | None):
    """``--answerer``: None (default chain), a name, or ``a,b`` (a chain), checked against the registry."""
    if name is None or not name.strip():
        return None
    from ..answering import list_answerers

    names = [n.strip() for n in name.split(",") if n.strip()]
    known = list_answerers()
    for n in names:
        if n not in known:
            raise InputError(f"unknown answerer {n!r}; known: {', '.join(known)}")
    return names[0] if len(names) == 1 else names


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash leaves either the old or the new file."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", dir=p.parent if str(p.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def exit_code(label: str) -> int:
    """0 when decided (compliant, non_compliant, not_applicable), 3 when undetermined."""
    from . import EXIT_DECIDED, EXIT_UNDETERMINED

    return EXIT_UNDETERMINED if label == "undetermined" else EXIT_DECIDED


def label_text(label: str) -> str:
    return f"[{LABEL_STYLE.get(label, 'bold')}]{escape(label.replace('_', '-'))}[/]"


def _short(text: str | None, n: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_citations(cites, console: Console) -> None:
    """The clauses that decided a verdict, each with its span, question, answer and verbatim quote."""
    if not cites:
        return
    console.print("[bold]cited clauses[/] (these decided the verdict):")
    for c in cites:
        span = c.get("span") or [None, None]
        console.print(f"  [cyan]{escape(c['clause_id'])}[/] [dim][{span[0]}:{span[1]}][/] "
                      f"{escape(c['question_id'])} = [{VALUE_STYLE.get(c['answer'], '')}]{c['answer']}[/]")
        console.print(f"    “{escape(c['quote'])}”")


def render_explanation(doc: Mapping[str, Any], console: Console, *, full: bool = True) -> None:
    """Print a ``pcd.explanation/1`` document for a person."""
    label = doc["label"]
    console.print(Panel(label_text(label), title="verdict", expand=False))
    if doc.get("reason"):
        console.print(f"[bold]reason:[/] {escape(doc['reason'])}")
    pol = doc.get("policy") or {}
    concl = pol.get("conclusion")
    line = f"[bold]policy:[/] {escape(str(pol.get('id')))}"
    if pol.get("tree"):
        line += f"  tree {escape(pol['tree'])}"
    console.print(line)
    if concl:
        where = f" [{concl['clause_id']}]" if concl.get("clause_id") else ""
        console.print(f"[bold]conclusion:[/] {escape(_short(concl['text']))}{escape(where)} ({concl['polarity']})")
    if doc.get("question"):
        console.print(f"[bold]question:[/] {escape(doc['question'])}")
    if doc.get("scenario") and full:
        console.print(f"[bold]scenario:[/] {escape(_short(doc['scenario'], 300))}")
    if (doc.get("orientation") or {}).get("inverted"):
        console.print(f"[dim]orientation: inverted: {escape(doc['orientation'].get('why') or '')}[/]")
    rel = doc.get("relevance")
    if rel and label == "not_applicable":
        console.print(f"[dim]relevance {rel['probability']:.2f} < threshold {rel['threshold']:.2f}[/]")
    render_citations(doc.get("citations") or [], console)
    answers = doc.get("answers") or []
    if answers and full:
        console.print("[bold]answers:[/]")
        for a in answers:
            where = f" [{a['clause_id']}]" if a.get("clause_id") else ""
            value = a["value"]
            console.print(f"  {escape(a['id'])} = [{VALUE_STYLE.get(value, '')}]{value}[/] "
                          f"[dim]({escape(_answered_by(a))})[/] "
                          f"{escape(a.get('question') or '')}{escape(where)}")
            ev = a.get("evidence") or {}
            if ev.get("text") and a.get("source") not in ("given", "none"):
                turn = f"turn {ev['turn']}: " if ev.get("turn") is not None else ""
                text = ev["text"]
                if ev.get("kind") == "given":  # "answers['q1']: Are you retired?"
                    key, _, text = text.partition(": ")
                    said = "your answer" if a.get("source") == "history" else "the model read your answer"
                    turn = f"{said} {key}: "
                elif a.get("source") == "scenario" and ev.get("kind") == "history":
                    turn = "the model read your earlier answer, " + turn  # an inference, not the turn itself
                console.print(f"    [dim]evidence: {escape(turn)}“{escape(_short(text, 200))}”[/]")
    if label == "undetermined":
        missing = doc.get("missing") or []
        if missing:
            groups = "  ".join("{" + ", ".join(g) + "}" for g in missing)
            console.print(f"[bold]missing:[/] answering any one of these sets could decide: {escape(groups)}")
        nq = doc.get("next_question")
        if nq:
            where = f" ({nq['id']}, {nq['clause_id']})" if nq.get("clause_id") else f" ({nq['id']})"
            console.print(f"[bold]next question:[/] {escape(nq['text'])}{escape(where)}")
    from ..check import is_warning

    for note in doc.get("notes") or []:
        console.print(f"[bold yellow]warning:[/] {escape(note)}" if is_warning(note) else f"[dim]note: {escape(note)}[/]")


def _answered_by(a: dict[str, Any]) -> str:
    """"0.74, scenario" for an answer; for an unknown, the answerer that found nothing, or that none answered
    (source "none" only says the value is unknown; a confidence of 1.00 there would read as certainty)."""
    source = a.get("source") or ""
    if source != "none":
        return f"{a.get('confidence', 0):.2f}, {source}"
    who = a.get("answerer") or ""
    if who in ("", "none"):
        return "no answerer had evidence"
    return f"{a.get('confidence', 0):.2f}, {who} found no answer"


def validate_explanation(doc: Any, name: str) -> dict[str, Any]:
    """Check ``doc`` against the ``pcd.explanation/1`` schema; one clear error when it is not one."""
    from trees.jsonform import first_schema_error

    from ..check import EXPLANATION_SCHEMA, explanation_schema

    if isinstance(doc, dict) and "schema" not in doc and isinstance(doc.get("explanation"), dict):
        doc = doc["explanation"]  # a row of pcd batch's output
    if not isinstance(doc, dict) or doc.get("schema") != EXPLANATION_SCHEMA:
        got = doc.get("schema") if isinstance(doc, dict) else type(doc).__name__
        raise InputError(f"{name} is not a {EXPLANATION_SCHEMA} document (its schema is {got!r}); "
                         f"write one with pcd check --json FILE")
    error = first_schema_error(explanation_schema(), doc)
    if error:
        raise InputError(f"{name} is not a valid {EXPLANATION_SCHEMA} document: at {error[0]}: {error[1]}")
    return doc
