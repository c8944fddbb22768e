"""Small views outside the page tree: robots.txt, security.txt and a health check."""

import datetime

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from hub.models import HubSettings


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
@cache_control(no_store=True)
def healthz(request):
    """200 when the app can reach its database; load balancers take servers out otherwise."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    """RFC 9116: where to report a vulnerability (the partnership's contact address).

    ``Expires`` is a year ahead, so the file never goes stale while the site runs.
    """
    site = Site.find_for_request(request)
    contact = HubSettings.for_site(site).contact_email if site else ""
    if not contact:
        raise Http404("No contact address in the site settings.")
    expires = (timezone.now() + datetime.timedelta(days=365)).replace(microsecond=0)
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        f"Contact: mailto:{contact}",
        f"Expires: {expires.astimezone(datetime.UTC).isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: en",
        f"Canonical: {base}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
