"""``pcd eval trees|qa|sharc``: the benchmarks, each printing its figures (or JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from ..answering.api import DEFAULT_CHAIN
from ..eval.qa import DEFAULT_ANSWERERS
from .app import app, console

eval_app = typer.Typer(help="Benchmarks (ShARC trees, answering and end to end; GoldCoin; GDPR cases); each prints its figures.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DATA = typer.Option(..., "--data", help="Folder with the ShARC files (e.g. ../shared/data/sharc).",
                    exists=True, file_okay=False)
JSON = typer.Option(False, "--json", help="Print the report as JSON.")


def _emit(report: dict, as_json: bool, render) -> None:
    if as_json:
        typer.echo(json.dumps(report, indent=2, default=str))
    else:  # benchmark tables are wide: never squeeze them below 140 columns (pipes and CI logs report 80)
        render(report, Console(width=max(console.width, 140)))


@eval_app.command("trees")
def eval_trees(data: Path = DATA,
               split: str = typer.Option("dev_visible", "--split", help="train or dev_visible."),
               backend: str = typer.Option("rules", "--backend", help="Parsing backend (rules, lm, lm-tuned)."),
               limit: int = typer.Option(None, "--limit", help="Only the first N policies."),
               as_json: bool = JSON) -> None:
    """Parse every gold policy and compare with ShARC's gold dialog trees.

    Example: pcd eval trees --data ../shared/data/sharc --split dev_visible
    """
    from ..eval.trees import evaluate_trees, render_trees_report

    _emit(evaluate_trees(data, split=split, backend=backend, limit=limit), as_json, render_trees_report)


@eval_app.command("qa")
def eval_qa(data: Path = DATA,
            answerer: list[str] = typer.Option(None, "--answerer", help="Answerer(s) to compare (repeatable); "
                                               "a,b is a chain (ages,cross-encoder); "
                                               "default: " + "; ".join(DEFAULT_ANSWERERS) + "."),
            limit: int = typer.Option(None, "--limit", help="A fixed random subset of N pairs."),
            as_json: bool = JSON) -> None:
    """Answer held-out (scenario, question) pairs; accuracy, macro-F1, confusion, speed.

    Example: pcd eval qa --data ../shared/data/sharc --answerer cross-encoder
    """
    from ..eval.qa import DEFAULT_ANSWERERS, evaluate_qa, render_qa_report

    report = evaluate_qa(data, answerers=tuple(answerer) if answerer else DEFAULT_ANSWERERS, limit=limit,
                         progress=not as_json)
    _emit(report, as_json, render_qa_report)


@eval_app.command("sharc")
def eval_sharc(data: Path = DATA,
               parser: str = typer.Option("rules", "--parser", help="Parsing backend."),
               answerer: str = typer.Option(None, "--answerer", help="Answerer (default chain: " + ", ".join(DEFAULT_CHAIN) + ")."),
               limit: int = typer.Option(None, "--limit", help="Only the first N records."),
               baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also run the entailment baseline."),
               as_json: bool = JSON) -> None:
    """ShARC end-to-end: micro/macro accuracy, BLEU of follow-ups, baseline, timing, errors by stage.

    Example: pcd eval sharc --data ../shared/data/sharc
    """
    from ..eval.sharc import evaluate_sharc, render_sharc_report

    report = evaluate_sharc(data, parser=parser, answerer=answerer, limit=limit, baseline=baseline,
                            progress=not as_json)
    _emit(report, as_json, render_sharc_report)


@eval_app.command("goldcoin")
def eval_goldcoin(data: Path = typer.Option(..., "--data", help="Folder with the GoldCoin CSV files.", exists=True,
                                            file_okay=False),
                  answerer: str = typer.Option(None, "--answerer", help="Answerer (default chain)."),
                  retrieval: str = typer.Option("similarity,trained", "--retrieval",
                                                help="Comma list of provision retrieval modes (oracle: diagnostic)."),
                  limit: int = typer.Option(None, "--limit", help="Only the first N cases."),
                  as_json: bool = JSON) -> None:
    """GoldCoin HIPAA cases: compliance and applicability, accuracy and macro-F1, with baselines.

    Example: pcd eval goldcoin --data ../shared/data/goldcoin
    """
    from ..eval.goldcoin import evaluate_goldcoin, render_goldcoin_report

    report = evaluate_goldcoin(data, answerer=answerer, limit=limit,
                               retrieval=tuple(r.strip() for r in retrieval.split(",") if r.strip()))
    _emit(report, as_json, render_goldcoin_report)


@eval_app.command("gdpr")
def eval_gdpr(modes: str = typer.Option("given,model,retrieval", "--modes",
                                        help="given (hand answers), model (answerer), retrieval (provision ranking)."),
              answerer: str = typer.Option(None, "--answerer", help="Answerer (default chain)."),
              as_json: bool = JSON) -> None:
    """The hand-written GDPR cases shipped in corpora/cases/gdpr.jsonl.

    Example: pcd eval gdpr --modes given,model
    """
    from ..eval.gdpr import evaluate_gdpr, render_gdpr_report

    report = evaluate_gdpr(modes=tuple(m.strip() for m in modes.split(",") if m.strip()), answerer=answerer)
    _emit(report, as_json, render_gdpr_report)
