"""The finder and its print view make the same number of queries at any scale.

The site grows from a handful of services to 5,000 (built in bulk: a page row, a service
row, a venue, a location, a kind and two sessions each, in a few seconds); each URL's
queries are counted before and after. Run with ``-s`` to see them.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services.factories import PostcodeDistrictFactory
from services.models import ServicePage

from .finder_builders import bulk_services, finder_site

URLS = {
    "finder": "",
    "filtered": "?kind=get-online&free=1&access=step-free&no_booking=1",
    "open now, Polish spoken": "?open_now=1&language=pl",
    "near a town": "?area=hollowmere",
    "near a postcode, 5 miles": "?postcode=EL6+2AB&radius=5",
    "near me, page 3": "?lat=52.03&lng=-1.49&page=3",
    "print view": "print/?area=fernley",
}


def count_queries(client, url) -> int:
    """Queries of a request with warm caches, the fewer of two measurements (see
    tests/partners/test_query_counts.py for why)."""
    client.get(url)
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(queries))
    return min(counts)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_services(client, settings):
    settings.POSTCODE_API_URL = ""
    cache.clear()
    site = finder_site()
    PostcodeDistrictFactory(outward_code="EL6", latitude=52.0, longitude=-1.5)
    kinds = list(site["kinds"].values())
    base = site["finder"].url
    urls = {name: base + query for name, query in URLS.items()}

    bulk_services(site["alder"], 60, kinds, prefix="Small")
    small = {name: count_queries(client, url) for name, url in urls.items()}

    bulk_services(site["birch"], 4940, kinds, prefix="Big")
    assert ServicePage.objects.live().count() == 5000
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    big = {name: count_queries(client, url) for name, url in urls.items()}

    print("\nFinder queries per request (60 -> 5,000 services):")
    for name in urls:
        print(f"  {name:<28} {small[name]:>3} -> {big[name]:>3}")
    assert big == small
    assert big["finder"] <= 30
