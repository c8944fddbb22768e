"""Benchmark: the resource library and its feeds at 5,000 resources (``make bench``).

Not part of the test suite (the file name does not start with ``test_``): it builds 5,000
resources in bulk in the test database, then times each URL (median of repeated requests
with warm caches, through Django's test client, so without a web server's own time) and
counts its queries. ``BENCH_RESOURCES`` changes the number of resources.
"""

import os
import statistics
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.resources.library_builders import bulk_resources, library_site

RESOURCES = int(os.environ.get("BENCH_RESOURCES", "5000"))
REPEAT = 7
URLS = {
    "library, newest first": "",
    "library, topic + audience + format": "?topic=email&audience=residents&format=guide",
    "library, available in English": "?language=en",
    "library, search, A to Z": "?q=guide+000&sort=title",
    "library, page 100": "?page=100",
    "principle page (10 of 5,000)": None,
    "partner page": None,
    "RSS feed": "feed/rss/",
    "Atom feed, one topic": "feed/atom/?topic=devices",
}


@pytest.mark.django_db
def test_bench_library_at_5000_resources(client):
    cache.clear()
    started = time.perf_counter()
    site = library_site()
    topics = list(site["topics"].values())
    third = RESOURCES // 3
    bulk_resources(site["alder"], third, topics, prefix="Alder", principle=site["share"])
    bulk_resources(site["birch"], third, topics, prefix="Birch")
    bulk_resources(site["library"], RESOURCES - 2 * third, topics, prefix="Own")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    built = time.perf_counter() - started
    print(f"\nLibrary at {RESOURCES:,} resources ({connection.vendor}; built in {built:.1f} s)")
    print(f"  {'URL':<36} {'queries':>7} {'median ms':>10} {'max ms':>8}")
    own_pages = {
        "principle page (10 of 5,000)": site["share"].url,
        "partner page": site["alder"].url,
    }
    for name, query in URLS.items():
        url = own_pages[name] if query is None else site["library"].url + query
        client.get(url)  # warm
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        count = len(queries)
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        print(f"  {name:<36} {count:>7} {statistics.median(times):>10.0f} {max(times):>8.0f}")
