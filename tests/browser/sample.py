"""The pages the browser suite audits: every page type in every language, and each state.

Auditing every demo page in two languages took two and a half minutes and showed each
template many times over. The sample shows each template, language, direction and width:

* for each page type (read from ``data-page-type`` on the English pages of the sitemap),
  its first page in all six languages: English at 1280 px, Arabic at 320 px, and Polish,
  Urdu, Romanian and Ukrainian at 1280 or 320 px in turn, from one type to the next, so
  each language meets both widths; untranslated pages come out in their aliases, with the
  "not yet translated" notice, and partly translated ones with theirs;
* the component states no demo page shows by itself: not found, pagination, no results,
  unknown filter values (the sign form's error summary is in the journey tests);
* the pages that routes of a page type serve, which the sitemap does not list: the whole
  charter on one page (``<charter>/full/``).

A page type with no page in the demo is missing from the sample, and the coverage test
fails until the demo has one.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass

DIRECTIONS = {"en": "ltr", "pl": "ltr", "ro": "ltr", "uk": "ltr", "ar": "rtl", "ur": "rtl"}
OTHERS = ["pl", "ur", "ro", "uk"]
WIDE, NARROW = 1280, 320
PAGE_TYPE = re.compile(r'<body[^>]* data-page-type="([^"]+)"')


@dataclass(frozen=True)
class Visit:
    what: str  # a page type's label, or the name of a state
    path: str
    language: str
    width: int
    status: int = 200
    shows: str = ""  # a CSS selector the state must put on the page

    @property
    def direction(self) -> str:
        return DIRECTIONS[self.language]

    def __str__(self) -> str:
        return f"{self.what} {self.path} at {self.width}px"


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our server
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def page_types(base_url: str) -> dict[str, str]:
    """Each page type's first English page in the sitemap (shallowest, then A-Z)."""
    _status, xml = fetch(f"{base_url}/sitemap.xml")
    paths = {re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)}
    english = sorted((p for p in paths if p.startswith("/en/")), key=lambda p: (p.count("/"), p))
    types: dict[str, str] = {}
    for path in english:
        match = PAGE_TYPE.search(fetch(base_url + path)[1])
        if match:
            types.setdefault(match.group(1), path)
    return types


def type_visits(types: dict[str, str]) -> list[Visit]:
    visits = []
    for number, (label, path) in enumerate(sorted(types.items())):
        rest = path.removeprefix("/en/")
        visits += [
            Visit(label, f"/en/{rest}", "en", WIDE),
            Visit(label, f"/ar/{rest}", "ar", NARROW),
        ]
        visits += [
            Visit(label, f"/{code}/{rest}", code, (WIDE, NARROW)[(number + index) % 2])
            for index, code in enumerate(OTHERS)
        ]
    return visits


NO_RESULTS = "[role=status] + p.govuk-body"
WHOLE_CHARTER = ".hub-full-charter__principle"
STATE_VISITS = [
    Visit("not found", "/en/no-such-page/", "en", WIDE, 404),
    Visit("not found", "/ar/no-such-page/", "ar", WIDE, 404),
    Visit("pagination", "/en/partners/?page=2", "en", NARROW, shows=".govuk-pagination"),
    Visit("pagination", "/ur/partners/?page=2", "ur", WIDE, shows=".govuk-pagination"),
    Visit("no results", "/en/partners/?q=zzzz-nobody", "en", WIDE, shows=NO_RESULTS),
    Visit("no results", "/ar/partners/?q=zzzz-nobody", "ar", NARROW, shows=NO_RESULTS),
    Visit(
        "unknown filters",
        "/pl/partners/?sector=nonsense&page=abc",
        "pl",
        NARROW,
        shows=".govuk-error-summary",
    ),
    Visit("partly translated", "/pl/about/", "pl", NARROW, shows=".hub-untranslated"),
    Visit("partly translated", "/ar/about/", "ar", WIDE, shows=".hub-untranslated"),
    Visit("whole charter", "/en/charter/full/", "en", WIDE, shows=WHOLE_CHARTER),
    Visit("whole charter", "/ar/charter/full/", "ar", NARROW, shows=WHOLE_CHARTER),
    Visit("whole charter", "/ur/charter/full/", "ur", WIDE, shows=WHOLE_CHARTER),
]
