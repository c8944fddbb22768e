"""The charter and partner journeys in a real browser: signing, filtering, self-service."""

import re
import time

import pytest

from tests.browser.axe import run_axe
from tests.browser.navigation import follow

pytestmark = pytest.mark.browser

SIGN_PATH = "/{code}/charter/sign/"
DIRECTORY_PATH = "/{code}/partners/"


def sign_in(page, hub_server, username, password):
    page.context.clear_cookies()
    page.goto(f"{hub_server}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/$"))


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_sign_form_errors_are_summarised_accessibly_and_answers_kept(
    hub_server, page, code, direction
):
    page.goto(hub_server + SIGN_PATH.format(code=code))
    page.locator("#id_organisation_name").fill("Brindle Lane Tenants")
    time.sleep(1.2)  # slower than the bot check's minimum fill time
    follow(page.locator("form[method='post'] button[type='submit']"))

    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    assert summary.get_attribute("dir") == direction
    assert page.title().startswith(("Error:", "خطأ"))
    links = summary.locator("a")
    assert links.count() >= 4  # type, areas, name, email, principles, pledges, consent
    assert page.locator("#id_organisation_name").input_value() == "Brindle Lane Tenants"
    # Each summary link leads to a field that carries its own message.
    target = links.first.get_attribute("href")
    assert page.locator(target).count() == 1
    assert page.locator(".govuk-error-message").count() == links.count()
    assert run_axe(page) == []


def test_signing_the_charter_without_javascript_reaches_the_admin_queue(
    hub_server, nojs_page, page
):
    nojs_page.goto(hub_server + SIGN_PATH.format(code="en"))
    nojs_page.get_by_label("Organisation name").fill("Brindle Lane Tenants Association")
    nojs_page.get_by_label("Housing").check()
    nojs_page.locator("input[name='areas']").first.check()
    nojs_page.get_by_label("Your full name").fill("Amira Haddad")
    nojs_page.get_by_label("Email address").fill("amira@brindle-lane.example.org")
    nojs_page.locator("input[name='principles']").first.check()
    nojs_page.get_by_label("Your first pledge or pledges").fill(
        "Run a weekly digital drop-in in the community room, with loan tablets."
    )
    nojs_page.locator("input[name='consent']").check()
    time.sleep(1.2)
    follow(nojs_page.get_by_role("button", name="Send application"))

    assert nojs_page.url.endswith("?sent=1")
    assert nojs_page.locator(".govuk-panel--confirmation h1").is_visible()
    reference = nojs_page.locator(".govuk-panel--confirmation").inner_text()
    assert re.search(r"CHA-\d{4}-\d{4,}", reference), reference
    # The thank-you page, with the reference the session keeps, is audited too.
    page.context.add_cookies(nojs_page.context.cookies())
    page.goto(nojs_page.url)
    assert re.search(r"CHA-\d{4}-\d{4,}", page.locator(".govuk-panel--confirmation").inner_text())
    assert run_axe(page) == []
    page.context.clear_cookies()

    sign_in(page, hub_server, "comms", "charterhub-comms")
    page.goto(f"{hub_server}/admin/charter-applications/")
    assert page.get_by_role("link", name="Brindle Lane Tenants Association").count() == 1
    page.context.clear_cookies()


def test_directory_filters_work_without_javascript_and_stay_accessible(hub_server, nojs_page, page):
    nojs_page.goto(hub_server + DIRECTORY_PATH.format(code="en"))
    everyone = nojs_page.locator(".hub-partner").count()
    nojs_page.get_by_label("Sector").select_option("education")
    follow(nojs_page.get_by_role("button", name="Apply filters"))

    assert "sector=education" in nojs_page.url
    shown = nojs_page.locator(".hub-partner")
    assert 0 < shown.count() < everyone
    for index in range(shown.count()):
        assert "Education" in shown.nth(index).locator(".hub-partner__facts").inner_text()
    assert re.search(r"\d+ partners? match", nojs_page.locator("#results").inner_text())

    page.goto(nojs_page.url)
    assert run_axe(page) == []
    page.goto(hub_server + DIRECTORY_PATH.format(code="ar") + "?sector=nonsense&page=abc")
    assert page.locator("h1").count() == 1
    assert run_axe(page) == []


def test_partner_user_sees_their_own_organisation_first(hub_server, page):
    sign_in(page, hub_server, "partner1", "charterhub-partner1")
    try:
        assert page.get_by_text("Hollowmere Community Hub").count() >= 1
        assert page.get_by_text("Elmshire College").count() == 0
    finally:
        page.context.clear_cookies()
