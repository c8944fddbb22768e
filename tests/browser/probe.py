"""Read what the browser suite checks on every page in one round trip to Chromium."""

PROBE = """selectors => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    pageType: document.body.getAttribute('data-page-type'),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    counts: Object.fromEntries(selectors.map(s => [s, document.querySelectorAll(s).length])),
})"""


def probe(tab, *selectors: str) -> dict:
    """The page's language, direction, page type, sideways overflow in CSS pixels, and how
    many elements match each selector (``counts``)."""
    return tab.evaluate(PROBE, list(selectors))
