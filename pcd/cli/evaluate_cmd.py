"""``pcd evaluate`` and ``pcd demo``: a tree, answers, and the explained label."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import typer
from rich.panel import Panel
from rich.table import Table

import trees
from ..evaluator import Evaluation, evaluate
from . import EXIT_DECIDED, EXIT_UNDETERMINED
from .app import app, console
from .common import load_answers
from .tree_cmd import load_tree

LABEL_STYLE = {"compliant": "bold green", "non_compliant": "bold red", "undetermined": "bold yellow",
               "not_applicable": "bold blue"}


def render_evaluation(tree: trees.Node, result: Evaluation) -> None:
    """Print the label, the tree coloured by answers, and the cited reasons."""
    console.print(Panel(f"[{LABEL_STYLE[result.label]}]{result.label.replace('_', '-')}[/]", title="verdict",
                        expand=False))
    console.print(trees.to_rich(tree, result.answers))
    if result.justification:
        table = Table(title="decided by", show_lines=False)
        for column in ("question", "answer", "clause", "quote"):
            table.add_column(column)
        for q in result.justification:
            c = q.citation
            table.add_row(f"{q.id}: {q.text}", result.answers[q.id], c.clause_id if c else "-", c.quote if c else "-")
        console.print(table)
    if result.next_question is not None:
        q = result.next_question
        console.print(f"[bold]next question:[/] {q.text} ({q.id}"
                      f"{', ' + q.citation.clause_id if q.citation else ''})")
        groups = ["{" + ", ".join(x.id for x in group) + "}" for group in result.missing]
        console.print(f"[bold]missing:[/] any of these sets would decide: {'  '.join(groups)}")


def _finish(result: Evaluation) -> None:
    raise typer.Exit(EXIT_DECIDED if result.decided else EXIT_UNDETERMINED)


@app.command("evaluate")
def evaluate_command(tree_file: Path = typer.Argument(..., help="A pcd.tree/1 JSON file."),
                     answers: Path = typer.Option(..., "--answers", "-a", help="JSON: question id -> yes/no/unknown."),
                     as_json: bool = typer.Option(False, "--json", help="Print the evaluation as JSON.")) -> None:
    """Evaluate a tree against answers: label, the clauses that decided it, or what is missing.

    Exit code 0 when decided, 3 when undetermined.

    Example: pcd evaluate pcd/examples/family_sharing.tree.json --answers pcd/examples/family_sharing.answers.json
    """
    tree = load_tree(tree_file)
    result = evaluate(tree, load_answers(answers))
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        render_evaluation(tree, result)
    _finish(result)


def bundled_example():
    """The bundled policy (its reviewed tree) and scenario: ``(Policy, scenario text)``."""
    from ..policy import Policy

    examples = resources.files("pcd") / "examples"
    tree = trees.from_json(examples.joinpath("family_sharing.tree.json").read_text())
    policy = Policy(text=examples.joinpath("family_sharing.md").read_text(), policy_id="example:family-sharing",
                    clauses=(), questions=trees.questions(tree), tree=tree, conclusion=None, backend="reviewed")
    return policy, examples.joinpath("family_sharing.scenario.txt").read_text().strip()


@app.command("demo")
def demo(answerer: str = typer.Option(None, "--answerer", help="Answerer (default: history, then the cross-encoder).")
         ) -> None:
    """Check the bundled scenario against the bundled policy (sharing health information with family).

    The questions are answered from the scenario by the trained cross-encoder, then evaluated
    against the policy's reviewed tree; the verdict cites the clauses that decided it.

    Example: pcd demo
    """
    from ..check import check
    from .common import exit_code, render_explanation

    policy, scenario = bundled_example()
    console.print("[dim]policy:[/] pcd/examples/family_sharing.md (bundled, reviewed tree)")
    console.print(f"[dim]scenario:[/] {scenario}")
    result = check(policy, scenario, answerer=answerer)
    render_explanation(result.to_dict(), console)
    raise typer.Exit(exit_code(result.label))
