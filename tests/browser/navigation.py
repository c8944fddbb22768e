"""Clicking what loads a new page, then waiting for that page before looking at it.

Playwright's ``click`` returns once the navigation has started, not finished, so reading the page
straight after a form post can still see the old one on a busy machine.
"""


def follow(locator, timeout=30_000):
    """Click a link or submit button and wait until the page it loads has loaded."""
    with locator.page.expect_navigation(timeout=timeout):
        locator.click()
