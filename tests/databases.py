"""Which snapshot clone a test process is connected to, switched between tests.

Each test process (the main one, or each xdist worker) gets its own clone of the migrated
``base`` snapshot and, once its first demo test comes, its own clone of the ``demo`` one.
Tests marked ``demo`` run against the demo clone, every other test against the base clone;
each test still runs in a transaction that is rolled back. The suite is ordered so that a
process reaches all its base tests before its demo tests, so it switches at most once.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from django.core.cache import caches
from django.db import connections

from tests.snapshots import Store


class ProcessDatabases:
    def __init__(self, store: Store, workdir: Path, media_root: Path):
        self.store = store
        self.workdir = workdir
        self.media_root = media_root
        self.prefix = f"test_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
        self.names: dict[str, str] = {}
        self.wanted = "base"
        self.current: str | None = None
        self.configured = False

    def configure(self) -> None:
        """Called once Django's test environment is set up: connect to the wanted clone."""
        settings_dict = connections["default"].settings_dict
        if settings_dict["ENGINE"] == "django.db.backends.sqlite3":
            # A throwaway copy: no need to wait for the disk.
            options = settings_dict.setdefault("OPTIONS", {})
            options["init_command"] = "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;"
        self.configured = True
        self.apply()

    def want(self, kind: str) -> None:
        self.wanted = kind
        if self.configured:
            self.apply()

    def apply(self) -> None:
        kind = self.wanted
        if kind == self.current:
            return
        if kind not in self.names:
            self.store.ensure(kind)
            self.names[kind] = self.store.clone(kind, f"{self.prefix}_{kind}", self.workdir)
            if kind == "demo":  # the demo's images and documents, for its pages to serve
                shutil.copytree(self.store.media, self.media_root, dirs_exist_ok=True)
        for connection in connections.all(initialized_only=True):
            if connection.in_atomic_block:
                raise RuntimeError(
                    "A test needs the demo database but a transaction is still open: a module- "
                    "or class-scoped fixture holds one across demo and non-demo tests."
                )
            connection.close()
        connections["default"].settings_dict["NAME"] = self.names[kind]
        for cache in caches.all(initialized_only=True):
            cache.clear()
        self.current = kind

    def teardown(self) -> None:
        for connection in connections.all(initialized_only=True):
            connection.close()
        for name in self.names.values():
            self.store.drop(name)
