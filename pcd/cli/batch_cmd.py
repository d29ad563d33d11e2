"""``pcd batch``: one explanation per JSON Lines row, streamed, resumable, optionally in parallel.

Output rows, one per non-blank input line, in input order::

    {"line": 7, "id": "a1", "explanation": {... pcd.explanation/1 ...}}
    {"line": 8, "id": "a2", "error": "row is not valid JSON: Expecting value at column 1"}

Resuming: every output line is written whole, flushed and fsync'd. Because rows are written in
input order, the rows already done are exactly the input lines up to the last ``line`` in the
output; a half-written last line (a kill mid-write) is cut off and that row done again.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import deque
from pathlib import Path
from typing import Any, Iterator

import typer

from ..errors import InputError
from .app import app, err_console
from .common import ANSWERER_HELP

ROW_ERRORS = (ValueError, TypeError, KeyError, LookupError)  # a bad row; anything else stops the run

# ---------------------------------------------------------------- the work on a chunk of rows (also in workers)

_WORKER: dict[str, Any] = {}


def _init_worker(policy, parser: str, answerer, relevance: bool, ignore_sigint: bool = True) -> None:
    if ignore_sigint:  # the parent decides when to stop; its output is the record
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    _WORKER.update(policy=policy, parser=parser, answerer=answerer, relevance=relevance)


def _row_item(raw: bytes, default_policy, parser: str) -> tuple[Any, dict[str, Any]]:
    """(id, check item) of one input line; raises a ROW_ERROR for a bad row."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"row is not UTF-8 text (byte {exc.start})") from None
    try:
        row = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"row is not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(row, dict):
        raise ValueError(f"row must be a JSON object, got {type(row).__name__}")
    rid = row.get("id")
    policy = row.get("policy")
    if policy is None:
        if default_policy is None:
            raise ValueError("row has no policy and no --policy was given")
        policy = default_policy
    elif isinstance(policy, str):
        from .common import resolve_reference

        policy = resolve_reference(policy) or policy
    else:
        raise ValueError(f"row policy must be policy text or a pack reference, got {type(policy).__name__}")
    answers = row.get("answers")
    if answers is not None:
        from .common import check_answers

        answers = check_answers(answers, "answers")
    item = {"policy": policy, "scenario": row.get("scenario") or "", "question": row.get("question"),
            "history": row.get("history"), "answers": answers}
    return rid, item


def _out(line: int, rid: Any, **fields: Any) -> str:
    doc = {"line": line}
    if rid is not None:
        doc["id"] = rid
    doc.update(fields)
    return json.dumps(doc, ensure_ascii=False)


def _error_text(exc: BaseException) -> str:
    text = str(exc) if not isinstance(exc, KeyError) or not exc.args else str(exc.args[0])
    return " ".join(text.split()) or type(exc).__name__


def run_chunk(rows: list[tuple[int, bytes]]) -> list[tuple[str, bool]]:
    """(output line, is an error row) for ``rows`` ((line number, raw JSON)), in order: checked together,
    or one by one when the chunk holds a bad row, so that only that row becomes an error row."""
    from ..check import check_many

    w = _WORKER
    outs: list[tuple[str, bool] | None] = [None] * len(rows)
    good: list[tuple[int, int, Any, dict]] = []
    for i, (line, raw) in enumerate(rows):
        rid = None
        try:
            rid, item = _row_item(raw, w["policy"], w["parser"])
            good.append((i, line, rid, item))
        except ROW_ERRORS as exc:
            outs[i] = (_out(line, rid, error=_error_text(exc)), True)
    kwargs = dict(parser=w["parser"], answerer=w["answerer"], relevance=w["relevance"])
    try:
        results = check_many([g[3] for g in good], **kwargs) if good else []
        for (i, line, rid, _), result in zip(good, results):
            outs[i] = (_out(line, rid, explanation=result.to_dict()), False)
    except ROW_ERRORS:
        for i, line, rid, item in good:
            try:
                outs[i] = (_out(line, rid, explanation=check_many([item], **kwargs)[0].to_dict()), False)
            except ROW_ERRORS as exc:
                outs[i] = (_out(line, rid, error=_error_text(exc)), True)
    return [o for o in outs if o is not None]


