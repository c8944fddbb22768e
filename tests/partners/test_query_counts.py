"""The directory, dashboard and open data make the same number of queries at any scale.

One test grows a small site (5 partners, 20 pledges) to 500 partners and 2,000 pledges and
compares the queries each public URL makes before and after. Run with ``-s`` to see them.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from partners.factories import AreaFactory
from partners.models import PartnerPage, PledgePage

from .public_data import grow, make_structure

URLS = {
    "directory": "{directory}",
    "directory, filtered": "{directory}?sector=health&area=fernley",
    "directory by principle": "{directory}?principle=1&q=partner",
    "dashboard": "{dashboard}",
    "partners.csv": "{directory}open-data/partners/csv/",
    "pledges.json": "{directory}open-data/pledges/json/",
}


def count_queries(client, url) -> int:
    """Queries of a request with warm caches (site root paths, renditions), as a running site
    has them. The fewer of two measurements counts: a cached entry that expires between the
    warm-up and the measurement (a paused or very slow machine) adds a query once, where a
    query per item would show in both."""
    client.get(url)
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(queries))
    return min(counts)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_partners_or_pledges(client):
    from wagtail.images import get_image_model

    data = make_structure(("Signpost", "Share", "One team", "Equality", "People", "Benefits"))
    default = Locale.get_default()
    areas = [
        AreaFactory(name=name, slug=name.lower(), locale=default)
        for name in ("Elmbridge", "Fernley", "Hollowmere", "Kingsford")
    ]
    logo = get_image_model().objects.create(title="Logo", file=get_test_image_file())
    today = timezone.localdate()
    args = (data["directory"], data["principles"], areas)
    grow(*args, partners=5, pledges_each=4, today=today, logo=logo, prefix="Small")
    urls = {
        name: pattern.format(directory=data["directory"].url, dashboard=data["dashboard"].url)
        for name, pattern in URLS.items()
    }
    assert PledgePage.objects.count() == 20
    small = {name: count_queries(client, url) for name, url in urls.items()}

    grow(*args, partners=495, pledges_each=4, today=today, logo=logo, prefix="Big")
    assert PartnerPage.objects.live().count() == 500
    assert PledgePage.objects.live().count() == 2000
    if connection.vendor == "postgresql":
        # A running site's planner knows its tables' sizes (autovacuum analyses them after
        # bulk writes); without statistics PostgreSQL may plan the 2,000-pledge dashboard as
        # nested scans that take minutes. The query count does not depend on the plan.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    big = {name: count_queries(client, url) for name, url in urls.items()}

    print("\nQueries per request (5 partners/20 pledges -> 500 partners/2,000 pledges):")
    for name in urls:
        print(f"  {name:<28} {small[name]:>3} -> {big[name]:>3}")
    assert big == small
    # The listing itself is cheap; the rest is the page shell (menus, languages, settings).
    assert big["directory"] <= 30
    assert big["dashboard"] <= 30


@pytest.mark.django_db
def test_big_directory_shows_twenty_partners_a_page_with_logos(client):
    from wagtail.images import get_image_model

    data = make_structure()
    default = Locale.get_default()
    areas = [AreaFactory(name="Elmbridge", slug="elmbridge", locale=default)]
    logo = get_image_model().objects.create(title="Logo", file=get_test_image_file())
    grow(data["directory"], data["principles"], areas, 45, 1, datetime.date(2026, 6, 1), logo)
    response = client.get(data["directory"].url, {"page": "3"})
    cards = BeautifulSoup(response.content, "html.parser").select(".hub-partner")
    assert len(cards) == 5
    assert all(card.find("img")["alt"] == "" for card in cards)  # the name is beside it
    assert "45 partners have signed the charter" in response.content.decode()
