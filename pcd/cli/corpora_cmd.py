"""``pcd corpora list|show``: the verbatim HIPAA and GDPR corpora."""

from __future__ import annotations

import json

import typer

from ..errors import InputError
from .app import corpora_app

JSON = typer.Option(False, "--json", help="Print JSON instead of text.")


@corpora_app.command("list")
def list_(as_json: bool = JSON) -> None:
    """List the installed corpora with their clause counts, version and license.

    Example: pcd corpora list
    """
    import corpora

    if as_json:
        typer.echo(json.dumps(corpora.list_corpora(), indent=2, ensure_ascii=False))
    else:
        typer.echo(corpora.format_corpora_list())


@corpora_app.command("show")
def show(clause_id: str = typer.Argument(..., help="A clause id: hipaa:164.508(a)(1), gdpr:art6(1), gdpr:art6 …"),
         descendants: bool = typer.Option(True, "--descendants/--no-descendants",
                                          help="Include the clause's sub-clauses."),
         as_json: bool = JSON) -> None:
    """Print a clause verbatim, with where it sits in the regulation and its source.

    An unknown id fails with the closest ids. Such ids are valid pcd check --policy references.

    Example: pcd corpora show gdpr:art6(1)
    """
    import corpora

    try:
        if as_json:
            typer.echo(json.dumps(corpora.show_clause(clause_id, descendants=descendants), indent=2,
                                  ensure_ascii=False))
        else:
            typer.echo(corpora.format_clause(clause_id, descendants=descendants))
    except corpora.CorpusError as exc:  # UnknownClauseError / UnknownCorpusError are KeyErrors
        raise InputError(str(exc)) from None