# ---------------------------------------------------------------- reading the input and the output so far


def _resume_point(out: Path) -> tuple[int, Any, int]:
    """(last input line done, its id, rows done) from an earlier run's output; cuts a half-written last line."""
    if not out.exists():
        return 0, None, 0
    last, last_id, done, good_end, n = 0, None, 0, 0, 0
    with open(out, "rb+") as f:
        pos = 0
        for n, raw in enumerate(f, 1):
            end = pos + len(raw)
            try:
                doc = json.loads(raw) if raw.endswith(b"\n") else None
            except ValueError:
                doc = None
            if not isinstance(doc, dict) or not isinstance(doc.get("line"), int):
                if f.read(1):  # not the last line: the file was not written by pcd batch alone
                    raise InputError(f"output {out} line {n} is not a pcd batch row; move the file away or "
                                     f"pass --restart")
                break
            if doc["line"] <= last:
                raise InputError(f"output {out} line {n}: input line {doc['line']} comes after line {last}; "
                                 f"it was not written by one pcd batch run (pass --restart to start over)")
            last, last_id, done, good_end, pos = doc["line"], doc.get("id"), done + 1, end, end
        f.seek(0, os.SEEK_END)
        if f.tell() != good_end:
            cut = f.tell() - good_end
            f.truncate(good_end)
            f.flush()
            os.fsync(f.fileno())
            typer.echo(f"dropped a half-written last row ({cut} bytes) from {out}; it will be done again", err=True)
    return last, last_id, done


def _count_rows(path: Path) -> int:
    n = 0
    with open(path, "rb") as f:
        for raw in f:
            if raw.strip():
                n += 1
    return n


def _rows(path: Path, after: int, after_id: Any) -> Iterator[tuple[int, bytes]]:
    """(line number, text) of the non-blank input lines after line ``after``, streamed."""
    with open(path, "rb") as f:
        for line, raw in enumerate(f, 1):
            if line == after and after_id is not None:
                try:
                    rid = json.loads(raw).get("id")
                except (ValueError, AttributeError):
                    rid = None
                if rid != after_id:
                    raise InputError(f"the output's last row is line {after} with id {after_id!r}, but the input's "
                                     f"line {after} has id {rid!r}: a different input? pass --restart to start over")
            if line <= after or not raw.strip():
                continue
            yield line, raw


def _chunks(rows: Iterator[tuple[int, bytes]], size: int) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---------------------------------------------------------------- the verb


def _progress(enabled: bool):
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn,
                               TaskProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            if speed is None and task.elapsed:  # too few samples for rich's estimate: the mean so far
                speed = (task.completed - task.fields.get("resumed", 0)) / task.elapsed or None
            return Text("? rows/s" if speed is None else f"{speed:,.1f} rows/s", style="progress.data.speed")

    return Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TaskProgressColumn(), RateColumn(), TimeElapsedColumn(),
                    TextColumn("ETA"), TimeRemainingColumn(), console=err_console, disable=not enabled,
                    transient=False)


