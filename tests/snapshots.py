"""Migrated and demo-loaded databases, built once and cloned for every test process.

Migrating a new database takes about fifteen seconds and building the demo as long again
(twice that on PostgreSQL), so the suite builds two snapshots once and clones them:

* ``base``: the migrated database, holding only what migrations make (locales, groups,
  the comms workflow);
* ``demo``: base plus the demo hub exactly as ``make run`` loads it, with its media files
  and what the loader printed.

Each snapshot is built by ``manage.py`` in a subprocess, as a newcomer's ``make run`` would.
Snapshots are kept in ``.make/test-db/<sqlite|postgres>-<key>/``, the key hashed from all
that shapes them (the apps with their migrations, factories and demo content, the templates,
the pinned requirements, this module and the date), so the next run that day reuses them
and any change to that source builds them anew. SQLite snapshots are files, copied;
PostgreSQL snapshots are template databases on the test server, cloned with
``CREATE DATABASE … TEMPLATE``. A file lock lets parallel test processes (and the browser
leg) share one build.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dj_database_url
from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
STORE = ROOT / ".make" / "test-db"
KINDS = ("base", "demo")
KEY_SOURCES = (
    "hub",
    "charter",
    "partners",
    "services",
    "resources",
    "events",
    "search",
    "templates",
    "requirements/constraints.txt",
    "pyproject.toml",
    "tests/snapshots.py",
)
SQLITE_URL = "sqlite:///"


def database_url() -> str:
    """The tests' database server: DATABASE_URL, or SQLite when it names none."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else SQLITE_URL


def _source_files():
    for name in KEY_SOURCES:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and "__pycache__" not in child.parts and child.suffix != ".mo":
                    yield child


