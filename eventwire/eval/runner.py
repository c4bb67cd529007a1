"""Run the gold-set scorers by name and render their figures as a table, JSON or Markdown.

Each scorer module exposes `evaluate(data_dir, options, limit) -> dict`; this module finds the
gold folders, runs what is asked for and formats the results side by side with the baselines.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.options import Options


@dataclass(frozen=True)
class Dataset:
    """A gold set: its name on the command line, its folder and the scorer that reads it."""

    name: str
    folder: str
    module: str
    headline: tuple[str, ...]  # the keys shown in the summary table, in order
    # Sets the team wrote live in the repository's eval/ folder, not among the public gold data.
    local: bool = False

    def folder_in(self, data_dir: Path) -> Path:
        return REPO_EVAL / self.folder if self.local else data_dir / self.folder

    def scorer(self) -> Callable[..., dict[str, Any]]:
        return import_module(self.module).evaluate


# The team's own event sentences (eventwire.eval.teamsets) report these, held-out and development.
TEAM_HEADLINE = (
    "event_type_accuracy",
    "crosswalk_type_accuracy",
    "quad_accuracy",
    "source_country_f1",
    "target_country_f1",
    "sector_accuracy",
)
DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        Dataset(
            "plover-gsr",
            "plover-gsr",
            "eventwire.eval.plover",
            (
                "event_type_accuracy",
                "event_type_macro_f1",
                "quad_accuracy",
                "source_country_f1",
                "target_country_f1",
                "sector_accuracy",
            ),
        ),
        Dataset(
            "petr2",
            "petr2-gsr-validation",
            "eventwire.eval.petr2",
            ("cameo_root_accuracy", "dyad_accuracy"),
        ),
        Dataset(
            "zyte",
            "scrapinghub-article-extraction-benchmark",
            "eventwire.eval.extraction",
            ("f1", "precision", "recall", "baseline_trafilatura_f1"),
        ),
        Dataset(
            "dates",
            "htmldate-mediacloud-2020",
            "eventwire.eval.pubdates",
            ("accuracy", "baseline_htmldate_accuracy"),
        ),
        Dataset(
            "negatives",
            ".",
            "eventwire.eval.negatives",
            ("false_event_rate", "no_false_event_rate"),
            local=True,
        ),
        Dataset(
            "heldout",
            "heldout",
            "eventwire.eval.teamsets",
            TEAM_HEADLINE,
            local=True,
        ),
        Dataset("dev", "dev", "eventwire.eval.teamsets", TEAM_HEADLINE, local=True),
        # near misses: political words in sentences with no event, read sentence by sentence
        Dataset(
            "dev-negatives",
            "dev",
            "eventwire.eval.negatives",
            ("false_event_rate", "no_false_event_rate"),
            local=True,
        ),
    )
}
# The repository's eval/ folder (floors, the team's own test sets), found from this file.
REPO_EVAL = Path(__file__).resolve().parents[2] / "eval"
ALIASES = {
    "petr2-gsr-validation": "petr2",
    "scrapinghub-article-extraction-benchmark": "zyte",
    "htmldate-mediacloud-2020": "dates",
}


def default_data_dir() -> Path | None:
    """../shared/data when it exists, else EVENTWIRE_EVAL_DATA, else None."""
    shared = Path("..") / "shared" / "data"
    if shared.is_dir():
        return shared
    env = os.environ.get("EVENTWIRE_EVAL_DATA")
    return Path(env) if env else None


def resolve(name: str) -> list[Dataset]:
    """The datasets a name stands for ("all" is every one)."""
    if name == "all":
        return list(DATASETS.values())
    key = ALIASES.get(name, name)
    if key not in DATASETS:
        known = ", ".join([*DATASETS, "all"])
        raise EventwireError(f"unknown dataset {name!r}; choose one of: {known}")
    return [DATASETS[key]]


def run(
    name: str,
    data_dir: Path,
    options: Options | None = None,
    limit: int | None = None,
    limits: dict[str, int] | None = None,
    exclude: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Score each dataset `name` stands for that is present under `data_dir`.

    `limit` caps every set; `limits` caps sets by name (the CI gate's subsets); sets named in
    `exclude` are left out. With "all", sets whose folder is missing are skipped; a single named
    set that is missing is an error.
    """
    options = options or Options()
    chosen = [dataset for dataset in resolve(name) if dataset.name not in exclude]
    results = []
    for dataset in chosen:
        folder = dataset.folder_in(data_dir)
        if not folder.is_dir():
            if name == "all":
                continue
            raise EventwireError(f"gold set {dataset.name!r} not found at {folder}")
        cap = (limits or {}).get(dataset.name, limit)
        started = time.perf_counter()
        result = dataset.scorer()(folder, options, cap)
        result["dataset"] = dataset.name  # one scorer may read two sets ("dev-negatives")
        result["seconds"] = round(time.perf_counter() - started, 1)
        results.append(result)
    return results


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "-" if value is None else str(value)


