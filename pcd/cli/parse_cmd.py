"""``pcd parse``: policy text → its cited expression tree."""

from __future__ import annotations

import typer
from rich.markup import escape

from .app import app, console
from .tree_cmd import TreeFormat


@app.command("parse")
def parse(file: str = typer.Argument(..., help="A policy text/Markdown file, '-' for stdin, or a pack clause "
                                     "such as gdpr:art6(1)."),
          format: TreeFormat = typer.Option(TreeFormat.text, "--format", "-f", help="Output format."),
          backend: str = typer.Option("rules", "--backend", "-b", help="Parsing backend: rules (default), lm or lm-tuned."),
          question: str = typer.Option(None, "--question", "-q",
                                       help="The user's question: of several conclusions, keep the one it asks "
                                       "about."),
          policy_id: str = typer.Option(None, "--id", help="Policy id for the citations (default: the file name)."),
          ) -> None:
    """Parse a policy into yes/no questions, each citing its clause, joined by AND/OR/NOT.

    --format json writes pcd.tree/1 plus the policy's clauses (usable by pcd tree show/render).

    Example: pcd parse pcd/examples/family_sharing.md --format linear
    """
    import trees

    from .common import load_policy

    policy = load_policy(file, backend=backend, question=question, policy_id=policy_id)
    if format is TreeFormat.json:
        typer.echo(policy.to_json())
        return
    if policy.tree is None:
        if format is not TreeFormat.text:
            raise ValueError(f"policy {policy.policy_id} states no condition ({policy.status}): no tree to draw")
        console.print(f"[bold]policy:[/] {escape(policy.policy_id)}  [yellow]no conditions found[/]")
        if policy.conclusion:
            console.print(f"[bold]conclusion:[/] {escape(policy.conclusion.text)}")
        for note in policy.notes:
            console.print(f"[dim]note: {escape(note)}[/]")
        return
    if format is TreeFormat.text:
        c = policy.conclusion
        console.print(f"[bold]policy:[/] {escape(policy.policy_id)}  ({policy.backend} parser, "
                      f"{len(policy.questions)} questions, {len(policy.clauses)} clauses)")
        if c is not None:
            where = f" [{c.clause_id}]" if c.clause_id else ""
            console.print(f"[bold]conclusion:[/] {escape(c.text)}{escape(where)} ({c.polarity})")
        console.print(f"[bold]tree:[/] {escape(policy.linear)}")
        console.print(trees.to_rich(policy.tree))
        for note in policy.notes:
            console.print(f"[dim]note: {escape(note)}[/]")
        return
    render = {"dot": trees.to_dot, "mermaid": trees.to_mermaid, "linear": trees.dumps}
    typer.echo(render[format.value](policy.tree))
