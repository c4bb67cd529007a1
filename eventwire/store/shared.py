"""One open database shared by the threads of a server: one writer thread, pooled read snapshots.

    SharedStore(path)
    ├── writer thread   submit(fn) runs fn(store) there, one call at a time, in order
    └── reader handles  with read() as store: ...  a snapshot, one handle per thread at a time

DuckDB allows one writing process per file and, inside it, any number of connections made from
the first one. Writes conflict only with other writes, so funnelling every write through one
thread means no write ever fails on a conflict. Each read runs in its own transaction, so
everything one read sees comes from one committed state: never half an article.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

import duckdb

from eventwire.errors import StoreError
from eventwire.store import Store

T = TypeVar("T")


class SharedStore:
    """A store for many threads: `read()` for snapshots, `submit()` for the one writer.

    Args:
        path: the database file (created and migrated when missing).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        # The root connection only opens the file and makes handles; no query runs on it.
        self._root = Store(path)
        self._lock = threading.Lock()
        self._idle: list[Store] = []
        self._writer_store = self._root.reader()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-writer")
        self._closed = False

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A store handle inside a read transaction: a consistent snapshot until the block ends."""
        store = self._take()
        healthy = True
        try:
            store._conn.begin()
            yield store
        finally:
            try:
                store._conn.rollback()
            except duckdb.Error:
                healthy = False  # a broken handle is dropped, not handed out again
            self._give(store, healthy)

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        """Run `fn(store)` on the writer thread, after the writes already queued."""
        if self._closed:
            raise StoreError(f"the store {self.path} is closed")
        return self._writer.submit(fn, self._writer_store)

    def write(self, fn: Callable[[Store], T]) -> T:
        """Run `fn(store)` on the writer thread and wait for its result."""
        return self.submit(fn).result()

    def close(self) -> None:
        """Finish the queued writes, then close every handle and the file (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._writer.shutdown(wait=True)
        with self._lock:
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()
        self._writer_store.close()
        # Closing the root also closes handles still out in other threads.
        self._root.close()

    def _take(self) -> Store:
        with self._lock:
            if self._closed:
                raise StoreError(f"the store {self.path} is closed")
            if self._idle:
                return self._idle.pop()
            return self._root.reader()

    def _give(self, store: Store, healthy: bool) -> None:
        with self._lock:
            if healthy and not self._closed:
                self._idle.append(store)
                return
        store.close()

    def __enter__(self) -> SharedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
