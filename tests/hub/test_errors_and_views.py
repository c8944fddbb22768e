"""Bad input gets a translated 4xx, never a 500; robots.txt and the health check."""

import pytest
from django.test import Client


def test_unknown_page_is_a_translated_404(demo):
    response = Client().get("/pl/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr"' in html
    assert "<h1" in html and html.count("<h1") == 1


def test_unknown_page_in_a_right_to_left_language(demo):
    response = Client().get("/ar/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


def test_unknown_language_prefix_ends_in_a_404(demo):
    response = Client().get("/xx/", follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize(
    "query",
    ["?%ff=%fe", "?page=abc&page=2", "?q=" + "a" * 5000, "?%00=1", "?lang=../../etc/passwd"],
)
def test_malformed_query_strings_do_not_break_pages(demo, query):
    response = Client().get("/en/" + query)
    assert response.status_code in (200, 400)


def test_a_disallowed_host_gets_a_400_not_a_500(demo):
    response = Client().get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(db):
    response = Client().get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_health_check_reports_a_working_database(db):
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert Client().post("/healthz").status_code == 405


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_server_error_page_renders_without_the_database_in_the_readers_language(code, direction):
    """500.html must not depend on context processors or queries: the database may be down."""
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override(code):
        html = render_to_string("500.html")
    assert f'<html lang="{code}" dir="{direction}"' in html
    assert html.count("<h1") == 1
    assert 'href="#main-content"' in html


@pytest.mark.django_db
def test_security_txt_names_the_partnerships_contact_and_expires_in_a_year(home_page):
    import datetime

    from django.utils import timezone
    from wagtail.models import Site

    from hub.models import HubSettings

    settings_ = HubSettings.for_site(Site.objects.get(is_default_site=True))
    settings_.contact_email = "security@elmshire-digital.example"
    settings_.save()
    response = Client().get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:security@elmshire-digital.example"
    expires = datetime.datetime.fromisoformat(fields["Expires"])
    assert timezone.now() + datetime.timedelta(days=300) < expires
    assert expires < timezone.now() + datetime.timedelta(days=366)
    assert fields["Canonical"].endswith("/.well-known/security.txt")


@pytest.mark.django_db
def test_security_txt_is_not_found_without_a_contact_address(home_page):
    assert Client().get("/.well-known/security.txt").status_code == 404
