"""Every journey works with JavaScript switched off, on every page type in every language."""

import pytest

from tests.browser.navigation import follow
from tests.browser.probe import probe
from tests.browser.sample import DIRECTIONS, NARROW, WIDE

pytestmark = pytest.mark.browser


# Data blocks, and the enhancement modules from our own static files (the finder's "use my
# location"), which a browser without JavaScript skips; any other script is a dependency.
SCRIPTS = (
    "script:not([type='application/json']):not([type='application/ld+json'])"
    ":not([type='module'][src*='/static/'])"
)


def test_a_page_of_every_type_works_without_javascript_in_every_language(
    hub_server, page_types, nojs_page, subtests
):
    """Language, direction, one ``h1``, no script relied on, no sideways scroll at both widths."""
    for label, path in sorted(page_types.items()):
        for code, direction in DIRECTIONS.items():
            localized = f"/{code}/" + path.removeprefix("/en/")
            with subtests.test(msg=localized):
                response = nojs_page.goto(hub_server + localized)
                assert response.status == 200
                found = probe(nojs_page, "main h1", SCRIPTS)
                assert (found["pageType"], found["lang"], found["dir"]) == (label, code, direction)
                assert found["counts"] == {"main h1": 1, SCRIPTS: 0}
                for width in (NARROW, WIDE):
                    nojs_page.set_viewport_size({"width": width, "height": 900})
                    assert probe(nojs_page)["overflow"] <= 0, f"scrolls sideways at {width}px"


def test_changing_language_and_following_the_menu_without_javascript(hub_server, nojs_page):
    nojs_page.goto(f"{hub_server}/en/")
    follow(nojs_page.get_by_role("link", name="العربية"))
    assert nojs_page.locator("html").get_attribute("dir") == "rtl"
    assert nojs_page.url.endswith("/ar/")
    follow(nojs_page.locator(".govuk-service-navigation__link").nth(1))
    assert nojs_page.locator("main h1").count() == 1
    assert nojs_page.locator("html").get_attribute("lang") == "ar"
