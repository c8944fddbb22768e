"""The default Site's host and port follow SITE_URL, so absolute links are right."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from wagtail.models import Site

from hub.site_address import apply_site_url, host_and_port


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://hub.example.org", ("hub.example.org", 443)),
        ("https://hub.example.org/", ("hub.example.org", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://hub.example.org:8080/", ("hub.example.org", 8080)),
    ],
)
def test_host_and_port(url, expected):
    assert host_and_port(url) == expected


@pytest.mark.parametrize("url", ["hub.example.org", "ftp://hub.example.org", "https://", ""])
def test_a_bad_site_url_is_refused_with_a_clear_message(url):
    with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
        host_and_port(url)


@override_settings(SITE_URL="https://hub.example.org")
def test_the_default_site_follows_site_url_and_absolute_links_use_it(home_page):
    site = apply_site_url()
    assert (site.hostname, site.port) == ("hub.example.org", 443)
    assert Site.objects.get(is_default_site=True).root_url == "https://hub.example.org"
    assert home_page.full_url == "https://hub.example.org/en/"
