"""The `eventwire` command: thin adapters that open the store, call the library and print.

Every listing prints through eventwire.output; errors eventwire raises on purpose become one
line "error: ..." on stderr and exit status 1.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import click

from eventwire import __version__, batch, output
from eventwire.errors import EventwireError, InputRejected, StoreError
from eventwire.options import Options
from eventwire.records import Article, Rejection
from eventwire.store import REALIZED_MODALITIES, EventFilter, Store
from eventwire.store.codec import date_range


class _Group(click.Group):
    """A click group that turns EventwireError into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InputRejected as exc:
            click.echo(f"error: {exc.source + ': ' if exc.source else ''}{exc.reason}", err=True)
            ctx.exit(1)
        except EventwireError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


class _DateBound(click.ParamType):
    """A date, possibly partial (2023, 2023-12, 2023-12-08): its first day, or its last."""

    name = "DATE"

    def __init__(self, last: bool) -> None:
        self.last = last

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        first, last = date_range(str(value))
        if first is None or last is None or len(str(value).strip()) not in (4, 7, 10):
            self.fail(f"{value!r} is not a date like 2023, 2023-12 or 2023-12-08", param, ctx)
        return last if self.last else first


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(output.FORMATS),
    default="table",
    show_default=True,
    help="How to print the rows.",
)


def _options(ctx: click.Context) -> Options:
    return ctx.find_object(Options) or Options()


def _store(ctx: click.Context, create: bool = False) -> Store:
    """The store, closed when the command ends; reading commands refuse a missing file."""
    path = _options(ctx).db_path
    if not create and path != ":memory:" and not os.path.exists(path):
        raise StoreError(f"no database at {path}; run `eventwire ingest PATH` first")
    return ctx.with_resource(Store(path))


def _stdin_bytes() -> bytes:
    return sys.stdin.buffer.read()


@click.group(cls=_Group)
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="EVENTWIRE_DB",
    help="Database file (default ./eventwire.duckdb).",
)
@click.option(
    "--model-fallback",
    is_flag=True,
    envvar="EVENTWIRE_MODEL_FALLBACK",
    help="Let the learned classifier type sentences the rules left empty (eventwire[embed]).",
)
@click.version_option(__version__, prog_name="eventwire")
@click.pass_context
def main(ctx: click.Context, db: str | None, model_fallback: bool) -> None:
    """Political event data from news: who did what to whom, when and where, with evidence."""
    from dataclasses import replace

    options = Options(db_path=db) if db else Options()
    ctx.obj = replace(options, model_fallback=model_fallback or options.model_fallback)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes that code articles (one model each); 2 uses both cores of a laptop.",
)
@click.pass_context
def ingest(ctx: click.Context, paths: Sequence[str], workers: int) -> None:
    """Read, code and store articles.

    PATHS are files, directories (walked) or - for stdin.
    """
    from dataclasses import replace

    from tqdm import tqdm

    options = replace(_options(ctx), workers=workers)
    store = _store(ctx, create=True)
    with tqdm(desc="ingest", unit=" inputs", file=sys.stderr, disable=None) as bar:

        def progress(s: batch.IngestSummary) -> None:
            counts = {"ingested": s.ingested, "dup": s.duplicates, "rejected": len(s.rejected)}
            bar.set_postfix(counts, refresh=False, events=s.events)
            bar.update(1)

        summary = batch.ingest_items(_read_inputs(paths, options), store, options, progress)
    click.echo(output.render_summary(summary))
    ctx.exit(0 if summary.succeeded else 1)


