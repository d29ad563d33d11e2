"""The typer application and its verb groups; verbs live in their own modules."""

from __future__ import annotations

from dataclasses import dataclass

import typer
from rich.console import Console


@dataclass
class State:
    debug: bool = False


state = State()
console = Console()
err_console = Console(stderr=True)

app = typer.Typer(help="Policy compliance detection: cited expression trees, answered and explained.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
tree_app = typer.Typer(help="Inspect, validate, compare and render expression trees.", no_args_is_help=True)
app.add_typer(tree_app, name="tree")


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    state.debug = debug
