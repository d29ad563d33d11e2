"""``pcd hipaa check|provisions`` and ``pcd gdpr check|provisions``: a scenario against a whole regulation pack.

The command line of :func:`pcd.hipaa.check` / :func:`pcd.gdpr.check`: which provisions apply, whether the
scenario is compliant, the clauses that decided it (verbatim) and what is still missing.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from ..errors import InputError
from .app import app, console, err_console
from .common import ANSWERER_HELP, PACKS, VALUE_STYLE, label_text, render_citations

TITLES = {"hipaa": "HIPAA Privacy and Breach Notification Rules (45 CFR Part 164)",
          "gdpr": "GDPR (Regulation (EU) 2016/679)"}
EXAMPLES = {"hipaa": "pcd hipaa check --provision 164.508(a)(1) --scenario \"The clinic faxed her chart to her "
                     "employer; she never signed an authorization.\"",
            "gdpr": "pcd gdpr check --scenario \"We email our customers' purchase history to a marketing partner "
                    "without their consent.\""}


def load_pack_answers(path: str) -> dict[str, Any]:
    """``--answers``: ``{question id: value}`` and/or ``{provision id: {question id: value}}``."""
    from ..inputs import read_json

    doc = read_json(path, what="answers file")
    if not isinstance(doc, dict):
        raise InputError(f"answers file {path} must be a JSON object: question id -> \"yes\" | \"no\" | "
                         f"\"unknown\", or provision id -> such an object")
    return doc


def render_regulation(doc: Mapping[str, Any], *, full: bool = True) -> None:
    """Print a ``pcd.regulation-explanation/1`` document for a person."""
    console.print(Panel(label_text(doc["label"]), title=f"{doc['regulation']} verdict", expand=False))
    console.print(f"[bold]reason:[/] {escape(doc['reason'])}")
    for warning in doc.get("warnings") or []:
        console.print(f"[bold yellow]warning:[/] {escape(warning)}")
    provisions = doc.get("provisions") or []
    if provisions:
        heads = ("#", "provision", "title", "relevance", "applies", "label")
        rows = [(str(p["rank"]), p["id"], p["title"], "" if p.get("relevance") is None else f"{p['relevance']:.3f}",
                 p["applicable"], p["label"].replace("_", "-")) for p in provisions]
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads)]
        # one line per provision on a narrow terminal: the title gives way (cut, never wrapped; the JSON keeps it
        # whole), the other columns keep their full width; each column costs its padding (2) and a border (1)
        title_width = max(10, min(40, console.width - (sum(widths) - widths[2]) - 3 * len(heads) - 1))
        table = Table(title="provisions checked (most relevant first)", title_justify="left")
        for head, width in zip(heads, widths):
            if head == "title":
                table.add_column(head, width=title_width, no_wrap=True, overflow="ellipsis")
            else:
                table.add_column(head, no_wrap=True, min_width=width)
        for p, (rank, pid, title, rel, applies, _) in zip(provisions, rows):
            table.add_row(rank, escape(pid), escape(title), rel, f"[{VALUE_STYLE.get(applies, '')}]{applies}[/]",
                          label_text(p["label"]))
        console.print(table)
    render_citations(doc.get("citations") or [], console)
    missing = doc.get("missing") or []
    if missing:
        console.print("[bold]to find out next[/] (per undecided provision its next question; per permission that "
                      "rests on unsure answers, those answers):")
        for m in missing:
            console.print(f"  [cyan]{escape(m['provision'])}[/] {escape(m['question_id'])} "
                          f"{escape('[' + m['clause_id'] + ']')}: {escape(m['question'])}")
    if full:
        for p in provisions:
            given = [a for a in p["explanation"].get("answers") or [] if a.get("value") != "unknown"]
            if given:
                console.print(f"[bold]answers for {escape(p['id'])}:[/] " + "; ".join(
                    f"{escape(a['id'])} = [{VALUE_STYLE.get(a['value'], '')}]{a['value']}[/]"
                    f"[dim] ({a.get('source') or ''})[/]" for a in given))


def _register(name: str) -> None:
    group = typer.Typer(help=f"{TITLES[name]}: check a scenario against the reviewed provisions, list them.",
                        no_args_is_help=True)
    app.add_typer(group, name=name)

    @group.command("check")
    def check(scenario: str = typer.Option(None, "--scenario", "-s",
                                           help="The scenario: a file, '-' for stdin, or the text itself."),
              provision: list[str] = typer.Option(None, "--provision", "-P",
                                                  help="Check this provision (repeatable; a provision id or a clause "
                                                       "inside one). Default: the most relevant ones."),
              answers: str = typer.Option(None, "--answers", "-a",
                                          help="JSON file: question id -> yes/no/unknown, or provision id -> such "
                                               "an object (wins over the model's answers)."),
              top_k: int = typer.Option(None, "--top-k", min=1, help="How many of the most relevant provisions to "
                                                                      "check (default 4)."),
              answerer: str = typer.Option(None, "--answerer", help=ANSWERER_HELP),
              json_out: str = typer.Option(None, "--json", help="Also write the pcd.regulation-explanation/1 JSON "
                                                                "to this file ('-' for stdout, instead of the text)."),
              brief: bool = typer.Option(False, "--brief", help="Leave out the answers per provision."),
              ) -> None:
        from .. import regulation
        from .common import exit_code, parse_answerer, read_scenario, write_atomic

        if scenario is None and answers is None:
            raise InputError("give a --scenario (a file or the text) or --answers to check")
        result = regulation.check_regulation(name, read_scenario(scenario), provisions=provision or None,
                                             answers=load_pack_answers(answers) if answers else None,
                                             answerer=parse_answerer(answerer), top_k=top_k)
        doc = result.to_dict()
        if json_out == "-":
            typer.echo(result.to_json())
        else:
            render_regulation(doc, full=not brief)
            if json_out:
                write_atomic(json_out, result.to_json() + "\n")
                err_console.print(f"[dim]wrote the explanation to {json_out}[/]")
        raise typer.Exit(exit_code(result.label))

    check.__doc__ = (f"Which {name.upper()} provisions apply to a scenario, is it compliant, the clauses that "
                     f"decided it (verbatim) and what to find out next.\n\nExit code 0 when decided, 3 when "
                     f"undetermined.\n\nExample: {EXAMPLES[name]}")

    @group.command("provisions")
    def provisions(as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table.")) -> None:
        from ..packs import load_pack

        pack = load_pack(name)
        rows = [{"id": p.id, "title": p.title, "kind": p.kind, "questions": len(p.questions),
                 "applicability": list(p.applicability)} for p in pack.provisions]
        if as_json:
            typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            return
        table = Table(title=f"{pack.title}: {len(rows)} reviewed provisions", title_justify="left")
        for col in ("provision", "kind", "questions"):
            table.add_column(col, no_wrap=True)
        table.add_column("title")
        for r in rows:
            table.add_row(escape(r["id"]), r["kind"], str(r["questions"]), escape(r["title"]))
        console.print(table)

    provisions.__doc__ = (f"List the {name.upper()} provisions with reviewed trees (ids usable with --provision "
                          f"and pcd check --policy).\n\nExample: pcd {name} provisions")


for _name in PACKS:
    _register(_name)
