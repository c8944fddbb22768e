"""The hub is the base the feature apps build on: it imports none of them."""

import ast
from pathlib import Path

from django.conf import settings

FEATURE_APPS = {"charter", "partners", "services", "resources", "events", "search"}


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


def test_partners_services_and_resources_import_only_what_they_build_on():
    """Services and resources build on partners (and hub); partners imports neither, and
    neither imports the other: what they share lives in hub or partners."""
    root = Path(settings.BASE_DIR)
    may_not_import = {
        "partners": {"services", "resources"},
        "services": {"resources"},
        "resources": {"services"},
    }
    offenders = {
        str(path.relative_to(root)): sorted(_imported_top_level_packages(path) & forbidden)
        for app, forbidden in may_not_import.items()
        for path in (root / app).rglob("*.py")
        if _imported_top_level_packages(path) & forbidden
    }
    assert offenders == {}


def test_the_charter_names_no_app_that_builds_on_it():
    """Partners (and later services, events, resources) add to the charter through its hooks."""
    charter = Path(settings.BASE_DIR) / "charter"
    offenders = {}
    for path in charter.rglob("*.py"):
        imported = _imported_top_level_packages(path) & (FEATURE_APPS - {"charter"})
        text = path.read_text("utf-8")
        labels = [app for app in FEATURE_APPS - {"charter"} if f'"{app}.' in text]
        if imported or labels:
            offenders[str(path.relative_to(charter))] = sorted(imported | set(labels))
    assert offenders == {}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_partner_self_service_does_not_depend_on_joining_the_charter():
    """Approving an application gives access through self-service, never the other way."""
    self_service = Path(settings.BASE_DIR) / "partners" / "self_service"
    assert (self_service / "access.py").exists()
    offenders = {
        str(path.relative_to(self_service)): sorted(
            name for name in _imported_modules(path) if name.startswith("partners.joining")
        )
        for path in self_service.rglob("*.py")
        if any(name.startswith("partners.joining") for name in _imported_modules(path))
    }
    assert offenders == {}
