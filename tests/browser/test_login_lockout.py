"""Signing in locks after repeated wrong passwords, in a real browser, with a clear page."""

import re

import pytest

from tests.browser.axe import run_axe
from tests.browser.navigation import follow
from tests.browser.server import manage_on_server, server_env

pytestmark = pytest.mark.browser


def test_wrong_passwords_lock_signing_in_and_the_comms_team_unlocks(hub_server, page, nojs_page):
    """The comms team, signed in before the lock, unlocks the account (without JavaScript)."""
    page.context.clear_cookies()
    comms = nojs_page
    comms.goto(f"{hub_server}/admin/login/")
    comms.get_by_label("Username").fill("comms")
    comms.get_by_label("Password").fill("charterhub-comms")
    comms.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    comms.wait_for_url(re.compile(r"/admin/$"))
    try:
        for _ in range(int(server_env["env"]["LOGIN_FAILURE_LIMIT"])):
            page.goto(f"{hub_server}/admin/login/")
            page.get_by_label("Username").fill("partner1")
            page.get_by_label("Password").fill("not-the-password")
            follow(page.get_by_role("button", name=re.compile("Sign in", re.I)))
        assert page.locator("h1").inner_text() == "Signing in is locked for now"
        # The right password does not get through while locked.
        page.goto(f"{hub_server}/admin/login/")
        page.get_by_label("Username").fill("partner1")
        page.get_by_label("Password").fill("charterhub-partner1")
        follow(page.get_by_role("button", name=re.compile("Sign in", re.I)))
        assert page.locator("h1").inner_text() == "Signing in is locked for now"
        assert page.get_by_role("link", name="Reset your password").count() == 1
        assert run_axe(page) == []

        comms.goto(f"{hub_server}/admin/lockouts/")
        assert comms.locator("h1").inner_text() == "Sign-in lockouts"
        follow(comms.get_by_role("button", name="Unlock partner1"))
        assert comms.get_by_text("Unlocked: partner1.").count() == 1
        # The address was locked by the same wrong passwords, so it is free again too.
        assert comms.get_by_text("No account is locked.").count() == 1
        assert comms.get_by_text("No address is locked.").count() == 1
        # Unlocked by the comms team, the right password gets in again.
        page.context.clear_cookies()
        page.goto(f"{hub_server}/admin/login/")
        page.get_by_label("Username").fill("partner1")
        page.get_by_label("Password").fill("charterhub-partner1")
        page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
        page.wait_for_url(re.compile(r"/admin/$"))
    finally:
        manage_on_server("axes_reset")  # whatever happened, unlock for the tests after this
        page.context.clear_cookies()
        comms.context.clear_cookies()
