"""The support-services demo: its data files, and the demo hub as ``make run`` loads it.

Tests that take the ``demo`` fixture read the session's demo snapshot (tests/snapshots.py);
none of them builds the demo again.
"""

import datetime
import math
import re
import tomllib
from collections import Counter

from django.conf import settings
from django.db.models import Count
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from hub.demo import data
from hub.models import HomePage
from partners.models import Area
from services import demo
from services.languages import SPOKEN_LANGUAGES
from services.models import (
    HelpKind,
    OpeningException,
    OpeningSession,
    PostcodeDistrict,
    ServiceFinderPage,
    ServicePage,
    Venue,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
KIND_CODES = {
    "get-online-skills",
    "devices",
    "data-and-sims",
    "wifi-and-computers",
    "forms-and-benefits",
    "accessibility",
    "digital-champions",
    "phone-support",
}
TOP_TASK_LINK = re.compile(r'class="govuk-link hub-top-tasks__link" href="([^"]+)"')
#: Services whose text the demo's PO files translate into every language.
TRANSLATED_SERVICES = {
    "Free wifi and computers at Fernley Library",
    "Get online weekly drop-in at Elmbridge Central Library",
    "Digital Help Line",
    "Help with Universal Credit journals and claims",
    "Data-SIM bank",
    "Tablet loans with home support",
}


def _miles(a, b) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 3958.8 * math.asin(math.sqrt(h))


def _service_texts() -> list[dict]:
    return [text for group in data.read_each("services", "services") for text in group["services"]]


# The data files (no database) --------------------------------------------------------------


def test_opening_lines_become_sessions_for_each_day_and_span():
    rows = demo.sessions(["Mon-Wed 09:30-12:30 13:30-17:00", "Sat 10:00-12:00"])
    assert [(r.weekday, r.opens_at.hour, r.closes_at.hour) for r in rows] == [
        (0, 9, 12),
        (0, 13, 17),
        (1, 9, 12),
        (1, 13, 17),
        (2, 9, 12),
        (2, 13, 17),
        (5, 10, 12),
    ]
    assert demo.weekdays("Tue,Thu") == [1, 3]
    assert demo.weekdays("Mon,Wed-Fri") == [0, 2, 3, 4]


def test_only_the_coming_six_months_of_closures_are_listed():
    december = demo.coming_closures(datetime.date(2026, 12, 2))
    assert [(c["starts_on"], c["ends_on"]) for c in december][:2] == [
        (datetime.date(2026, 12, 24), datetime.date(2026, 12, 28)),
        (datetime.date(2027, 1, 1), None),
    ]
    assert all(c["starts_on"] <= datetime.date(2027, 6, 3) for c in december)
    # On Christmas Eve the closure under way is still listed; last spring's is not.
    eve = demo.coming_closures(datetime.date(2027, 12, 26))
    assert eve[0]["starts_on"] == datetime.date(2027, 12, 24)
    assert datetime.date(2027, 5, 31) not in {c["starts_on"] for c in eve}


def test_changed_hours_fall_on_a_day_the_service_opens():
    rows = demo.sessions(["Wed 10:00-12:00"])
    text = {"changes": [{"in_days": 1, "opens": "11:00", "closes": "12:00", "note": "Late"}]}
    monday = datetime.date(2026, 11, 30)
    (change,) = demo.exceptions(text, rows, [], monday)
    assert change.starts_on == datetime.date(2026, 12, 2) and not change.closed


def test_every_service_names_a_known_partner_venue_kind_and_language():
    partners = {
        tomllib.loads(path.read_text("utf-8"))["slug"]
        for path in (data.folder("partners") / "partners").glob("*.toml")
    }
    venues = {venue["key"] for venue in data.read("services", "venues")["venues"]}
    texts = _service_texts()
    assert 55 <= len(texts) <= 65
    for text in texts:
        assert text["partner"] in partners, text["title"]
        assert set(text.get("venues", [])) <= venues, text["title"]
        assert set(text["kinds"]) <= KIND_CODES, text["title"]
        assert set(text.get("languages", [])) <= set(SPOKEN_LANGUAGES), text["title"]
        assert text.get("venues") or text.get("by_phone") or text.get("online"), text["title"]
    assert len({text["title"] for text in texts}) == len(texts)


def test_postcode_table_covers_the_demo_postcodes_near_their_towns():
    places = data.read("services", "venues")
    rows = (data.folder("services") / "postcode_districts.csv").read_text().splitlines()
    districts = {
        code: (float(lat), float(lon)) for code, lat, lon in (r.split(",") for r in rows[1:])
    }
    assert set(districts) == {f"EL{n}" for n in range(1, 10)}
    for venue in places["venues"]:
        outward = venue["postcode"].split()[0]
        assert _miles(districts[outward], venue["at"]) < 2, venue["key"]
        assert _miles(places["areas"][venue["town"]], venue["at"]) < 2, venue["key"]


# The loaded demo -----------------------------------------------------------------------------


def test_kinds_of_help_are_translated_into_every_language_with_the_same_codes(demo):
    english = HelpKind.objects.filter(locale__language_code="en")
    assert set(english.values_list("code", flat=True)) == KIND_CODES
    for kind in english:
        source = TranslationSource.objects.get(object_id=kind.translation_key)
        translations = Translation.objects.filter(source=source)
        targets = set(translations.values_list("target_locale__language_code", flat=True))
        assert targets == set(OTHER_LANGUAGES), kind.code
    arabic = {k.code: k for k in HelpKind.objects.filter(locale__language_code="ar")}
    assert set(arabic) == KIND_CODES
    assert arabic["devices"].name != english.get(code="devices").name
    assert arabic["devices"].translation_key == english.get(code="devices").translation_key


def test_areas_districts_and_venues_have_consistent_places(demo):
    areas = Area.objects.all()
    assert areas.exists() and not areas.filter(latitude__isnull=True).exists()
    assert PostcodeDistrict.objects.count() == 9
    venues = Venue.objects.select_related("area")
    assert 20 <= venues.count() <= 30
    for venue in venues:
        assert venue.area is not None, venue
        centre = (venue.area.latitude, venue.area.longitude)
        assert _miles(centre, (venue.latitude, venue.longitude)) < 2, venue
    assert venues.filter(step_free=False).exists() and venues.filter(bsl=True).exists()
    assert venues.exclude(directions="").count() >= 5


def test_sixty_live_services_spread_across_kinds_partners_and_towns(demo):
    services = ServicePage.objects.live().filter(locale__language_code="en")
    assert 55 <= services.count() <= 65
    per_kind = Counter(services.values_list("kinds__code", flat=True))
    assert set(per_kind) == KIND_CODES and min(per_kind.values()) >= 3
    partners = {page.get_parent().slug for page in services}
    assert len(partners) >= 15
    towns = set(services.values_list("locations__venue__town", flat=True)) - {None}
    assert towns == set(Area.objects.values_list("name", flat=True))
    assert services.filter(by_phone=True, locations__isnull=True).exists()
    assert services.filter(online=True).exists()
    assert services.filter(languages__code="bfi").exists()
    spoken = set(services.values_list("languages__code", flat=True))
    assert {"pl", "ur", "ar", "uk", "ro", "bfi"} <= spoken
    paid = services.filter(is_free=False)
    assert 2 <= paid.count() <= 10 and not paid.filter(fees="").exists()
    assert services.filter(minimum_age__isnull=False).count() >= 10
    assert services.exclude(booking="not_needed").count() >= 10
    # Published through revisions, as an editor's service would be.
    assert not services.filter(latest_revision__isnull=True).exists()


def test_opening_hours_have_split_days_saturdays_and_coming_exceptions(demo):
    services = ServicePage.objects.live().filter(locale__language_code="en")
    per_day = (
        OpeningSession.objects.filter(page__in=services)
        .values("page", "weekday")
        .annotate(n=Count("id"))
    )
    assert per_day.filter(n__gt=1).values("page").distinct().count() >= 5
    assert services.filter(opening_sessions__weekday=5).count() >= 10
    today = timezone.localdate()
    exceptions = OpeningException.objects.filter(page__in=services)
    assert exceptions.filter(closed=True).exists()
    assert all(e.last_day >= today for e in exceptions)
    changed = exceptions.filter(closed=False)
    assert changed.exists()
    assert all(e.opens_at < e.closes_at and e.starts_on > today for e in changed)


def test_some_services_are_stale_and_most_were_checked_recently(demo):
    services = ServicePage.objects.live().filter(locale__language_code="en")
    today = timezone.localdate()
    year_ago = today - datetime.timedelta(days=365)
    assert 6 <= services.filter(last_checked__lt=year_ago).count() <= 10
    recent = services.filter(last_checked__gte=today - datetime.timedelta(days=120))
    assert recent.count() >= services.count() * 0.7
    assert not services.filter(last_checked__gt=today).exists()


def test_the_finder_is_the_first_top_task_in_every_language(demo, client):
    finder = ServiceFinderPage.objects.get(locale__language_code="en")
    for home in HomePage.objects.filter(alias_of__isnull=True):
        first = home.top_tasks[0]
        assert first.value["page"].translation_key == finder.translation_key, home.locale
    for code in LANGUAGES:
        html = client.get(f"/{code}/").content.decode()
        links = TOP_TASK_LINK.findall(html)
        assert links and links[0] == f"/{code}/find-help/", (code, links)


def test_the_finder_and_six_services_are_translated_and_the_rest_are_aliases(demo):
    finder = ServiceFinderPage.objects.get(locale__language_code="en")
    for title in [finder.title, *sorted(TRANSLATED_SERVICES)]:
        english = Page.objects.get(title=title, locale__language_code="en")
        translations = Translation.objects.filter(source__object_id=english.translation_key)
        codes = set(translations.values_list("target_locale__language_code", flat=True))
        assert codes == set(OTHER_LANGUAGES), title
        for translation in translations:
            page = translation.get_target_instance()
            assert page.live and page.alias_of_id is None and page.title != title
            total, done = translation.get_progress()
            assert done == total, (title, translation)
    untranslated = ServicePage.objects.get(
        title="Free wifi and computers at Kingsford Library", locale__language_code="en"
    )
    aliases = ServicePage.objects.filter(alias_of=untranslated)
    assert set(aliases.values_list("locale__language_code", flat=True)) == set(OTHER_LANGUAGES)
    # The opening hours, places and languages come with the service into every language.
    polish = aliases.get(locale__language_code="pl")
    assert polish.opening_sessions.count() == untranslated.opening_sessions.count() > 0
    assert polish.locations.count() == untranslated.locations.count() == 1
    assert polish.opening_exceptions.count() == untranslated.opening_exceptions.count()
