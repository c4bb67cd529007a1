"""Load check: many readers and one writer against `eventwire serve` on loopback, for a while.

    python bench/load_check.py [--seconds 60] [--readers 20] [--examples examples]

1. Ingests `--examples` into a temporary database (eventwire.batch.ingest).
2. Starts `eventwire serve` on 127.0.0.1 and a free port, in a subprocess, with a write token.
3. Posts one article to load the model (reported apart), then for `--seconds` runs `--readers`
   clients that each loop over GET /api/events, /api/dyads/CUB/IRN, /api/articles, /api/stats,
   and one writer that posts articles built from the examples (retitled, so none is a duplicate).
4. Stops the server and prints request counts, errors, read latency percentiles and writes/s.

Exit status 0 when no request failed, 1 otherwise. Nothing leaves the machine: every request
goes to 127.0.0.1, and the temporary database is deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

READ_PATHS = ("/api/events", "/api/dyads/CUB/IRN", "/api/articles", "/api/stats")
TOKEN = "load-check-token"
# Every wait is bounded: a request, the server's start and its stop.
REQUEST_TIMEOUT_S = 60.0
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 30.0


@dataclass
class Tally:
    """What the clients saw."""

    read_latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    write_latency: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: int = 0
    first_write: float = 0.0
    elapsed: float = 0.0


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prefill(db: str, examples: str) -> None:
    """Ingest the examples into the database, as `eventwire ingest` would."""
    from eventwire import batch
    from eventwire.store import Store

    with Store(db) as store:
        summary = batch.ingest([examples], store)
    print(f"prefilled {db}: {summary.ingested} articles, {summary.events} events", flush=True)


def payloads(examples: str) -> list[dict[str, Any]]:
    """JSON bodies for POST /api/articles, one per example article."""
    from eventwire import Options
    from eventwire.ingest import read_paths
    from eventwire.records import Article

    bodies = []
    for item in read_paths([examples], Options()):
        if isinstance(item, Article):
            published = item.published.isoformat() if item.published else None
            bodies.append(
                {"title": item.title, "text": item.text, "published": published, "site": "bench"}
            )
    return bodies


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    """`eventwire serve` on 127.0.0.1:port in a subprocess, with writes enabled."""
    env = {**os.environ, "EVENTWIRE_TOKEN": TOKEN}
    command = [
        sys.executable,
        "-c",
        "from eventwire.cli import main; main()",
        *("serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)),
    ]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


async def wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    """Poll GET /api until it answers, the server exits, or START_TIMEOUT_S passes."""
    deadline = time.monotonic() + START_TIMEOUT_S
    async with httpx.AsyncClient(base_url=base, timeout=5.0) as client:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise RuntimeError(f"the server exited with status {server.returncode}")
            try:
                if (await client.get("/api")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {START_TIMEOUT_S:.0f} s")


async def reader(base: str, deadline: float, tally: Tally, offset: int) -> None:
    """Loop over the read routes until the deadline, timing each request."""
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        n = offset
        while time.monotonic() < deadline:
            path = READ_PATHS[n % len(READ_PATHS)]
            n += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
            except httpx.HTTPError as exc:
                tally.errors.append(f"GET {path}: {type(exc).__name__}")
                continue
            if response.status_code != 200:
                tally.errors.append(f"GET {path}: {response.status_code} {response.text[:200]}")
                continue
            tally.read_latency[path].append(time.perf_counter() - started)


async def post(client: httpx.AsyncClient, body: dict[str, Any], tally: Tally) -> float | None:
    """Post one article; its latency, or None when it failed (recorded in the tally)."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    started = time.perf_counter()
    try:
        response = await client.post("/api/articles", json=body, headers=headers)
    except httpx.HTTPError as exc:
        tally.errors.append(f"POST: {type(exc).__name__}")
        return None
    if response.status_code not in (200, 201):
        tally.errors.append(f"POST: {response.status_code} {response.text[:200]}")
        return None
    tally.duplicates += response.status_code == 200
    return time.perf_counter() - started


