"""`eventwire eval` and `eventwire gate`: accuracy on public gold data, and CI's quality gate."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from eventwire.errors import EventwireError
from eventwire.options import Options


def _data_dir(given: str | None) -> Path:
    from eventwire.eval.runner import default_data_dir

    found = Path(given) if given else default_data_dir()
    if found is None or not found.is_dir():
        raise EventwireError(
            "no gold data: pass --data-dir, set EVENTWIRE_EVAL_DATA, or work beside ../shared/data"
        )
    return found


def _options(ctx: click.Context) -> Options:
    return ctx.find_object(Options) or Options()


@click.command("eval")
@click.argument("dataset")
@click.option("--data-dir", type=click.Path(file_okay=False), help="Folder of the gold sets.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N records.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
    help="A summary table, every figure as JSON, or a Markdown table.",
)
@click.pass_context
def eval_command(
    ctx: click.Context, dataset: str, data_dir: str | None, limit: int | None, fmt: str
) -> None:
    """Score eventwire on a public gold set: plover-gsr, petr2, zyte, dates or all."""
    from eventwire.eval import runner

    results = runner.run(dataset, _data_dir(data_dir), _options(ctx), limit=limit)
    click.echo(runner.render(results, fmt))


@click.command("gate")
@click.option("--data-dir", type=click.Path(file_okay=False), help="Folder of the gold sets.")
@click.option(
    "--floors",
    "floors_path",
    type=click.Path(dir_okay=False),
    default="eval/floors.json",
    show_default=True,
    help="The committed floors.",
)
@click.option("--update-floors", is_flag=True, help="Raise the floors to this run's figures.")
@click.option(
    "--allow-lower", is_flag=True, help="With --update-floors, also lower floors (give a reason)."
)
@click.pass_context
def gate_command(
    ctx: click.Context,
    data_dir: str | None,
    floors_path: str,
    update_floors: bool,
    allow_lower: bool,
) -> None:
    """Run the fast evaluation and fail if a figure falls below its floor.

    Skips (exit 0) with a message when no gold data is present.
    """
    from eventwire.eval import gate, runner

    given = Path(data_dir) if data_dir else runner.default_data_dir()
    if given is None or not given.is_dir():
        click.echo("quality gate: no gold data (../shared/data is absent); skipped")
        return
    results = gate.run_gate(given, _options(ctx))
    click.echo(runner.render(results, "table"))
    path = Path(floors_path)
    floors = gate.load_floors(path) if path.exists() else {}
    if update_floors:
        # Floors guard eventwire's own figures, not the baselines it is compared with.
        metrics = {
            r["dataset"]: [
                k
                for k in runner.DATASETS[r["dataset"]].headline
                if not k.startswith("baseline") and k not in gate.LOWER_IS_BETTER
            ]
            for r in results
        }
        proposed = gate.proposed_floors(results, metrics)
        merged = gate.raise_floors(floors, proposed, allow_lower=allow_lower)
        path.parent.mkdir(parents=True, exist_ok=True)
        note = {"_note": "Floors only go up; lowering one needs --allow-lower and a reason."}
        path.write_text(json.dumps({**note, **merged}, indent=2) + "\n", encoding="utf-8")
        click.echo(f"floors written to {path}")
        return
    breaches = gate.check(results, floors)
    for breach in breaches:
        click.echo(f"below floor: {breach}", err=True)
    if breaches:
        ctx.exit(1)
    click.echo(f"quality gate: {sum(len(v) for v in floors.values())} floors held")


def _out_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The --out option of the commands that rebuild a file shipped in eventwire/data."""
    return click.option(
        "--out",
        "out_path",
        type=click.Path(dir_okay=False),
        help=f"Where to write the {what} (default: the one shipped in eventwire/data).",
    )


@click.command("train")
@_out_option("head")
@click.option("--seed", type=int, default=0, show_default=True, help="Cross-validation folds.")
def train_command(out_path: str | None, seed: int) -> None:
    """Train the learned fallback's classifier on the team's sentences (needs eventwire[embed]).

    Reproducible: the same sentences and seed give the same weights.
    """
    from eventwire.events.model import default_head_path
    from eventwire.train import train

    figures = train(Path(out_path) if out_path else default_head_path(), seed=seed)
    click.echo(json.dumps(figures, indent=2, default=str))


@click.command("calibrate")
@_out_option("map")
def calibrate_command(out_path: str | None) -> None:
    """Fit rule-event confidence to the share right, on the team's labelled sentences.

    Deterministic: the same sentences give the same map.
    """
    from eventwire.calibrate import default_calibration_path, fit_confidence

    figures = fit_confidence(Path(out_path) if out_path else default_calibration_path())
    click.echo(json.dumps(figures, indent=1))