@app.command("batch")
def batch(input: Path = typer.Argument(..., help="JSON Lines: one row per line with scenario, question, history, "
                                       "answers, and optionally id and policy (text or a pack reference)."),
          output: Path = typer.Option(..., "--output", "-o", help="JSON Lines out: one row per input row "
                                      "(line, id, explanation or error). Resumed if it exists."),
          policy: str = typer.Option(None, "--policy", "-p", help="The policy of rows that name none: a file or a "
                                     "pack reference (hipaa:…, gdpr:…)."),
          workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Worker processes."),
          chunk: int = typer.Option(16, "--chunk", min=1, max=4096, help="Rows checked together per task."),
          answerer: str = typer.Option(None, "--answerer", help=ANSWERER_HELP),
          backend: str = typer.Option("rules", "--backend", "--parser", help="Parsing backend: rules, lm or lm-tuned."),
          relevance: bool = typer.Option(True, "--relevance/--no-relevance", help="Decide not_applicable rows."),
          restart: bool = typer.Option(False, "--restart", help="Start over: overwrite OUT instead of resuming."),
          progress: bool = typer.Option(True, "--progress/--no-progress", help="Show the progress bar (stderr)."),
          ) -> None:
    """Check every row of a JSON Lines file: one explanation (or error) row per input row.

    Streams the input (bounded memory), writes rows in input order with fsync, and resumes after
    an interruption (Ctrl-C, kill): rerun the same command and it continues after the last row
    written, neither losing nor repeating a row. A bad row becomes {"line": N, "error": "..."}.

    Example: pcd batch rows.jsonl --policy pcd/examples/family_sharing.md -o out.jsonl --workers 2
    """
    from .common import load_policy, parse_answerer

    read_ok = input.is_file() or (input.exists() and not input.is_dir())
    if not read_ok:
        raise InputError(f"input {input} does not exist" if not input.exists() else f"input {input} is a directory")
    if output.resolve() == input.resolve():
        raise InputError("the output must not be the input file")
    chain = parse_answerer(answerer)
    pol = load_policy(policy, backend=backend) if policy is not None else None
    out = _open_locked(output)
    try:
        _run(input, output, out, pol, chain, backend, relevance, workers, chunk, restart, progress)
    finally:
        out.close()


def _open_locked(output: Path):
    """OUT opened for appending, locked so that two runs never write it at once."""
    out = open(output, "a", encoding="utf-8")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return out
    try:
        fcntl.flock(out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        out.close()
        raise InputError(f"another pcd batch is writing {output}; wait for it or stop it first") from None
    return out


def _run(input: Path, output: Path, out, pol, chain, backend: str, relevance: bool, workers: int, chunk: int,
         restart: bool, progress: bool) -> None:
    if restart:
        out.truncate(0)
    after, after_id, done = _resume_point(output)
    total = _count_rows(input)
    if done:
        typer.echo(f"resuming: {done} rows already in {output} (input up to line {after})", err=True)
    state = {"written": 0, "errors": 0}
    stop = {"signal": None}

    def on_term(signum, frame):  # a polite kill: stop like Ctrl-C
        stop["signal"] = signum
        raise KeyboardInterrupt

    old_term = signal.signal(signal.SIGTERM, on_term)
    t0 = time.perf_counter()
    executor = None
    try:
        with _progress(progress) as bar:
            task = bar.add_task("checking", total=total, completed=done, resumed=done)

            def write(lines: list[tuple[str, bool]]) -> None:
                for text, is_error in lines:  # whole lines, each flushed: a kill loses no written row
                    out.write(text + "\n")
                    out.flush()
                    state["written"] += 1
                    state["errors"] += is_error
                os.fsync(out.fileno())  # and once per chunk to disk, against a power cut
                bar.advance(task, len(lines))

            chunks = _chunks(_rows(input, after, after_id), chunk)
            if workers == 1:
                _init_worker(pol, backend, chain, relevance, ignore_sigint=False)
                for c in chunks:
                    write(run_chunk(c))
            else:
                import multiprocessing as mp
                from concurrent.futures import ProcessPoolExecutor

                executor = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                               initializer=_init_worker, initargs=(pol, backend, chain, relevance))
                pending: deque = deque()
                for c in chunks:  # at most 2 chunks per worker in flight: bounded memory, order kept
                    pending.append(executor.submit(run_chunk, c))
                    while len(pending) >= 2 * workers or (pending and pending[0].done()):
                        write(pending.popleft().result())
                while pending:
                    write(pending.popleft().result())
                executor.shutdown()
                executor = None
    except KeyboardInterrupt:
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        why = "terminated" if stop["signal"] else "interrupted"
        typer.echo(f"{why}: {done + state['written']} of {total} rows are in {output}; "
                   f"rerun the same command to resume", err=True)
        from . import EXIT_INTERRUPTED

        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        signal.signal(signal.SIGTERM, old_term)
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
    secs = time.perf_counter() - t0
    rate = state["written"] / secs if secs > 0 else 0.0
    typer.echo(f"done: {done + state['written']} rows in {output} ({state['written']} this run, "
               f"{state['errors']} error rows, {rate:,.1f} rows/s)", err=True)
