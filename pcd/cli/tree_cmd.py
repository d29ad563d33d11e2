"""``pcd tree show|validate|diff|render``."""

from __future__ import annotations

import enum
import json
import shutil
import subprocess
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
    """Read and validate a ``pcd.tree/1`` JSON file (also the output of ``pcd parse --format json``)."""
    text = read_text(path, what="tree file")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        doc = None
    try:
        if isinstance(doc, dict) and "policy" in doc:  # pcd parse --format json: the tree plus the policy
            if "root" not in doc:
                raise trees.TreeError("the policy states no condition: there is no tree")
            doc = {k: v for k, v in doc.items() if k != "policy"}
            return trees.from_dict(doc)
        return trees.from_json(text)
    except trees.TreeError as exc:
        raise trees.TreeError(f"{path}: {exc}") from None


HIGHLIGHT = typer.Option(None, "--highlight", "-H", help="Colour answered questions: a JSON file of question id -> "
                         "yes/no/unknown, or a saved explanation (pcd check --json).")


def load_highlight(path: Path | None, tree: trees.Node) -> dict[str, str]:
    if path is None:
        return {}
    from .common import load_answers

    answers = load_answers(path)
    ids = {q.id for q in trees.questions(tree)}
    unknown = sorted(set(answers) - ids)
    if unknown:
        raise ValueError(f"highlight file {path} names question ids not in the tree: {unknown}; "
                         f"its questions are {sorted(ids)}")
    return answers


@tree_app.command("show")
def show(file: Path = typer.Argument(..., help="A pcd.tree/1 JSON file."),
         format: TreeFormat = typer.Option(TreeFormat.text, "--format", "-f", help="Output format."),
         highlight: Path = HIGHLIGHT) -> None:
    """Print a tree with its questions and clause ids; --highlight colours the answered ones.

    Example: pcd tree show pcd/examples/family_sharing.tree.json --highlight pcd/examples/family_sharing.answers.json
    """
    tree = load_tree(file)
    answers = load_highlight(highlight, tree)
    if format is TreeFormat.text:
        console.print(trees.to_rich(tree, answers))
    elif format in (TreeFormat.dot, TreeFormat.mermaid):
        render = {"dot": trees.to_dot, "mermaid": trees.to_mermaid}
        typer.echo(render[format.value](tree, answers))
    else:
        render = {"json": trees.to_json, "linear": trees.dumps}
        typer.echo(render[format.value](tree))


GRAPHVIZ_MISSING = ("Graphviz's dot is not installed: install it with 'apt-get install graphviz' (Debian/Ubuntu) "
                    "or 'brew install graphviz' (macOS), or write DOT with: pcd tree show FILE --format dot")


@tree_app.command("render")
def render(file: Path = typer.Argument(..., help="A pcd.tree/1 JSON file (or pcd parse --format json output)."),
           output: Path = typer.Option(..., "--output", "-o", help="The image to write: .svg, .png or .pdf."),
           format: str = typer.Option(None, "--format", "-f", help="svg, png or pdf (default: from the suffix)."),
           highlight: Path = HIGHLIGHT) -> None:
    """Draw a tree as SVG/PNG/PDF with Graphviz's dot; --highlight colours answered questions.

    Needs the dot binary (apt-get install graphviz / brew install graphviz).

    Example: pcd tree render pcd/examples/family_sharing.tree.json -o tree.svg --highlight pcd/examples/family_sharing.answers.json
    """
    fmt = (format or output.suffix.lstrip(".")).lower()
    if fmt not in ("svg", "png", "pdf"):
        raise ValueError(f"cannot tell the image format of {output}: use a .svg, .png or .pdf name or --format")
    tree = load_tree(file)
    answers = load_highlight(highlight, tree)
    dot = shutil.which("dot")
    if dot is None:
        raise FileNotFoundError(GRAPHVIZ_MISSING)
    proc = subprocess.run([dot, f"-T{fmt}", "-o", str(output)], input=trees.to_dot(tree, answers).encode(),
                          capture_output=True, timeout=120)
    if proc.returncode != 0:
        msg = proc.stderr.decode(errors="replace").strip().splitlines()
        raise OSError(f"dot failed (exit {proc.returncode}): {msg[-1] if msg else 'no message'}")
    typer.echo(f"wrote {output} ({fmt}, {len(trees.questions(tree))} questions"
               f"{', ' + str(len(answers)) + ' answered' if answers else ''})")


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
