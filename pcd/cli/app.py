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

HELP = ("Policy compliance detection: cited expression trees, answered and explained.\n\n"
        "Start with: pcd demo, or pcd check --policy POLICY.md --scenario TEXT. "
        "Every verb's --help has an example.\n\n"
        "Exit codes: 0 done, or decided (compliant, non_compliant, not_applicable); "
        "3 undetermined (information is missing); 2 bad input or usage; 1 internal error; 130 interrupted. "
        "Errors are one line; put --debug before the verb for the traceback.")

app = typer.Typer(help=HELP, no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
tree_app = typer.Typer(help="Inspect, validate, compare and render expression trees.", no_args_is_help=True)
app.add_typer(tree_app, name="tree")
corpora_app = typer.Typer(help="The bundled regulation corpora (HIPAA, GDPR): list them, show a clause verbatim.",
                          no_args_is_help=True)
app.add_typer(corpora_app, name="corpora")


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    state.debug = debug
