"""The ``pcd`` command line.

Exit codes: 0 done (or decided), 3 undetermined, 2 bad input or usage, 1 internal error.
Errors print one line; ``pcd --debug VERB …`` shows the traceback.
"""

from __future__ import annotations

import sys

import click
import typer

from .app import app, state

EXIT_DECIDED, EXIT_INTERNAL, EXIT_INPUT, EXIT_UNDETERMINED = 0, 1, 2, 3

from . import eval_cmd, evaluate_cmd, tree_cmd  # noqa: E402,F401  (register verbs)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pcd`` console script."""
    args = sys.argv[1:] if argv is None else argv
    try:
        code = app(args=args, prog_name="pcd", standalone_mode=False)
    except click.exceptions.Exit as exc:  # typer.Exit(code)
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except click.exceptions.Abort:
        typer.echo("aborted", err=True)
        code = 130
    except (ValueError, OSError) as exc:  # our input errors are ValueErrors
        if state.debug:
            raise
        typer.echo(f"error: {exc}", err=True)
        code = EXIT_INPUT
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if state.debug:
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)", err=True)
        code = EXIT_INTERNAL
    code = code if isinstance(code, int) else 0
    if argv is None:
        sys.exit(code)
    return code
