"""Every journey works with JavaScript switched off."""

import pytest

pytestmark = pytest.mark.browser


def test_every_public_page_works_without_javascript(hub_server, public_paths, nojs_page):
    for path in public_paths:
        response = nojs_page.goto(hub_server + path)
        assert response.status == 200, path
        assert nojs_page.locator("main h1").count() == 1, path
        assert nojs_page.locator("script:not([type='application/json'])").count() == 0, path


def test_changing_language_and_following_the_menu_without_javascript(hub_server, nojs_page):
    nojs_page.goto(f"{hub_server}/en/")
    nojs_page.get_by_role("link", name="العربية").click()
    assert nojs_page.locator("html").get_attribute("dir") == "rtl"
    assert nojs_page.url.endswith("/ar/")
    nojs_page.locator(".govuk-service-navigation__link").nth(1).click()
    assert nojs_page.locator("main h1").count() == 1
    assert nojs_page.locator("html").get_attribute("lang") == "ar"
