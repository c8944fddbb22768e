"""The hub is the base the feature apps build on: it imports none of them."""

import ast
from pathlib import Path

from django.conf import settings

FEATURE_APPS = {"charter", "partners", "resources", "events", "search"}


def _imported_top_level_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_hub_imports_no_feature_app():
    hub = Path(settings.BASE_DIR) / "hub"
    offenders = {
        str(path.relative_to(hub)): sorted(_imported_top_level_packages(path) & FEATURE_APPS)
        for path in hub.rglob("*.py")
        if _imported_top_level_packages(path) & FEATURE_APPS
    }
    assert offenders == {}
