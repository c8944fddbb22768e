"""The default Wagtail Site's host and port, from the SITE_URL setting.

Wagtail builds absolute links (open data, feeds, e-mails, sitemaps) from the Site's host
and port; left at Wagtail's first ``localhost:80`` they point nowhere. The Site follows
``SITE_URL`` after every ``migrate`` and when the demo is built.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def host_and_port(url: str) -> tuple[str, int]:
    """``("hub.example.org", 443)`` for ``https://hub.example.org/``."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"SITE_URL must be an http:// or https:// address with a host name, not {url!r}."
        )
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def apply_site_url(**_signal_kwargs) -> Site | None:
    """Point the default Site at SITE_URL; returns the Site, or None when there is none."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = host_and_port(settings.SITE_URL)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site
