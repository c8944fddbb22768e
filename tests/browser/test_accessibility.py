"""axe-core finds no WCAG 2.2 A/AA (or best-practice) violations on any public page."""

import pytest

from tests.browser.conftest import run_axe

pytestmark = pytest.mark.browser

LANGUAGES = [("en", "ltr"), ("ar", "rtl")]


def paths_in(public_paths, code):
    """Every page in the sitemap, as it is reached in this language (translated or not)."""
    english = [p for p in public_paths if p.startswith("/en/")]
    return sorted({f"/{code}/" + p.removeprefix("/en/") for p in english})


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_every_public_page_has_no_axe_violations(hub_server, public_paths, page, code, direction):
    failures = {}
    for path in paths_in(public_paths, code):
        response = page.goto(hub_server + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator("html").get_attribute("dir") == direction
        assert page.locator("h1").count() == 1, path
        violations = run_axe(page)
        if violations:
            failures[path] = violations
    assert failures == {}, "\n".join(
        f"{p}: {v['id']} {v['targets']}" for p, vs in failures.items() for v in vs
    )


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_not_found_page_has_no_axe_violations(hub_server, page, code, direction):
    response = page.goto(f"{hub_server}/{code}/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("dir") == direction
    assert run_axe(page) == []


def test_demo_covers_every_public_page_type(hub_server, public_paths, page):
    """The sitemap walk above reaches one page of each resident-facing page type."""
    from django.apps import apps
    from wagtail.models import Page, get_page_models

    seen_templates = set()
    for path in paths_in(public_paths, "en"):
        page.goto(hub_server + path)
        seen_templates.add(page.locator("body").get_attribute("data-page-type"))
    expected = {
        model._meta.label_lower
        for model in get_page_models()
        if model is not Page
        and model._meta.app_label in {"hub", "charter", "partners", "resources", "events", "search"}
        and apps.is_installed(model.__module__.split(".")[0])
    }
    assert expected <= seen_templates
