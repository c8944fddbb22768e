"""The pages the browser suite audits with axe: every page type, language, direction and width.

Auditing every demo page in two languages took two and a half minutes and showed each
template many times over; auditing every page type in all six languages still ran axe
seventy times on the same templates. The sample shows each template in both directions at
both widths, and each language at both widths:

* for each page type (its first English page, as ``tests/browser/seed.py`` finds it):
  English at 1280 px and Arabic at 320 px; every second type also in one of the other
  languages, at the widths the component states below do not already show them at (Polish,
  Romanian and Ukrainian at 1280 px, Romanian at 320 px first); untranslated pages come out in
  their aliases, with the "not yet translated" notice, and partly translated ones with theirs;
* the component states no demo page shows by itself: not found, pagination, no results,
  unknown filter values (the sign form's error summary is in the journey tests);
* the pages that routes of a page type serve, which the sitemap does not list: the whole
  charter on one page (``<charter>/full/``), the finder's printable list, a service's
  "report a problem" form and a resource's "request an accessible format" form; and the finder
  near a town, near a postcode and finding nothing, the library filtered and finding nothing.

Every page type in every language, at both widths, is also opened without JavaScript
(``test_without_javascript.py``) and checked for its language, direction, one ``h1`` and no
sideways scrolling. A page type with no page in the demo is missing from the sample, and
the coverage test fails until the demo has one.
"""

from __future__ import annotations

from dataclasses import dataclass

DIRECTIONS = {"en": "ltr", "pl": "ltr", "ro": "ltr", "uk": "ltr", "ar": "rtl", "ur": "rtl"}
WIDE, NARROW = 1280, 320
#: The other languages and widths, given in turn to every second page type.
OTHERS = [
    ("pl", WIDE),
    ("ro", NARROW),
    ("uk", WIDE),
    ("ro", WIDE),
    ("ur", NARROW),
    ("pl", NARROW),
    ("uk", NARROW),
    ("ur", WIDE),
]


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


def type_visits(types: dict[str, str]) -> list[Visit]:
    visits = []
    for number, (label, path) in enumerate(sorted(types.items())):
        rest = path.removeprefix("/en/")
        visits += [
            Visit(label, f"/en/{rest}", "en", WIDE),
            Visit(label, f"/ar/{rest}", "ar", NARROW),
        ]
        if number % 2 == 0:
            code, width = OTHERS[number // 2 % len(OTHERS)]
            visits.append(Visit(label, f"/{code}/{rest}", code, width))
    return visits


NO_RESULTS = "[role=status] + p.govuk-body"
WHOLE_CHARTER = ".hub-full-charter__principle"
DISTANCE = ".service-result__distance"
NO_SERVICES = ".service-finder__empty"
PRINTED = ".service-print__item"
REPORT = "partners/hollowmere-community-hub/digital-help-at-the-community-larder/report/"
CARD = ".resource-card"
NO_RESOURCES = ".resource-library__empty"
REQUEST = "partners/elmshire-libraries/how-to-set-up-an-email-account/request-format/"
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
    Visit("finder near a town", "/en/find-help/?area=hollowmere", "en", NARROW, shows=DISTANCE),
    Visit("finder near a postcode", "/ar/find-help/?postcode=EL6+2PL", "ar", NARROW, 200, DISTANCE),
    Visit("finder, nothing found", "/en/find-help/?q=zzzz-nothing", "en", WIDE, shows=NO_SERVICES),
    Visit("finder, nothing found", "/ar/find-help/?q=zzzz-nothing", "ar", NARROW, 200, NO_SERVICES),
    Visit(
        "finder, bad postcode",
        "/pl/find-help/?postcode=XYZ&page=abc",
        "pl",
        NARROW,
        400,
        shows=".govuk-error-summary",
    ),
    Visit("printable list", "/en/find-help/print/?area=hollowmere", "en", NARROW, shows=PRINTED),
    Visit("printable list", "/ur/find-help/print/", "ur", WIDE, shows=PRINTED),
    Visit("report a problem", f"/en/{REPORT}", "en", NARROW, shows="form[method=post]"),
    Visit("report a problem", f"/ur/{REPORT}", "ur", NARROW, shows="form[method=post]"),
    Visit(
        "library, filtered",
        "/pl/resources/?topic=staying-safe&sort=title",
        "pl",
        NARROW,
        shows=CARD,
    ),
    Visit(
        "library, nothing found", "/en/resources/?q=zzzz-nothing", "en", NARROW, shows=NO_RESOURCES
    ),
    Visit("library, nothing found", "/ar/resources/?q=zzzz", "ar", WIDE, 200, NO_RESOURCES),
    Visit(
        "library, unknown filter",
        "/uk/resources/?format=nonsense&page=abc",
        "uk",
        NARROW,
        400,
        shows=".govuk-error-summary",
    ),
    Visit("request a format", f"/en/{REQUEST}", "en", WIDE, shows="form[method=post]"),
    Visit("request a format", f"/ar/{REQUEST}", "ar", NARROW, shows="form[method=post]"),
]
