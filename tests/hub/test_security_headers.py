"""Security headers on public pages, the admin, documents and error pages (DEBUG off)."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import path
from wagtail.documents import get_document_model

from hub import urls as hub_urls

PERMISSIONS = "camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=()"


def directives(response) -> dict[str, str]:
    policy = response.headers["Content-Security-Policy"]
    return {
        part.split()[0]: " ".join(part.split()[1:])
        for part in (p.strip() for p in policy.split(";"))
        if part
    }


def broken_view(request):
    raise RuntimeError("the database went away")


urlpatterns = [path("broken/", broken_view), *hub_urls.urlpatterns]


def assert_common(response):
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    for feature in PERMISSIONS.split(", "):
        assert feature in response["Permissions-Policy"]
    assert "Server" not in response


@pytest.mark.django_db
def test_public_pages_allow_no_inline_or_foreign_script(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert_common(response)
    policy = directives(response)
    assert policy["script-src"] == "'self'"
    assert policy["default-src"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'" and policy["form-action"] == "'self'"


@pytest.mark.django_db
def test_the_admin_gets_the_policy_wagtails_editor_needs(client):
    response = client.get("/admin/login/")
    assert_common(response)
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"


@pytest.mark.django_db
def test_documents_may_run_and_load_nothing(client):
    document = get_document_model().objects.create(
        title="Annual report", file=ContentFile(b"<script>alert(1)</script>", name="report.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert_common(response)
    assert directives(response)["default-src"] == "'none'"  # Wagtail's serve view sets it
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.django_db
def test_a_missing_document_answers_under_the_document_policy(client):
    response = client.get("/documents/999999/missing.pdf")
    assert response.status_code == 404
    assert directives(response) == {
        "default-src": "'none'",
        "frame-ancestors": "'none'",
        "sandbox": "",
    }


@pytest.mark.django_db
def test_the_not_found_page_has_the_headers(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert_common(response)
    assert directives(response)["script-src"] == "'self'"


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_the_server_error_page_has_the_headers():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert_common(response)
    assert directives(response)["script-src"] == "'self'"
