"""axe-core finds no WCAG 2.2 A/AA (or best-practice) violations on the sampled pages.

The sample (``tests/browser/sample.py``) holds every page type left to right and right to
left, at 1280 and 320 CSS pixels, every site language at both widths, and the component
states. Each page is also checked for one ``h1``, its language and direction, and no
sideways scrolling. Every page type in every language is opened in
``test_without_javascript.py``.
"""

import pytest
from django.apps import apps
from wagtail.models import Page, get_page_models

from tests.browser.axe import run_axe
from tests.browser.probe import probe
from tests.browser.sample import DIRECTIONS, NARROW, STATE_VISITS, WIDE, type_visits

pytestmark = pytest.mark.browser

PROJECT_APPS = {"hub", "charter", "partners", "resources", "events", "search"}


@pytest.fixture(scope="session")
def sample(page_types):
    return page_types, type_visits(page_types) + STATE_VISITS


def test_sample_has_every_page_type_both_ways_and_every_language_at_both_widths(sample):
    types, visits = sample
    expected = {
        model._meta.label_lower
        for model in get_page_models()
        if model is not Page
        and model._meta.app_label in PROJECT_APPS
        and apps.is_installed(model.__module__.split(".")[0])
    }
    missing = expected - set(types)
    assert not missing, f"page types with no demo page, so not audited: {sorted(missing)}"
    combinations = {(visit.language, visit.width) for visit in visits}
    assert combinations == {(code, width) for code in DIRECTIONS for width in (WIDE, NARROW)}
    for label in types:
        seen = {(visit.direction, visit.width) for visit in visits if visit.what == label}
        assert {direction for direction, _ in seen} == {"ltr", "rtl"}, f"{label}: one direction"
        assert {width for _, width in seen} == {WIDE, NARROW}, f"{label}: one width"


def test_sampled_pages_have_no_axe_violations_and_reflow(hub_server, sample, page, subtests):
    _types, visits = sample
    untranslated = set()
    for visit in visits:
        with subtests.test(msg=str(visit)):
            page.set_viewport_size({"width": visit.width, "height": 900})
            response = page.goto(hub_server + visit.path)
            assert response.status == visit.status
            found = probe(page, "h1", ".hub-untranslated", visit.shows or "h1")
            assert (found["lang"], found["dir"]) == (visit.language, visit.direction)
            assert found["counts"]["h1"] == 1
            assert found["counts"][visit.shows or "h1"] >= 1, visit.shows
            assert found["overflow"] <= 0
            if found["counts"][".hub-untranslated"]:
                untranslated.add(visit.direction)
            assert run_axe(page) == []
    # The "not yet translated" notice and its English content were audited both ways.
    assert untranslated == {"ltr", "rtl"}


def test_the_audit_reports_a_violation_it_is_shown(hub_server, page):
    """axe, as the suite runs it, names an image with no text alternative on a real page."""
    page.goto(hub_server + "/en/")
    page.evaluate("document.querySelector('main').append(document.createElement('img'))")
    assert "image-alt" in {violation["id"] for violation in run_axe(page)}
