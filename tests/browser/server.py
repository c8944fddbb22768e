"""Reach the browser tests' demo server from a test (no tests here)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: The environment the server runs in, filled by the ``hub_server`` fixture.
server_env: dict[str, dict] = {}


def manage_on_server(*args: str) -> None:
    """Run a management command against the browser server's database."""
    manage = [sys.executable, str(ROOT / "manage.py"), *args]
    subprocess.run(manage, env=server_env["env"], check=True, cwd=ROOT, capture_output=True)