def _read_inputs(paths: Sequence[str], options: Options) -> Iterator[Article | Rejection]:
    """Articles and rejections from the paths in order, `-` being one article on stdin."""
    from eventwire import ingest as reader

    for path in paths:
        if path == "-":
            yield reader.read_stream(_stdin_bytes(), options, name="-")
        else:
            yield from reader.read_paths([path], options)


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.pass_context
def extract(ctx: click.Context, path: str) -> None:
    """Print a cleaned article as JSON.

    PATH is a file, or - for stdin; nothing is stored.
    """
    from eventwire import ingest as reader

    options = _options(ctx)
    if path == "-":
        item = reader.read_stream(_stdin_bytes(), options, name="-")
        if isinstance(item, Rejection):
            raise InputRejected(item.reason, item.source)
        article = item
    else:
        article = reader.extract_path(path, options)
    click.echo(output.to_json(article.to_dict()))


@main.command()
@click.argument("text", required=False)
@click.option("--published", metavar="DATE", help="Publication date that relative dates use.")
@click.option(
    "--jsonl",
    "jsonl_file",
    type=click.File("r", encoding="utf-8"),
    help='Code each line {"id", "text", "published"?} of FILE (- for stdin).',
)
@click.pass_context
def code(ctx: click.Context, text: str | None, published: str | None, jsonl_file: Any) -> None:
    """Code text into events, printed as JSON.

    TEXT comes from the argument or stdin; nothing is stored.
    """
    options = _options(ctx)
    if jsonl_file is not None:
        if text is not None:
            raise click.UsageError("give TEXT or --jsonl FILE, not both")
        from tqdm import tqdm

        errors = 0
        with tqdm(desc="code", unit=" lines", file=sys.stderr, disable=None) as bar:
            for result in batch.code_lines(jsonl_file, options):
                errors += "error" in result
                bar.set_postfix(errors=errors, refresh=False)
                bar.update(1)
                click.echo(json.dumps(result, ensure_ascii=False))
        return
    from eventwire import ingest as reader
    from eventwire import pipeline

    if text is None:
        text = sys.stdin.read()
    article = reader.article_from_text(text, options, published=published)
    events = pipeline.code_article(article, options)
    click.echo(
        output.to_json({"article": article.to_dict(), "events": [e.to_dict() for e in events]})
    )


@main.command()
@click.option("--actor", help="Source or target: ISO3 code or part of a name.")
@click.option("--source", help="Source actor: ISO3 code or part of a name.")
@click.option("--target", help="Target actor: ISO3 code or part of a name.")
@click.option("--type", "event_type", help="PLOVER event type, e.g. CONSULT.")
@click.option("--since", type=_DateBound(last=False), help="From this date (2023, 2023-12, ...).")
@click.option("--until", type=_DateBound(last=True), help="Up to this date, inclusive.")
@click.option("--article", help="Only this article's events (an id or a unique prefix).")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="At most this many events (0: all).",
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@format_option
@click.pass_context
def events(
    ctx: click.Context,
    actor: str | None,
    source: str | None,
    target: str | None,
    event_type: str | None,
    since: date | None,
    until: date | None,
    article: str | None,
    limit: int,
    offset: int,
    fmt: str,
) -> None:
    """List stored events, in date order."""
    store = _store(ctx)
    flt = EventFilter(
        actor=actor,
        source=source,
        target=target,
        event_type=event_type,
        since=since,
        until=until,
        article_id=store.resolve_article_id(article) if article else None,
        limit=limit or None,
        offset=offset,
    )
    click.echo(output.render(store.events(flt), fmt))


@main.command()
@click.argument("a")
@click.argument("b")
@click.option(
    "--by",
    type=click.Choice(["day", "month", "year"]),
    default="month",
    show_default=True,
    help="Length of a period.",
)
@click.option(
    "--all-modalities",
    is_flag=True,
    help="Also count negated, future, hypothetical and background events.",
)
@format_option
@click.pass_context
def dyad(ctx: click.Context, a: str, b: str, by: str, fmt: str, all_modalities: bool) -> None:
    """Events between two countries over time.

    A and B are ISO3 codes; each period shows both directions with counts per quad class,
    the mean Goldstein score and the events. Only events that happened (asserted or
    historical) count unless --all-modalities is given.
    """
    for code_ in (a, b):
        if len(code_) != 3 or not code_.isalpha():
            raise click.BadParameter(f"{code_!r} is not a three-letter country code like IRN")
    modalities = None if all_modalities else REALIZED_MODALITIES
    periods = _store(ctx).dyad(a, b, by=by, modalities=modalities)  # type: ignore[arg-type]
    click.echo(output.render_dyad(periods, fmt))


