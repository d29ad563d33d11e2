"""The ``pcd`` command line.

Verbs: ``parse``, ``check``, ``ask``, ``batch``, ``explain``, ``evaluate``, ``demo``, and the groups
``tree`` (show, validate, diff, render), ``corpora`` (list, show), ``hipaa`` and ``gdpr`` (check, provisions)
and ``eval`` (trees, qa, sharc, goldcoin, gdpr).

Exit codes:

- 0: done; for the verbs that give a verdict (check, ask, explain, evaluate, demo), the verdict is
  decided: compliant, non_compliant, or not_applicable (the question is not about what the policy decides).
- 3: the verdict is undetermined (information is missing; the output names the next question).
- 2: bad input or usage (a missing or malformed file, an unknown option, a tool such as Graphviz missing).
- 1: an internal error (a bug); ``pcd tree diff`` also exits 1 when the trees differ.
- 130: interrupted (Ctrl-C); ``pcd batch`` resumes where it stopped when rerun.

Errors print one line; ``pcd --debug VERB …`` shows the traceback.
"""

from __future__ import annotations

import os
import sys

import click
import typer

from .app import app, state

EXIT_DECIDED, EXIT_INTERNAL, EXIT_INPUT, EXIT_UNDETERMINED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

# Register the verbs; the import order is the order of pcd --help.
from . import parse_cmd  # noqa: E402,F401,I001
from . import check_cmd, ask_cmd, batch_cmd  # noqa: E402,F401
from . import evaluate_cmd, tree_cmd, corpora_cmd, regulation_cmd, eval_cmd  # noqa: E402,F401

try:  # typer >= 0.16 vendors click; keep the plain click classes too
    from typer._click import exceptions as _tcx

    _CLICK_EXC: tuple[type, ...] = (_tcx.ClickException, click.ClickException)
    _NO_ARGS: tuple[type, ...] = (_tcx.NoArgsIsHelpError,)
    _USAGE: tuple[type, ...] = (_tcx.UsageError, click.UsageError)
except ImportError:  # pragma: no cover - older typer
    _CLICK_EXC, _NO_ARGS, _USAGE = (click.ClickException,), (), (click.UsageError,)
_NO_ARGS += tuple(c for c in (getattr(click.exceptions, "NoArgsIsHelpError", None),) if c)
_EXIT = tuple({typer.Exit, click.exceptions.Exit})
_ABORT = tuple({typer.Abort, click.exceptions.Abort})


def _usage_line(exc: Exception) -> str:
    ctx = getattr(exc, "ctx", None)
    hint = f" (see: {ctx.command_path} --help)" if ctx is not None else ""
    return f"error: {exc.format_message()}{hint}"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pcd`` console script."""
    args = sys.argv[1:] if argv is None else argv
    # The answerers' model loaders print progress bars; the CLI draws its own.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        code = app(args=args, prog_name="pcd", standalone_mode=False)
    except _EXIT as exc:  # typer.Exit(code)
        code = exc.exit_code
    except _NO_ARGS as exc:
        exc.show()
        code = EXIT_INPUT
    except _USAGE as exc:
        typer.echo(_usage_line(exc), err=True)
        code = EXIT_INPUT
    except _CLICK_EXC as exc:
        typer.echo(f"error: {exc.format_message()}", err=True)
        code = getattr(exc, "exit_code", EXIT_INPUT)
    except (_ABORT + (KeyboardInterrupt,)):
        typer.echo("interrupted", err=True)
        code = EXIT_INTERRUPTED
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
