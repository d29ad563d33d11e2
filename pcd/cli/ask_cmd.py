"""``pcd ask``: an interactive check that asks the missing questions one at a time."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import typer
from rich.markup import escape

from .app import app, console
from .check_cmd import ANSWERER, PARSER, POLICY, QUESTION, RELEVANCE, SCENARIO_HELP

REPLIES = {"y": "yes", "yes": "yes", "n": "no", "no": "no", "u": "unknown", "unknown": "unknown", "?": "unknown",
           "b": "back", "back": "back", "q": "quit", "quit": "quit", "exit": "quit"}
PROMPT = "answer [y]es / [n]o / [u]nknown / [b]ack / [q]uit: "


def _pick(result, given: dict[str, str]):
    """The next question to ask: the evaluator's choice unless the user already said "unknown" to it;
    then the first question of a missing set that holds no question the user cannot answer."""
    skipped = {qid for qid, v in given.items() if v == "unknown"}
    nq = result.next_question
    if nq is not None and nq.id not in skipped:
        return nq
    for group in result.missing:
        if not any(q.id in skipped for q in group):
            for q in group:
                if q.id not in given:
                    return q
    return None


def _save(path: Path | None, given: dict[str, str]) -> None:
    if path is not None:
        from .common import write_atomic

        write_atomic(path, json.dumps(given, indent=2, ensure_ascii=False) + "\n")


@app.command("ask")
def ask(policy: str = POLICY,
        scenario: str = typer.Option(None, "--scenario", "-s", help=SCENARIO_HELP),
        question: str = QUESTION,
        save: Path = typer.Option(None, "--save", help="Save the answers given (JSON: question id -> yes/no/unknown) "
                                  "after each one; default: the --resume file."),
        resume: Path = typer.Option(None, "--resume", help="Start from the answers saved by an earlier session."),
        answerer: str = ANSWERER,
        backend: str = PARSER,
        relevance: bool = RELEVANCE) -> None:
    """Ask the questions still missing, one at a time, until the verdict is decided.

    Each turn shows the verdict so far and asks the next question; reply yes, no, unknown,
    back (undo the last answer) or quit (or y/n/u/b/q). The answers are saved after each reply
    (--save, or the --resume file) and can be passed later to --resume or to pcd check --answers.
    Exit code 0 when decided, 3 when undetermined (quit, or only unknown questions left).

    Example: pcd ask --policy pcd/examples/family_sharing.md --save answers.json
    """
    from .. import check as run_check
    from .common import check_answers, exit_code, label_text, load_policy, parse_answerer, read_json, \
        read_scenario, render_explanation

    pol = load_policy(policy, backend=backend, question=question)
    text = read_scenario(scenario)
    chain = parse_answerer(answerer)
    given: dict[str, str] = {}
    if resume is not None:
        given = check_answers(read_json(resume, what="resume file"), f"resume file {resume}")
    save = save or resume
    history: list[str] = list(given)  # the order of answers, for "back"
    if given:
        console.print(f"[dim]resumed {len(given)} answers from {resume}[/]")

    def verdict():
        return run_check(pol, text, question=question, answers=given, parser=backend, answerer=chain,
                         relevance=relevance)

    result = verdict()
    while True:
        if result.label != "undetermined":
            break
        q = _pick(result, given)
        if q is None:
            console.print("[yellow]the questions still open are ones you answered unknown: "
                          "the verdict stays undetermined[/]")
            break
        known = sum(1 for a in result.answers if a.value != "unknown")
        console.print(f"\nverdict so far: {label_text(result.label)}  "
                      f"({known} of {len(result.answers)} questions answered)")
        where = q.citation.clause_id if q.citation else "-"
        console.print(f"[bold]{escape(q.id)}[/] [cyan]\\[{escape(where)}][/] {escape(q.text)}")
        if q.citation and q.citation.quote:
            console.print(f"  [dim]“{escape(q.citation.quote)}”[/]")
        try:
            reply = input(PROMPT)
        except EOFError:
            reply = "quit"
        choice = REPLIES.get(reply.strip().lower())
        if choice is None:
            console.print(f"[red]please answer yes, no, unknown, back or quit (not {escape(reply.strip())!r})[/]")
            continue
        if choice == "quit":
            break
        if choice == "back":
            if not history:
                console.print("[yellow]nothing to undo[/]")
                continue
            undone = history.pop()
            console.print(f"[dim]undid {escape(undone)} = {given.pop(undone)}[/]")
        else:
            given[q.id] = choice
            if q.id in history:
                history.remove(q.id)
            history.append(q.id)
        _save(save, given)
        result = verdict()
    _save(save, given)
    console.print()
    if result.label == "undetermined":  # what to find out next is never a question the user said "unknown" to
        result = dataclasses.replace(result, next_question=_pick(result, given))
    render_explanation(result.to_dict(), console, full=result.label != "undetermined")
    if save is not None:
        hint = "" if result.label != "undetermined" else f"; resume with --resume {save}"
        console.print(f"[dim]saved {len(given)} answers to {save}{hint}[/]")
    raise typer.Exit(exit_code(result.label))
