"""``pcd check`` (a scenario against a policy, explained) and ``pcd explain`` (a saved explanation)."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app, console, err_console
from .common import ANSWERER_HELP, POLICY_HELP

POLICY = typer.Option(..., "--policy", "-p", help=POLICY_HELP)
SCENARIO_HELP = "The scenario: a file, '-' for stdin, or the text itself."
QUESTION = typer.Option(None, "--question", "-q", help="The user's own question or goal, e.g. 'Can I share it?'.")
ANSWERER = typer.Option(None, "--answerer", help=ANSWERER_HELP)
PARSER = typer.Option("rules", "--backend", "--parser", help="Parsing backend for policy text: rules, lm or lm-tuned.")
RELEVANCE = typer.Option(True, "--relevance/--no-relevance",
                         help="Decide not_applicable when the question is not about what the policy decides.")


@app.command("check")
def check(policy: str = POLICY,
          scenario: str = typer.Option(None, "--scenario", "-s", help=SCENARIO_HELP),
          question: str = QUESTION,
          answers: Path = typer.Option(None, "--answers", "-a", help="JSON file: question id -> yes/no/unknown "
                                       "(wins over everything else)."),
          history: Path = typer.Option(None, "--history", help="JSON file: prior turns, a list of "
                                       "(question, yes|no) pairs or {question, answer} objects."),
          answerer: str = ANSWERER,
          backend: str = PARSER,
          relevance: bool = RELEVANCE,
          json_out: str = typer.Option(None, "--json", help="Also write the pcd.explanation/1 JSON to this file "
                                       "('-' for stdout, instead of the readable verdict)."),
          ) -> None:
    """Decide whether a scenario complies with a policy: verdict, cited clauses, answers, missing questions.

    Exit code 0 when decided (compliant, non_compliant, not_applicable), 3 when undetermined.

    Example: pcd check --policy pcd/examples/family_sharing.md --scenario "The patient agreed to share it with her son." --answerer similarity --json result.json
    """
    from .. import check as run_check
    from .common import exit_code, load_answers, load_history, load_policy, parse_answerer, read_scenario, \
        render_explanation, write_atomic

    if scenario is None and answers is None and history is None:
        raise ValueError("give a --scenario (a file or the text), --answers or --history to check against the policy")
    pol = load_policy(policy, backend=backend, question=question)
    result = run_check(pol, read_scenario(scenario), question=question,
                       history=load_history(history) if history else None,
                       answers=load_answers(answers) if answers else None,
                       parser=backend, answerer=parse_answerer(answerer), relevance=relevance)
    if json_out == "-":
        typer.echo(result.to_json())
    else:
        render_explanation(result.to_dict(), console)
        if json_out:
            write_atomic(json_out, result.to_json() + "\n")
            err_console.print(f"[dim]wrote the explanation to {json_out}[/]")
    raise typer.Exit(exit_code(result.label))


@app.command("explain")
def explain(file: str = typer.Argument(..., help="A pcd.explanation/1 JSON file ('-' for stdin), e.g. from "
                                       "pcd check --json, or one row of pcd batch output; or a "
                                       "pcd.regulation-explanation/1 file from pcd hipaa|gdpr check --json."),
            brief: bool = typer.Option(False, "--brief", help="Only the verdict, citations and what is missing."),
            ) -> None:
    """Show a saved explanation for a person, after checking it against the pcd.explanation/1 schema.

    Exit code 0 when its verdict is decided, 3 when undetermined, 2 when the file is not an explanation.

    Example: pcd explain result.json
    """
    import json

    from ..errors import InputError
    from .common import exit_code, read_source, render_explanation, validate_explanation

    text = read_source(file, "explanation file")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            raise InputError(f"{file} holds more than one JSON document: give one explanation (for pcd batch output, "
                             f"pick a row, e.g. sed -n 3p OUT.jsonl | pcd explain -)") from None
        raise InputError(f"{file} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    from ..regulation import REGULATION_SCHEMA

    if isinstance(doc, dict) and doc.get("schema") == REGULATION_SCHEMA:  # pcd hipaa|gdpr check --json
        import jsonschema

        from ..regulation import validate_regulation_explanation
        from .regulation_cmd import render_regulation

        try:
            validate_regulation_explanation(doc)
        except jsonschema.ValidationError as exc:
            where = "/".join(map(str, exc.absolute_path)) or "(top)"
            raise InputError(f"{file} is not a valid {REGULATION_SCHEMA} document: at {where}: "
                             f"{exc.message}") from None
        render_regulation(doc, full=not brief)
        raise typer.Exit(exit_code(doc["label"]))
    doc = validate_explanation(doc, str(file))
    render_explanation(doc, console, full=not brief)
    raise typer.Exit(exit_code(doc["label"]))