@main.command()
@click.argument("article_id")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Marked-up text, or JSON {article, events}.",
)
@click.pass_context
def show(ctx: click.Context, article_id: str, fmt: str) -> None:
    """Show an article with its events marked.

    ARTICLE_ID may be a unique prefix of the id.
    """
    store = _store(ctx)
    article = store.article(store.resolve_article_id(article_id))
    events = store.events_for_article(article.id)
    if fmt == "json":
        data = {"article": article.to_dict(), "events": [e.to_dict() for e in events]}
        click.echo(output.to_json(data))
    else:
        click.echo(output.render_article(article, events))


@main.command()
@click.option("-q", "--query", help="Only articles whose title or body contains this.")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="At most this many articles (0: all).",
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@format_option
@click.pass_context
def articles(ctx: click.Context, query: str | None, limit: int, offset: int, fmt: str) -> None:
    """List stored articles, newest first."""
    found = _store(ctx).articles(limit=limit or None, offset=offset, q=query)
    click.echo(output.render(found, fmt))


@main.command()
@format_option
@click.pass_context
def rejected(ctx: click.Context, fmt: str) -> None:
    """List the inputs that were rejected, with the reason."""
    click.echo(output.render(_store(ctx).rejections(), fmt))


@main.command()
@click.option(
    "-n",
    "--articles",
    "sizes",
    type=click.IntRange(min=1),
    multiple=True,
    default=(100, 1000, 5000),
    show_default=True,
    help="Run with this many articles (repeat).",
)
@click.option(
    "--examples",
    type=click.Path(exists=True, file_okay=False),
    default="examples",
    show_default=True,
    help="Folder of articles the benchmark texts are built from.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes that extract, parse and code (one model each).",
)
@format_option
@click.pass_context
def bench(ctx: click.Context, sizes: Sequence[int], examples: str, workers: int, fmt: str) -> None:
    """Measure ingest speed and peak memory.

    Reports articles/s, words/s and peak memory for N articles built from EXAMPLES; nothing is
    stored.
    """
    from eventwire.bench import run_bench

    results = run_bench(list(sizes), examples, _options(ctx), workers=workers)
    click.echo(output.render(results, fmt))


@main.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="Database file (the same as the global --db, accepted here too).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port."
)
@click.pass_context
def serve(ctx: click.Context, db_path: str | None, host: str, port: int) -> None:
    """Serve the REST API (and the dashboard) over the store.

    Reads are open to anyone who can reach HOST; POST /api/articles needs the bearer token set
    in EVENTWIRE_TOKEN (without it the server is read-only).
    """
    from dataclasses import replace

    try:
        import uvicorn

        from eventwire.api import create_app
    except ImportError as exc:
        raise EventwireError(
            f"serving needs the web extra ({exc.name} is missing): pip install 'eventwire[web]'"
        ) from exc
    options = replace(_options(ctx), db_path=db_path) if db_path else _options(ctx)
    app = create_app(options)
    state = app.state.eventwire
    url = f"http://{host}:{port}"
    click.echo(f"eventwire serving {options.db_path} at {url}/ (API docs: {url}/docs)")
    if not state.writable:
        click.echo("read-only: set EVENTWIRE_TOKEN to enable POST /api/articles")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _register_eval_commands() -> None:
    # Kept in their own module so this file stays a thin list of commands.
    from eventwire.cli_eval import calibrate_command, eval_command, gate_command, train_command

    main.add_command(eval_command)
    main.add_command(gate_command)
    main.add_command(train_command)
    main.add_command(calibrate_command)


_register_eval_commands()