async def writer(base: str, deadline: float, tally: Tally, bodies: list[dict[str, Any]]) -> None:
    """Post articles one after another until the deadline, each retitled to be new."""
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        n = 0
        while time.monotonic() < deadline:
            body = bodies[n % len(bodies)]
            n += 1
            varied = {**body, "title": f"{body['title']} (update {n})"}
            latency = await post(client, varied, tally)
            if latency is not None:
                tally.write_latency.append(latency)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) of values, in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def report(tally: Tally, seconds: float, readers: int, first_write: float) -> str:
    """The closing summary."""
    reads = [v for values in tally.read_latency.values() for v in values]
    lines = [
        f"duration {seconds:.1f} s, {readers} readers, 1 writer",
        f"reads:  {len(reads)} ok ({len(reads) / seconds:.1f}/s); "
        f"p50 {percentile(reads, 50):.1f} ms, p95 {percentile(reads, 95):.1f} ms, "
        f"p99 {percentile(reads, 99):.1f} ms",
    ]
    for path in READ_PATHS:
        values = tally.read_latency.get(path, [])
        lines.append(
            f"  {path:<22} {len(values):>6}  p50 {percentile(values, 50):7.1f} ms  "
            f"p95 {percentile(values, 95):7.1f} ms"
        )
    writes = tally.write_latency
    lines += [
        f"writes: {len(writes)} ok ({len(writes) / seconds:.2f}/s, {tally.duplicates} duplicates);"
        f" p50 {percentile(writes, 50):.0f} ms, max {1000 * max(writes, default=0):.0f} ms;"
        f" first write (loads the model) {1000 * first_write:.0f} ms",
        f"errors: {len(tally.errors)}",
    ]
    for error in sorted(set(tally.errors))[:10]:
        lines.append(f"  {error}")
    return "\n".join(lines)


async def run(args: argparse.Namespace, base: str, server: subprocess.Popen[bytes]) -> Tally:
    """Wait for the server, warm the writer, then run the readers and the writer."""
    bodies = payloads(args.examples)
    await wait_until_up(base, server)
    tally = Tally()
    async with httpx.AsyncClient(base_url=base, timeout=START_TIMEOUT_S) as client:
        warm = {**bodies[0], "title": f"{bodies[0]['title']} (warm-up)"}
        first = await post(client, warm, tally)
    tally.first_write = first or 0.0
    started = time.monotonic()
    deadline = started + args.seconds
    tasks = [reader(base, deadline, tally, i) for i in range(args.readers)]
    tasks.append(writer(base, deadline, tally, bodies))
    await asyncio.gather(*tasks)
    tally.elapsed = time.monotonic() - started
    return tally


def stop(server: subprocess.Popen[bytes]) -> str:
    """Stop the server as Ctrl-C would (it finishes queued writes); kill it if it hangs."""
    if server.poll() is None:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return server.stdout.read().decode(errors="replace") if server.stdout else ""


def main() -> int:
    """Run the check and print the summary; 0 when no request failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="How long to run (s).")
    parser.add_argument("--readers", type=int, default=20, help="Concurrent read clients.")
    parser.add_argument("--examples", default="examples", help="Folder of example articles.")
    args = parser.parse_args()
    if not Path(args.examples).is_dir():
        parser.error(f"no folder {args.examples}")
    with tempfile.TemporaryDirectory(prefix="eventwire-load-") as tmp:
        db = str(Path(tmp) / "load.duckdb")
        prefill(db, args.examples)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            tally = asyncio.run(run(args, base, server))
        finally:
            output = stop(server)
        if server.returncode not in (0, -signal.SIGINT):
            print(f"server exited with status {server.returncode}:\n{output[-2000:]}")
            return 1
    print(report(tally, tally.elapsed, args.readers, tally.first_write))
    return 0 if not tally.errors else 1


if __name__ == "__main__":
    sys.exit(main())