def _ci(result: dict[str, Any], key: str) -> str:
    ci = (result.get("ci95") or {}).get(key)
    return f"[{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""


def summary_rows(results: list[dict[str, Any]]) -> list[tuple[str, str, str, str, str]]:
    """(dataset, metric, value, 95% interval, n) for each headline figure."""
    rows = []
    for result in results:
        dataset = DATASETS[ALIASES.get(result["dataset"], result["dataset"])]
        for key in dataset.headline:
            if key in result:
                rows.append(
                    (dataset.name, key, _fmt(result[key]), _ci(result, key), str(result["n"]))
                )
    return rows


def render(results: list[dict[str, Any]], fmt: str) -> str:
    """The results as `table`, `json` or `markdown` (a whole page: docs/accuracy.md)."""
    if fmt == "json":
        return json.dumps(results, indent=2, ensure_ascii=False)
    if fmt == "markdown":
        return markdown_page(results)
    rows = summary_rows(results)
    header = ("dataset", "metric", "value", "95% interval", "n")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
        for row in [header, *rows]
    )


INTRO = """# Accuracy

How good eventwire is, measured on public gold data nobody on the team wrote, beside the tools a
user would otherwise pick. This page is generated: `eventwire eval all --format markdown`.
The gold sets live outside the repository (`../shared/data`, see `eventwire eval --help`); the
team's own sets (negatives, held-out and development event sentences) live in `eval/` (see
eval/README.md). CI runs a faster subset and fails below the floors in `eval/floors.json`. What
eventwire gets wrong most often, with examples: [errors.md](errors.md).
"""

TITLES = {
    "plover-gsr": "PLOVER gold-standard records (event coding)",
    "petr2": "PETRARCH-2 validation set (CAMEO coding)",
    "zyte": "Zyte article-extraction benchmark (body text)",
    "dates": "htmldate MediaCloud 2020 (publication dates)",
    "negatives": "Sentences with no political event (false events, the team's held-out set)",
    "heldout": "The team's held-out event sentences (event coding, read only in aggregate)",
    "dev": "The team's development event sentences (event coding)",
    "dev-negatives": "Near misses: political words with no event (the team's development set)",
}


def _spec(dataset: Dataset) -> dict[str, str]:
    spec = getattr(import_module(dataset.module), "SPEC", {})
    return dict(spec) if isinstance(spec, dict) else {}


def markdown_page(results: list[dict[str, Any]]) -> str:
    """A Markdown page: per dataset, each headline figure with its interval and its meaning."""
    lines = [INTRO]
    for result in results:
        dataset = DATASETS[ALIASES.get(result["dataset"], result["dataset"])]
        spec = _spec(dataset)
        lines += [f"## {TITLES.get(dataset.name, dataset.name)}", ""]
        lines += [f"`eventwire eval {dataset.name}`: n = {result['n']}. {spec.get('n', '')}", ""]
        lines += ["| metric | value | 95% interval | what it measures |", "|---|---|---|---|"]
        for key in dataset.headline:
            if key in result:
                meaning = spec.get(key, "").replace("|", "/")
                lines.append(f"| {key} | {_fmt(result[key])} | {_ci(result, key)} | {meaning} |")
        per_class = result.get("per_class")
        if isinstance(per_class, dict) and per_class:
            lines += ["", "| type | precision | recall | F1 | support |", "|---|---|---|---|---|"]
            for name, row in sorted(per_class.items()):
                cells = [_fmt(row.get(k)) for k in ("precision", "recall", "f1", "support")]
                lines.append(f"| {name} | " + " | ".join(cells) + " |")
        confusions = result.get("top_confusions")
        if isinstance(confusions, list) and confusions:
            lines += [
                "",
                "Most frequent errors (gold type -> what eventwire coded; NONE: no event):",
                "",
            ]
            lines += ["| gold | coded | sentences |", "|---|---|---|"]
            lines += [f"| {c['gold']} | {c['predicted']} | {c['count']} |" for c in confusions[:10]]
        lines.append("")
    return "\n".join(lines)
