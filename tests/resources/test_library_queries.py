"""The library and its feeds make the same number of queries at any scale.

The library grows from a handful of resources to 5,000 (built in bulk: a page row, a
resource row and a topic link each, in a few seconds); each URL's queries are counted
before and after. Run with ``-s`` to see them.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import ResourcePage

from .library_builders import bulk_resources, library_site

URLS = {
    "library": "",
    "filtered": "?topic=email&audience=residents&format=guide&language=en",
    "search, A to Z, page 2": "?q=guide&sort=title&page=2",
    "RSS feed": "feed/rss/?topic=devices",
    "Atom feed": "feed/atom/",
}


def count_queries(client, url) -> int:
    """Queries of a request with warm caches, the fewer of two measurements."""
    client.get(url)
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(queries))
    return min(counts)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_resources(client):
    cache.clear()
    site = library_site()
    topics = list(site["topics"].values())
    base = site["library"].url
    urls = {name: base + query for name, query in URLS.items()}

    bulk_resources(site["alder"], 60, topics, prefix="Small")
    small = {name: count_queries(client, url) for name, url in urls.items()}

    bulk_resources(site["birch"], 2000, topics, prefix="Middle")
    middle = {name: count_queries(client, url) for name, url in urls.items()}

    bulk_resources(site["library"], 2940, topics, prefix="Big")
    assert ResourcePage.objects.live().count() == 5000
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    big = {name: count_queries(client, url) for name, url in urls.items()}

    print("\nLibrary queries per request (60 -> 2,060 -> 5,000 resources):")
    for name in urls:
        print(f"  {name:<24} {small[name]:>3} -> {middle[name]:>3} -> {big[name]:>3}")
    assert big == middle == small
    assert big["library"] <= 30
