"""Keyboard use, focus visibility, small screens and zoom on the demo home page."""

import pytest

pytestmark = pytest.mark.browser


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {tag: el.tagName, href: el.getAttribute('href'), id: el.id,
                    outline: style.outlineStyle, shadow: style.boxShadow,
                    bg: style.backgroundColor};
        }"""
    )


def test_skip_link_is_first_visible_on_focus_and_moves_to_main(hub_server, page):
    page.goto(f"{hub_server}/en/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["href"] == "#main-content"
    box = page.locator(".govuk-skip-link").bounding_box()
    assert box and box["height"] >= 24 and box["width"] > 50
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main-content"
    page.keyboard.press("Tab")
    # The next stop is inside main, not back in the header.
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_focus_order_follows_the_page_and_every_stop_is_visible(hub_server, page):
    page.goto(f"{hub_server}/en/")
    expected = page.evaluate(
        """() => Array.from(document.querySelectorAll('a[href], button, input, select, textarea'))
            .filter(el => el.offsetParent !== null || el.classList.contains('govuk-skip-link'))
            .map(el => el.getAttribute('href') || el.name || el.tagName)"""
    )
    seen = []
    for _ in range(len(expected)):
        page.keyboard.press("Tab")
        state = focused(page)
        seen.append(state["href"] or state["tag"])
        visible_focus = (
            state["outline"] not in ("none", "")
            or state["shadow"] not in ("none", "")
            or state["bg"] not in ("rgba(0, 0, 0, 0)", "transparent")
        )
        assert visible_focus, f"no visible focus on {state}"
    assert seen == expected[: len(seen)]


@pytest.mark.parametrize("path", ["/en/", "/ar/", "/pl/about/", "/ur/accessibility-statement/"])
def test_nothing_scrolls_sideways_at_320_pixels(hub_server, browser_context, path):
    tab = browser_context.new_page()
    tab.set_viewport_size({"width": 320, "height": 640})
    tab.goto(hub_server + path)
    overflow = tab.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    tab.close()
    assert overflow <= 0


def test_text_reflows_at_400_percent_zoom(hub_server, browser_context):
    """400% zoom of a 1280px window is a 320 CSS-pixel viewport with 4x device pixels."""
    context_page = browser_context.new_page()
    context_page.set_viewport_size({"width": 320, "height": 256})
    context_page.goto(f"{hub_server}/en/accessibility-statement/")
    overflow = context_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    heading_visible = context_page.locator("h1").is_visible()
    context_page.close()
    assert overflow <= 0
    assert heading_visible


def test_pages_print_without_navigation(hub_server, page):
    page.goto(f"{hub_server}/en/")
    page.emulate_media(media="print")
    assert page.locator(".govuk-service-navigation").is_hidden()
    assert page.locator("h1").is_visible()
