"""Finding digital help in a real browser: near me by town, postcode and location; printing."""

import re
import time

import pytest

from tests.browser.axe import run_axe
from tests.browser.navigation import follow

pytestmark = pytest.mark.browser

FINDER = "/{code}/find-help/"
SUBMIT = "form[data-finder-form] button[type='submit']"
RESULT = ".service-result"


def distances(tab) -> list[float]:
    """The results' distances in miles, in page order (digits as the language writes them)."""
    texts = tab.locator(".service-result__distance").all_inner_texts()
    numbers = [re.search(r"\d+(?:[.,٫]\d+)?", text) for text in texts]
    return [float(n.group().replace(",", ".").replace("٫", ".")) for n in numbers if n]


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_near_me_by_town_without_javascript_sorts_by_distance(
    hub_server, nojs_page, page, code, direction
):
    nojs_page.goto(hub_server + FINDER.format(code=code))
    nojs_page.locator("select[name='area']").select_option("hollowmere")
    follow(nojs_page.locator(SUBMIT))

    assert "area=hollowmere" in nojs_page.url
    # "Use my location" needs JavaScript, so without it the button is not offered.
    assert not nojs_page.get_by_role("button", name=re.compile("location|موقع")).is_visible()
    assert nojs_page.locator("html").get_attribute("dir") == direction
    assert nojs_page.locator(RESULT).count() > 0
    miles = distances(nojs_page)
    assert miles and miles == sorted(miles)
    # The count is announced: the heading sits in a live region.
    assert nojs_page.locator("[role=status] #results").count() == 1
    page.goto(nojs_page.url)
    assert run_axe(page) == []


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_near_me_by_postcode_and_the_printable_list(hub_server, nojs_page, page, code, direction):
    nojs_page.goto(hub_server + FINDER.format(code=code))
    nojs_page.locator("input[name='postcode']").fill("el6 2pl")
    follow(nojs_page.locator(SUBMIT))

    assert nojs_page.locator(".govuk-error-summary").count() == 0
    miles = distances(nojs_page)
    assert miles and miles == sorted(miles) and miles[0] < 2
    first = nojs_page.locator(f"{RESULT} h3 a").first.inner_text()

    follow(nojs_page.locator("a[href*='/print/']").first)
    assert "/print/" in nojs_page.url and "postcode=" in nojs_page.url
    assert nojs_page.locator("html").get_attribute("dir") == direction
    assert first in nojs_page.locator("main").inner_text()
    page.goto(nojs_page.url)
    assert run_axe(page) == []


def test_a_postcode_that_is_not_one_is_summarised_with_the_help_line(hub_server, page):
    response = page.goto(hub_server + FINDER.format(code="ur") + "?postcode=NOT+A+CODE&page=abc")
    assert response.status == 400
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible() and page.locator("html").get_attribute("dir") == "rtl"
    assert "01632 960 123" in summary.inner_text()  # the demo's help line
    target = summary.locator("a").first.get_attribute("href")
    assert page.locator(target).count() == 1
    assert run_axe(page) == []


def test_use_my_location_fills_the_form_and_sorts_by_distance(hub_server, located_context):
    tab = located_context.new_page()
    try:
        tab.goto(hub_server + FINDER.format(code="en"))
        button = tab.get_by_role("button", name="Use my location")
        assert button.is_visible()
        button.click()
        tab.wait_for_url(re.compile(r"lat=52\.41"))
        miles = distances(tab)
        assert miles and miles == sorted(miles) and miles[0] < 1
        assert tab.get_by_role("link", name="Stop using my location").is_visible()
    finally:
        tab.close()


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_reporting_a_problem_with_a_listing_without_javascript(
    hub_server, nojs_page, page, code, direction
):
    nojs_page.goto(hub_server + FINDER.format(code=code) + "?q=larder")
    follow(nojs_page.locator(f"{RESULT} h3 a").first)
    service_url = nojs_page.url
    follow(nojs_page.locator("a[href$='/report/']"))
    assert nojs_page.url == service_url + "report/"

    time.sleep(1.2)  # slower than the bot check's minimum fill time
    follow(nojs_page.locator("form[method='post'] button[type='submit']"))
    summary = nojs_page.locator(".govuk-error-summary")
    assert summary.is_visible() and nojs_page.locator("html").get_attribute("dir") == direction
    assert nojs_page.locator(summary.locator("a").first.get_attribute("href")).count() == 1
    # The same errors with JavaScript on, audited with axe.
    page.goto(nojs_page.url)
    time.sleep(1.2)
    follow(page.locator("form[method='post'] button[type='submit']"))
    assert page.locator(".govuk-error-summary").is_visible()
    assert run_axe(page) == []

    nojs_page.locator("input[name='kind']").first.check()
    nojs_page.locator("textarea[name='details']").fill("The Tuesday session has moved to 1pm.")
    time.sleep(1.2)
    follow(nojs_page.locator("form[method='post'] button[type='submit']"))
    assert nojs_page.url == service_url + "report/sent/"
    assert nojs_page.locator("main h1").count() == 1
    page.goto(nojs_page.url)
    assert run_axe(page) == []


def test_the_partner_sees_the_report_about_its_listing_in_the_admin(hub_server, page):
    page.context.clear_cookies()
    page.goto(hub_server + FINDER.format(code="en") + "?q=larder")
    follow(page.locator(f"{RESULT} h3 a").first)
    follow(page.locator("a[href$='/report/']"))
    page.locator("input[name='kind']").first.check()
    page.locator("textarea[name='details']").fill("The Tuesday session has moved to 1pm.")
    time.sleep(1.2)
    page.locator("form[method='post'] button[type='submit']").click()
    page.wait_for_url(re.compile(r"/report/sent/$"))

    page.goto(f"{hub_server}/admin/login/")
    page.get_by_label("Username").fill("partner1")
    page.get_by_label("Password").fill("charterhub-partner1")
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{hub_server}/admin/problem_reports/")
    assert "The Tuesday session has moved" not in page.content()  # details stay one click away
    assert page.get_by_text("Digital help at the community larder").count() >= 1
    page.context.clear_cookies()
