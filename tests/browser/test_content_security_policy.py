"""The pages work under their Content-Security-Policy: the browser refuses nothing they need."""

import re

import pytest

pytestmark = pytest.mark.browser

PUBLIC = ["/en/", "/ar/progress/", "/en/charter/sign/", "/en/partners/", "/pl/about/"]


def violations_on(tab, url, action=None) -> list[str]:
    messages = []
    tab.on("console", lambda message: messages.append(message.text))
    if action is None:
        tab.goto(url)
    else:
        action()
    tab.wait_for_load_state("networkidle")
    return [text for text in messages if "Content Security Policy" in text]


def test_public_pages_load_everything_under_the_strict_policy(hub_server, strict_context):
    tab = strict_context.new_page()
    try:
        for path in PUBLIC:
            response = tab.goto(hub_server + path)
            policy = response.headers["content-security-policy"]
            assert "script-src 'self';" in policy + ";"
            assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
            assert violations_on(tab, hub_server + path) == [], path
    finally:
        tab.close()


def test_an_inline_script_is_refused_on_public_pages(hub_server, strict_context):
    tab = strict_context.new_page()
    try:
        tab.goto(f"{hub_server}/en/")
        with pytest.raises(Exception, match=re.compile("Content Security Policy|CSP", re.I)):
            tab.add_script_tag(content="window.injected = true;")
        assert tab.evaluate("window.injected === undefined")
    finally:
        tab.close()


def test_the_admin_editor_works_under_its_policy(hub_server, strict_context):
    tab = strict_context.new_page()
    try:
        tab.goto(f"{hub_server}/admin/login/")
        tab.get_by_label("Username").fill("comms")
        tab.get_by_label("Password").fill("charterhub-comms")

        def sign_in():
            tab.get_by_role("button", name=re.compile("Sign in", re.I)).click()
            tab.wait_for_url(re.compile(r"/admin/$"))

        assert violations_on(tab, None, sign_in) == []
        # An English page: a translated one opens wagtail-localize's translation editor.
        tab.goto(f"{hub_server}/admin/pages/?locale=en")
        edit = tab.locator("a[href*='/edit/']").first.get_attribute("href")
        assert violations_on(tab, hub_server + edit) == []
        assert tab.locator("[data-draftail-editor], .Draftail-Editor, form#page-edit-form").count()
    finally:
        strict_context.clear_cookies()
        tab.close()
