"""The resource library in a real browser: filtering without JavaScript, a resource, a request."""

import time

import pytest

from tests.browser.axe import run_axe
from tests.browser.navigation import follow

pytestmark = pytest.mark.browser

LIBRARY = "/{code}/resources/"
SUBMIT = "form[method='get'] button[type='submit']"
CARD = ".resource-card"
RESOURCE = "partners/elmshire-libraries/how-to-set-up-an-email-account/"


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_filtering_the_library_without_javascript(hub_server, nojs_page, page, code, direction):
    nojs_page.goto(hub_server + LIBRARY.format(code=code))
    everything = nojs_page.locator(CARD).count()
    assert everything > 0
    nojs_page.locator("input[name='audience'][value='frontline']").check()
    nojs_page.locator("select[name='sort']").select_option("title")
    follow(nojs_page.locator(SUBMIT).first)

    assert "audience=frontline" in nojs_page.url and "sort=title" in nojs_page.url
    assert nojs_page.locator("html").get_attribute("dir") == direction
    titles = nojs_page.locator(f"{CARD} h3").all_inner_texts()
    assert 0 < len(titles) <= everything
    assert nojs_page.locator("input[name='audience'][value='frontline']").is_checked()
    assert nojs_page.locator("[role=status]").count() >= 1
    page.goto(nojs_page.url)
    assert run_axe(page) == []


def test_the_library_feed_lists_the_newest_resources(hub_server, page):
    response = page.request.get(hub_server + LIBRARY.format(code="en") + "feed/atom/")
    assert response.status == 200
    assert "<feed" in response.text() and response.text().count("<entry>") > 0


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_requesting_an_accessible_format_without_javascript(
    hub_server, nojs_page, page, code, direction
):
    resource_url = f"{hub_server}/{code}/{RESOURCE}"
    nojs_page.goto(resource_url)
    assert nojs_page.locator("main h1").count() == 1
    follow(nojs_page.locator("a[href*='/request-format/']").first)
    assert "/request-format/" in nojs_page.url

    # The errors with JavaScript on, audited with axe.
    page.goto(nojs_page.url)
    time.sleep(1.2)  # slower than the bot check's minimum fill time
    follow(page.locator("form[method='post'] button[type='submit']"))
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible() and page.locator("html").get_attribute("dir") == direction
    assert page.locator(summary.locator("a").first.get_attribute("href")).count() == 1
    assert run_axe(page) == []

    nojs_page.locator("input[name='needed_format']").first.check()
    nojs_page.locator("input[name='name']").fill("Grace Obi")
    nojs_page.locator("input[name='email']").fill("grace@example.org")
    time.sleep(1.2)
    follow(nojs_page.locator("form[method='post'] button[type='submit']"))
    assert nojs_page.url.startswith(resource_url) and nojs_page.url.endswith("/sent/")
    assert nojs_page.locator("main h1").count() == 1
    page.goto(nojs_page.url)
    assert run_axe(page) == []
