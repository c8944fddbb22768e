"""A real demo hub served in a subprocess, and headless Chromium (Debian's) driven by Playwright.

The server gets its own database (a SQLite file, or a ``<name>_browser`` database on the
same PostgreSQL server when DATABASE_URL points at one), migrated and loaded with the demo
content exactly as ``make run`` does, so the browser tests see what a newcomer sees.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database_url(tmp: Path) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp / 'browser.sqlite3'}"
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    name = f"{config['NAME']}_browser"
    admin = psycopg.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"],
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        autocommit=True,
    )
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def hub_server(tmp_path_factory):
    """Base URL of a demo hub running on 127.0.0.1; stopped by its pid after the session."""
    tmp = tmp_path_factory.mktemp("hub-server")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": _browser_database_url(tmp),
        "MEDIA_ROOT": str(tmp / "media"),
        "PYTHONUNBUFFERED": "1",
        # The sign-the-charter form treats posts within this many seconds as bots.
        "CHARTER_FORM_MIN_SECONDS": "1",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo", "--quiet-logins"], env=env, check=True, cwd=ROOT)
    port = _free_port()
    log = (tmp / "server.log").open("w")
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--nostatic"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp / "server.log").read_text()) from None
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="session")
def playwright_instance():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            "Chromium is not installed: run `make test` as root or `apt-get install chromium`."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


def _context(playwright, tmp_path_factory, **options):
    return playwright.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("chromium-profile")),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        **options,
    )


@pytest.fixture(scope="session")
def browser_context(playwright_instance, tmp_path_factory):
    context = _context(
        playwright_instance, tmp_path_factory, viewport={"width": 1280, "height": 900}
    )
    yield context
    context.close()


@pytest.fixture(scope="session")
def nojs_context(playwright_instance, tmp_path_factory):
    context = _context(
        playwright_instance,
        tmp_path_factory,
        java_script_enabled=False,
        viewport={"width": 1280, "height": 900},
    )
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    tab = browser_context.new_page()
    yield tab
    tab.close()


@pytest.fixture
def nojs_page(nojs_context):
    tab = nojs_context.new_page()
    yield tab
    tab.close()


@pytest.fixture(scope="session")
def public_paths(hub_server):
    """Every page path in the demo sitemap (all languages), plus a missing page."""
    import re

    with urllib.request.urlopen(f"{hub_server}/sitemap.xml", timeout=10) as response:
        xml = response.read().decode()
    paths = sorted(
        {re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)}
    )
    assert paths, "the sitemap lists no pages"
    return paths


def run_axe(tab) -> list[dict]:
    """Run axe-core's WCAG 2.2 A/AA and best-practice rules; return the violations."""
    tab.add_script_tag(path=str(AXE_JS))
    result = tab.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                      resultTypes: ['violations']})""",
        AXE_TAGS,
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]
