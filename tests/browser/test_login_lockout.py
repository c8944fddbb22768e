"""Signing in locks after repeated wrong passwords, in a real browser, with a clear page."""

import re

import pytest

from tests.browser.axe import run_axe
from tests.browser.server import manage_on_server

pytestmark = pytest.mark.browser


def test_wrong_passwords_lock_signing_in_with_a_page_that_says_what_to_do(hub_server, page):
    page.context.clear_cookies()
    try:
        for _ in range(8):  # LOGIN_FAILURE_LIMIT
            page.goto(f"{hub_server}/admin/login/")
            page.get_by_label("Username").fill("partner1")
            page.get_by_label("Password").fill("not-the-password")
            page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
        assert page.locator("h1").inner_text() == "Signing in is locked for now"
        # The right password does not get through while locked.
        page.goto(f"{hub_server}/admin/login/")
        page.get_by_label("Username").fill("partner1")
        page.get_by_label("Password").fill("charterhub-partner1")
        page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
        assert page.locator("h1").inner_text() == "Signing in is locked for now"
        assert page.get_by_role("link", name="Reset your password").count() == 1
        assert run_axe(page) == []
    finally:
        manage_on_server("axes_reset")  # unlock the account and this machine again
        page.context.clear_cookies()
    page.goto(f"{hub_server}/admin/login/")
    page.get_by_label("Username").fill("partner1")
    page.get_by_label("Password").fill("charterhub-partner1")
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.context.clear_cookies()
