"""A real demo hub served in a subprocess, and headless Chromium (Debian's) driven by Playwright.

The server runs on a copy of the demo database that ``make run`` would load (see
``hub_server``), so the browser tests see what a newcomer sees.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests import snapshots
from tests.browser.server import server_env

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
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


@pytest.fixture(scope="session")
def hub_server(tmp_path_factory):
    """Base URL of a demo hub running on 127.0.0.1; stopped by its pid after the session.

    The server gets its own copy of the demo snapshot (``tests/snapshots.py``): a SQLite
    file, or a ``<name>_browser`` database cloned on the PostgreSQL server DATABASE_URL
    names. The copy then gets a few more partners (``tests/browser/seed.py``) so that the
    directory shows its pagination, and the seed names each page type's first page.
    """
    tmp = tmp_path_factory.mktemp("hub-server")
    store = snapshots.store()
    store.ensure("demo")
    database = store.clone("demo", "browser", tmp)
    shutil.copytree(store.media, tmp / "media")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": store.url_for(database),
        "MEDIA_ROOT": str(tmp / "media"),
        "PYTHONUNBUFFERED": "1",
        # The sign-the-charter form treats posts within this many seconds as bots.
        "CHARTER_FORM_MIN_SECONDS": "1",
        # Fewer wrong passwords lock signing in, so the lockout journey is quicker to walk.
        "LOGIN_FAILURE_LIMIT": "3",
    }
    seeded = subprocess.run(
        [sys.executable, "-m", "tests.browser.seed"],
        env=env, check=True, cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    server_env["page_types"] = json.loads(seeded.stdout.strip().splitlines()[-1])
    port = _free_port()
    log = (tmp / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "runserver", f"127.0.0.1:{port}",
         "--noreload", "--nostatic"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    server_env["env"] = env
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
        store.drop(database)
        shutil.rmtree(tmp / "media", ignore_errors=True)


@pytest.fixture(scope="session")
def page_types(hub_server) -> dict[str, str]:
    """Each page type's label and its first English page's path, as the seed found them."""
    return dict(server_env["page_types"])


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
    # axe-core is injected as an inline script, which the site's CSP rightly refuses;
    # test_content_security_policy.py checks the pages under the policy.
    context = _context(
        playwright_instance,
        tmp_path_factory,
        viewport={"width": 1280, "height": 900},
        bypass_csp=True,
    )
    yield context
    context.close()


@pytest.fixture(scope="session")
def strict_context(playwright_instance, tmp_path_factory):
    """A browser that obeys the Content-Security-Policy, for checking the policy itself."""
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


@pytest.fixture(scope="session")
def located_context(playwright_instance, tmp_path_factory):
    """A browser that shares a location in Hollowmere when a page asks for it."""
    context = _context(
        playwright_instance,
        tmp_path_factory,
        viewport={"width": 1280, "height": 900},
        bypass_csp=True,
        geolocation={"latitude": 52.416, "longitude": -1.735},
        permissions=["geolocation"],
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
