"""'Report a problem with this listing': the form, its spam rules, the e-mails, the admin."""

import copy
import time

import pytest
from django.core import mail
from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from partners.joining import spam
from services.factories import ServicePageFactory
from services.models import ProblemReport, ReportStatus
from tests.builders import publish, rolled_back
from tests.partners.test_joining_fixtures import (
    approve_partner,
    build_site,
    make_comms_user,
    make_user,
)

pytestmark = pytest.mark.django_db


def clear_caches():
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def empty_cache():
    clear_caches()
    yield
    clear_caches()


@pytest.fixture(scope="module")
def shared(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        tree = build_site()
        comms = make_comms_user()
        partner_a, user_a = approve_partner("Elmbridge Library", "staff@elmbridge.example", comms)
        partner_b, user_b = approve_partner("Fernley Trust", "staff@fernley.example", comms)
        service_a = publish(
            ServicePageFactory(parent=partner_a, title="Elmbridge computer help", slug="help")
        )
        service_b = publish(
            ServicePageFactory(parent=partner_b, title="Fernley SIM bank", slug="sims")
        )
        mail.outbox.clear()
        yield {
            **tree,
            "comms": comms,
            "partner_a": partner_a,
            "user_a": user_a,
            "partner_b": partner_b,
            "user_b": user_b,
            "service_a": service_a,
            "service_b": service_b,
        }


@pytest.fixture
def site(shared, db):
    mail.outbox.clear()
    return copy.deepcopy(shared)


def form_url(service) -> str:
    return service.url + "report/"


def old_token(seconds: int = 60) -> str:
    return spam.make_token(now=time.time() - seconds)


def valid_data(**changes):
    data = {
        "kind": "opening_times",
        "details": "It closes at 4pm on Fridays now.\nNot 5pm.",
        "name": "Ada Resident",
        "email": "ada@resident.example",
        spam.HONEYPOT_FIELD: "",
        spam.TOKEN_FIELD: old_token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def make_report(service, partner, **fields):
    return ProblemReport.objects.create(service=service, partner=partner, kind="other", **fields)


# The form ----------------------------------------------------------------------------------


def test_the_form_has_labelled_fields_a_hidden_honeypot_and_a_token(client, site):
    response = client.get(form_url(site["service_a"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Report a problem with this listing</h1>" in html
    assert "Elmbridge computer help" in html
    assert "What is wrong?</legend>" in html
    assert html.count('type="radio"') == 5
    for name in ("details", "name", "email"):
        assert f'for="id_{name}"' in html
    assert f'name="{spam.TOKEN_FIELD}"' in html
    assert '<div class="govuk-visually-hidden" aria-hidden="true">' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'href="{site["service_a"].url}"' in html


def test_a_valid_report_is_stored_and_redirects_to_the_thank_you_page(client, site):
    response = client.post(form_url(site["service_a"]), valid_data())
    assert response.status_code == 302
    assert response["Location"] == site["service_a"].url + "report/sent/"
    report = ProblemReport.objects.get()
    assert report.service_id == site["service_a"].pk
    assert report.partner_id == site["partner_a"].pk
    assert report.kind == "opening_times"
    assert report.details == "It closes at 4pm on Fridays now.\nNot 5pm."
    assert report.email == "ada@resident.example"
    assert report.status == ReportStatus.OPEN
    assert report.language == "en"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Thank you for your report" in thanks.content.decode()
    assert "no-cache" in thanks["Cache-Control"] or "max-age=0" in thanks["Cache-Control"]


def test_the_report_reaches_the_owning_partner_and_comms_not_other_partners(client, site):
    client.post(form_url(site["service_a"]), valid_data())
    assert len(mail.outbox) == 2
    recipients = [set(message.to) for message in mail.outbox]
    assert {site["user_a"].email} in recipients
    assert {site["comms"].email} in recipients
    everyone = set().union(*recipients)
    assert site["user_b"].email not in everyone
    for message in mail.outbox:
        assert "\n" not in message.subject
        assert "Elmbridge computer help" in message.subject
        assert message.reply_to == ["ada@resident.example"]
        assert "> It closes at 4pm on Fridays now.\n> Not 5pm." in message.body
        assert "The opening times are wrong" in message.body
        report = ProblemReport.objects.get()
        assert f"/admin/problem_reports/inspect/{report.pk}/" in message.body


def test_a_report_without_an_address_has_no_reply_to_and_still_reaches_comms(client, site):
    client.post(form_url(site["service_b"]), valid_data(email="", name=""))
    assert len(mail.outbox) == 2
    assert all(message.reply_to == [] for message in mail.outbox)
    assert {site["user_b"].email} in [set(message.to) for message in mail.outbox]


# Invalid input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": None}, "Select what is wrong with this listing"),
        ({"kind": "burn-it-down"}, "Select what is wrong from the list"),
        ({"details": "x" * 5000}, "Details must be 2000 characters or fewer"),
        ({"email": "not an address"}, "Enter an email address in the correct format"),
        ({"email": "a@b.example\nBcc: victim@example.org"}, "Enter an email address"),
        ({"name": "Ada\r\nBcc: victim@example.org"}, "Use one line without special characters"),
    ],
)
def test_invalid_reports_show_the_error_summary_and_store_nothing(client, site, changes, message):
    response = client.post(form_url(site["service_a"]), valid_data(**changes))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="govuk-error-summary"' in html
    assert message in html
    assert "<title>Error:" in html
    assert not ProblemReport.objects.exists()
    assert mail.outbox == []


# Spam --------------------------------------------------------------------------------------


def test_the_honeypot_gets_the_thank_you_page_and_stores_nothing(client, site):
    response = client.post(form_url(site["service_a"]), valid_data(extra_notes="buy now"))
    assert response.status_code == 302
    assert not ProblemReport.objects.exists()
    assert mail.outbox == []


def test_a_post_sooner_than_the_minimum_time_stores_nothing(client, site):
    response = client.post(form_url(site["service_a"]), valid_data(form_started=spam.make_token()))
    assert response.status_code == 302
    assert not ProblemReport.objects.exists()


@pytest.mark.parametrize("token", [None, "", "forged", old_token() + "x"])
def test_a_missing_or_forged_token_is_refused_with_a_clear_message(client, site, token):
    response = client.post(form_url(site["service_a"]), valid_data(form_started=token))
    assert response.status_code == 400
    html = response.content.decode()
    assert "We could not check this form. Please send it again." in html
    assert "It closes at 4pm on Fridays now." in html  # the answers are kept
    assert not ProblemReport.objects.exists()


def test_a_token_used_once_stores_nothing_the_second_time(client, site):
    data = valid_data()
    assert client.post(form_url(site["service_a"]), data).status_code == 302
    assert client.post(form_url(site["service_a"]), data).status_code == 302
    assert ProblemReport.objects.count() == 1


@override_settings(CHARTER_APPLICATIONS_PER_HOUR=2)
def test_a_client_sending_too_many_reports_is_rate_limited(client, site):
    for _ in range(2):
        assert client.post(form_url(site["service_a"]), valid_data()).status_code == 302
    response = client.post(form_url(site["service_a"]), valid_data())
    assert response.status_code == 429
    assert "several reports from this connection" in response.content.decode()
    assert ProblemReport.objects.count() == 2
    other = client.post(form_url(site["service_a"]), valid_data(), REMOTE_ADDR="192.0.2.77")
    assert other.status_code == 302


def test_the_charter_form_limit_is_counted_apart(client, site):
    with override_settings(CHARTER_APPLICATIONS_PER_HOUR=1):
        spam.count_submission(client.get("/").wsgi_request)  # one charter application
        assert client.post(form_url(site["service_a"]), valid_data()).status_code == 302
    assert ProblemReport.objects.count() == 1


def test_other_methods_and_a_post_to_the_thank_you_page_are_refused(client, site):
    assert client.put(form_url(site["service_a"])).status_code == 405
    assert client.post(site["service_a"].url + "report/sent/").status_code == 405
    assert client.get(site["service_a"].url + "report/nowhere/").status_code == 404


# The admin listing -------------------------------------------------------------------------


def admin_url(name: str, *args) -> str:
    """Admin URLs carry the language prefix (i18n_patterns)."""
    with translation.override("en"):
        return reverse(name, args=args)


INDEX = admin_url("problem_reports:index")


def refused(client, method: str, url: str):
    """Not found, after the locale middleware's redirect (the admin has no language prefix)."""
    response = getattr(client, method)(url, follow=True)
    assert response.status_code == 404, (method, url)
    return response


def inspect_url(report) -> str:
    return admin_url("problem_reports:inspect", report.pk)


def resolve_url(report) -> str:
    return admin_url("problem_reports:resolve", report.pk)


def test_a_partner_sees_its_own_reports_and_not_another_partners(client, site):
    own = make_report(site["service_a"], site["partner_a"], details="Own report text")
    other = make_report(site["service_b"], site["partner_b"], details="Other partner secret")
    client.force_login(site["user_a"])
    html = client.get(INDEX).content.decode()
    assert "Elmbridge computer help" in html
    assert "Fernley SIM bank" not in html
    inspect = client.get(inspect_url(own))
    assert inspect.status_code == 200
    assert "Own report text" in inspect.content.decode()
    assert "Other partner secret" not in refused(client, "get", inspect_url(other)).content.decode()


def test_a_partner_resolves_its_own_report_but_not_a_forged_id(client, site):
    own = make_report(site["service_a"], site["partner_a"])
    other = make_report(site["service_b"], site["partner_b"])
    client.force_login(site["user_a"])
    refused(client, "post", resolve_url(other))
    other.refresh_from_db()
    assert other.status == ReportStatus.OPEN
    assert client.get(resolve_url(own)).status_code == 405
    assert client.post(resolve_url(own)).status_code == 302
    own.refresh_from_db()
    assert own.status == ReportStatus.RESOLVED
    assert own.resolved_by == site["user_a"]
    assert own.resolved_at is not None


def test_comms_see_and_resolve_every_report(client, site):
    make_report(site["service_a"], site["partner_a"])
    other = make_report(site["service_b"], site["partner_b"])
    client.force_login(site["comms"])
    html = client.get(INDEX).content.decode()
    assert "Elmbridge computer help" in html and "Fernley SIM bank" in html
    assert client.post(resolve_url(other)).status_code == 302
    other.refresh_from_db()
    assert other.status == ReportStatus.RESOLVED


def test_an_editor_outside_comms_and_partners_is_refused(client, site):
    from django.contrib.auth.models import Permission

    outsider = make_user("outsider")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    report = make_report(site["service_a"], site["partner_a"])
    client.force_login(outsider)
    response = client.get(INDEX)
    assert response.status_code == 302
    assert response["Location"] == admin_url("wagtailadmin_home")
    refused(client, "post", resolve_url(report))
    report.refresh_from_db()
    assert report.status == ReportStatus.OPEN


@pytest.mark.parametrize("who", ["comms", "user_a"])
def test_the_listing_reads_a_fixed_number_of_queries(
    client, site, django_assert_max_num_queries, who
):
    client.force_login(site[who])
    for _ in range(3):
        make_report(site["service_a"], site["partner_a"])
    client.get(INDEX)
    with django_assert_max_num_queries(60) as few:
        client.get(INDEX)
    for _ in range(20):
        make_report(site["service_a"], site["partner_a"])
        make_report(site["service_b"], site["partner_b"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(INDEX)
    assert response.content.decode().count(admin_url("problem_reports:inspect", 0)[:-2]) >= 20
