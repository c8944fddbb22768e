"""Benchmark: the finder and its print view at 5,000 services (``make bench``).

Not part of the test suite (the file name does not start with ``test_``): it builds 5,000
services in bulk in the test database, then times each URL (median of repeated requests
with warm caches, through Django's test client, so without a web server's own time) and
counts its queries. ``BENCH_SERVICES`` changes the number of services.
"""

import os
import statistics
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services.factories import PostcodeDistrictFactory
from tests.services.finder_builders import bulk_services, finder_site

SERVICES = int(os.environ.get("BENCH_SERVICES", "5000"))
REPEAT = 7
URLS = {
    "finder, no filters": "",
    "finder, kind + free + step-free": "?kind=get-online&free=1&access=step-free",
    "finder, open now": "?open_now=1",
    "finder, near a town": "?area=hollowmere",
    "finder, near a postcode, 5 miles": "?postcode=EL6+2AB&radius=5",
    "finder, near me, page 10": "?lat=52.03&lng=-1.49&page=10",
    "print view (100 of 5,000)": "print/?area=fernley",
}


@pytest.mark.django_db
def test_bench_finder_at_5000_services(client, settings):
    settings.POSTCODE_API_URL = ""
    cache.clear()
    started = time.perf_counter()
    site = finder_site()
    PostcodeDistrictFactory(outward_code="EL6", latitude=52.0, longitude=-1.5)
    kinds = list(site["kinds"].values())
    bulk_services(site["alder"], SERVICES // 2, kinds, prefix="Alder")
    bulk_services(site["birch"], SERVICES - SERVICES // 2, kinds, prefix="Birch")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    built = time.perf_counter() - started
    print(f"\nFinder at {SERVICES:,} services ({connection.vendor}; built in {built:.1f} s)")
    print(f"  {'URL':<36} {'queries':>7} {'median ms':>10} {'max ms':>8}")
    for name, query in URLS.items():
        url = site["finder"].url + query
        client.get(url)  # warm
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        count = len(queries)  # now: each request empties Django's query log
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        print(f"  {name:<36} {count:>7} {statistics.median(times):>10.0f} {max(times):>8.0f}")
