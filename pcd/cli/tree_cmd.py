"""``pcd tree show|validate|diff``."""

from __future__ import annotations

import enum
from pathlib import Path

import typer

import trees
from ..inputs import read_text
from .app import console, tree_app


class TreeFormat(str, enum.Enum):
    text = "text"
    json = "json"
    dot = "dot"
    mermaid = "mermaid"
    linear = "linear"


def load_tree(path: Path) -> trees.Node:
    """Read and validate a ``pcd.tree/1`` JSON file."""
    try:
        return trees.from_json(read_text(path, what="tree file"))
    except trees.TreeError as exc:
        raise trees.TreeError(f"{path}: {exc}") from None


@tree_app.command("show")
def show(file: Path = typer.Argument(..., help="A pcd.tree/1 JSON file."),
         format: TreeFormat = typer.Option(TreeFormat.text, "--format", "-f", help="Output format.")) -> None:
    """Print a tree with its questions and clause ids.

    Example: pcd tree show pcd/examples/family_sharing.tree.json --format mermaid
    """
    tree = load_tree(file)
    if format is TreeFormat.text:
        console.print(trees.to_rich(tree))
    else:
        render = {"json": trees.to_json, "dot": trees.to_dot, "mermaid": trees.to_mermaid, "linear": trees.dumps}
        typer.echo(render[format.value](tree))


@tree_app.command("validate")
def validate(files: list[Path] = typer.Argument(..., help="One or more pcd.tree/1 JSON files.")) -> None:
    """Check tree files against the pcd.tree/1 schema, ids, arities and cycles.

    Example: pcd tree validate pcd/examples/family_sharing.tree.json
    """
    for file in files:
        tree = load_tree(file)
        typer.echo(f"{file}: valid ({len(trees.questions(tree))} questions, depth {trees.depth(tree)})")


@tree_app.command("diff")
def diff(a: Path = typer.Argument(..., help="First tree."), b: Path = typer.Argument(..., help="Second tree.")) -> None:
    """Decide with Z3 whether two trees are equivalent; print a counter-example if not.

    Questions are matched by id. Exit code 0 when equivalent, 1 when they differ.

    Example: pcd tree diff old.tree.json new.tree.json
    """
    t1, t2 = load_tree(a), load_tree(b)
    counter = trees.diff(t1, t2)
    if counter is None:
        typer.echo("equivalent")
        return
    v1, v2 = trees.evaluate(t1, counter), trees.evaluate(t2, counter)
    yes_no = {True: "yes", False: "no"}
    setting = ", ".join(f"{k}={yes_no[v]}" for k, v in counter.items())
    typer.echo(f"differ: with {setting}")
    typer.echo(f"  {a} is {str(v1).lower()}, {b} is {str(v2).lower()}")
    raise typer.Exit(1)
