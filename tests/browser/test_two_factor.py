"""A partner turns on two-factor authentication and signs in with it, in a real browser."""

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP

from tests.browser.axe import run_axe
from tests.browser.navigation import follow
from tests.browser.server import manage_on_server

pytestmark = pytest.mark.browser

USERNAME, PASSWORD = "partner2", "charterhub-partner2"


def app_code(secret: str) -> str:
    """What an authenticator app shows now for the key typed from the setup page."""
    token = TOTP(b32decode(secret.replace(" ", "")), step=30, t0=0, digits=6, drift=0)
    token.time = time.time()
    return f"{token.token():06d}"


def sign_in(tab, server):
    tab.goto(f"{server}/admin/login/")
    tab.get_by_label("Username").fill(USERNAME)
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name=re.compile("Sign in", re.I)).click()


def test_a_partner_turns_it_on_then_signs_in_with_a_recovery_code(hub_server, page):
    page.context.clear_cookies()
    try:
        sign_in(page, hub_server)
        page.wait_for_url(re.compile(r"/admin/$"))
        page.goto(f"{hub_server}/admin/account/")
        page.get_by_role("tab", name="More actions").click()
        follow(page.get_by_role("link", name="Two-factor authentication"))

        assert page.locator("h1").inner_text() == "Set up two-factor authentication"
        assert page.locator(".two-factor-qr svg title").count() == 1
        assert run_axe(page) == []
        secret = page.locator("[data-secret]").inner_text()
        page.get_by_label("Code").fill("000000")
        page.get_by_role("button", name="Turn on two-factor authentication").click()
        page.get_by_role("alert").get_by_text("There is a problem").wait_for()
        page.wait_for_timeout(2100)  # django-otp's pause after a wrong code
        page.get_by_label("Code").fill(app_code(secret))
        follow(page.get_by_role("button", name="Turn on two-factor authentication"))

        assert page.locator("h1").inner_text() == "Save your recovery codes"
        codes = [c.replace(" ", "") for c in page.locator("[data-recovery-code]").all_inner_texts()]
        assert len(codes) == 10
        assert run_axe(page) == []
        page.get_by_role("link", name="I have saved my codes").click()
        page.wait_for_url(re.compile(r"/admin/"))

        page.context.clear_cookies()
        sign_in(page, hub_server)
        page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
        assert page.locator("h1").inner_text() == "Enter your code"
        assert run_axe(page) == []
        page.goto(f"{hub_server}/admin/pages/")  # the password alone opens nothing
        page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
        page.get_by_label("Code").fill(codes[0])
        page.get_by_role("button", name="Continue").click()
        page.wait_for_url(re.compile(r"/admin/pages/"))
        assert page.get_by_text("Codes left: 9").count() == 1
    finally:
        manage_on_server("reset_two_factor", USERNAME)
        page.context.clear_cookies()