def source_key(url: str) -> str:
    """A short hash of the snapshot's sources, the server it lives on, and today's date.

    The demo dates its progress updates and overdue pledges from the day it is built, so a
    snapshot is kept for one day at most.
    """
    digest = hashlib.sha256(datetime.date.today().isoformat().encode())
    server = dj_database_url.parse(url) if url != SQLITE_URL else {}
    digest.update(repr([server.get(k) for k in ("ENGINE", "HOST", "PORT", "NAME")]).encode())
    for path in _source_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def manage(*args: str, database_url: str, media_root: Path) -> str:
    """Run a management command under the test settings against one database; its output."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "PYTHONUNBUFFERED": "1",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


class Store:
    """The snapshots for one database server, in ``.make/test-db/<server>-<key>/``."""

    def __init__(self, url: str | None = None):
        self.url = url or database_url()
        self.key = source_key(self.url)
        self.server = "sqlite" if self.url == SQLITE_URL else "postgres"
        self.dir = STORE / f"{self.server}-{self.key}"
        self.media = self.dir / "media"
        self.demo_log = self.dir / "demo.log"

    def ensure(self, kind: str) -> None:
        """Build the snapshot unless a complete one is there (one builder at a time)."""
        assert kind in KINDS, kind
        if self._ready(kind):
            return
        STORE.mkdir(parents=True, exist_ok=True)
        with FileLock(STORE / ".lock"):
            if self._ready(kind):
                return
            if kind == "demo":
                self.ensure_unlocked("base")
            self.ensure_unlocked(kind)

    def ensure_unlocked(self, kind: str) -> None:
        if self._ready(kind):
            return
        if kind == "base":
            self._forget_other_keys()
            self.dir.mkdir(parents=True, exist_ok=True)
            self._build_base()
        else:
            shutil.rmtree(self.media, ignore_errors=True)
            self.demo_log.write_text(self._build_demo())
        (self.dir / f"{kind}.ok").touch()

    def _ready(self, kind: str) -> bool:
        return (self.dir / f"{kind}.ok").exists() and self._exists(kind)

    def _forget_other_keys(self) -> None:
        """Remove this server's snapshots of older sources (other servers' stay)."""
        for other in STORE.glob(f"{self.server}-*"):
            if other.is_dir() and other != self.dir:
                shutil.rmtree(other, ignore_errors=True)

    # Backend-specific parts --------------------------------------------------------------

    def _exists(self, kind: str) -> bool:
        raise NotImplementedError

    def _build_base(self) -> None:
        raise NotImplementedError

    def _build_demo(self) -> str:
        raise NotImplementedError

    def clone(self, kind: str, label: str, into: Path) -> str:
        """Copy a snapshot to a new database named after ``label``; return its NAME.

        SQLite copies are files in ``into``; PostgreSQL copies are named ``<name>_<label>``.
        """
        raise NotImplementedError

    def drop(self, name: str) -> None:
        raise NotImplementedError

    def url_for(self, name: str) -> str:
        raise NotImplementedError


class SqliteStore(Store):
    def path(self, kind: str) -> Path:
        return self.dir / f"{kind}.sqlite3"

    def _exists(self, kind: str) -> bool:
        return self.path(kind).exists()

    def _build_base(self) -> None:
        partial = self.path("base").with_suffix(".partial")
        partial.unlink(missing_ok=True)
        url = f"sqlite:///{partial}"
        manage("migrate", "--no-input", "-v", "0", database_url=url, media_root=self.media)
        partial.replace(self.path("base"))

    def _build_demo(self) -> str:
        partial = self.path("demo").with_suffix(".partial")
        shutil.copyfile(self.path("base"), partial)
        output = manage(
            "load_demo",
            "--quiet-logins",
            database_url=f"sqlite:///{partial}",
            media_root=self.media,
        )
        partial.replace(self.path("demo"))
        return output

    def clone(self, kind: str, label: str, into: Path) -> str:
        target = into / f"{label}.sqlite3"
        shutil.copyfile(self.path(kind), target)
        return str(target)

    def drop(self, name: str) -> None:
        Path(name).unlink(missing_ok=True)

    def url_for(self, name: str) -> str:
        return f"sqlite:///{name}"


class PostgresStore(Store):
    """Snapshots as template databases named ``<name>_snap_<key>_<kind>`` on the server."""

    def __init__(self, url: str | None = None):
        super().__init__(url)
        self.config = dj_database_url.parse(self.url)
        self.prefix = f"{self.config['NAME']}_snap_"

    def template(self, kind: str) -> str:
        return f"{self.prefix}{self.key}_{kind}"

    def _admin(self):
        import psycopg

        return psycopg.connect(
            dbname="postgres",
            user=self.config["USER"],
            password=self.config["PASSWORD"],
            host=self.config["HOST"] or None,
            port=self.config["PORT"] or None,
            autocommit=True,
        )

    def _databases(self) -> set[str]:
        with self._admin() as admin:
            return {row[0] for row in admin.execute("SELECT datname FROM pg_database")}

    def _exists(self, kind: str) -> bool:
        return self.template(kind) in self._databases()

    def _forget_other_keys(self) -> None:
        super()._forget_other_keys()
        stale = [
            name
            for name in self._databases()
            if name.startswith(self.prefix) and not name.startswith(self.template(""))
        ]
        for name in stale:
            self.drop(name)

    def _create(self, name: str, template: str | None = None) -> None:
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            suffix = f' TEMPLATE "{template}"' if template else ""
            admin.execute(f'CREATE DATABASE "{name}"{suffix}')

    def _build_base(self) -> None:
        self._create(self.template("base"))
        url = self.url_for(self.template("base"))
        manage("migrate", "--no-input", "-v", "0", database_url=url, media_root=self.media)

    def _build_demo(self) -> str:
        self._create(self.template("demo"), template=self.template("base"))
        return manage(
            "load_demo",
            "--quiet-logins",
            database_url=self.url_for(self.template("demo")),
            media_root=self.media,
        )

    def clone(self, kind: str, label: str, into: Path) -> str:
        name = f"{self.config['NAME']}_{label}"
        # Cloning needs the template to itself: one clone at a time across processes.
        with FileLock(STORE / ".lock"):
            self._create(name, template=self.template(kind))
        return name

    def drop(self, name: str) -> None:
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def url_for(self, name: str) -> str:
        address, _, query = self.url.partition("?")
        return address.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")


def store() -> Store:
    url = database_url()
    return SqliteStore(url) if url == SQLITE_URL else PostgresStore(url)
