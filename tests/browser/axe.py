"""axe-core, from npm, run in the page under test (no tests here)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
#: Where the test server serves it (``hub/settings/test.py``), so Chromium caches it.
AXE_URL = "/static/test-tools/axe-core/axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def run_axe(tab) -> list[dict]:
    """Run axe-core's WCAG 2.2 A/AA and best-practice rules; return the violations."""
    if not AXE_JS.exists():
        raise RuntimeError("axe-core is not installed: run `make test` (npm ci installs it).")
    tab.add_script_tag(url=AXE_URL)
    result = tab.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                      resultTypes: ['violations'], reporter: 'no-passes'})""",
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
