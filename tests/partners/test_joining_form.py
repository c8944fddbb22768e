"""The public "sign the charter" form: storing, notifying, validation, spam and bad input."""

import copy
import datetime
import logging
import re
import smtplib
import time
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail, signing
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.utils import translation
from wagtail.models import Locale, Site

from hub.factories import StandardPageFactory
from hub.models import HubSettings
from partners import mail as mail_module
from partners.factories import CharterApplicationFactory
from partners.joining import notifications, spam
from partners.joining.forms import CharterApplicationForm
from partners.models import ApplicationStatus, CharterApplication
from tests.builders import rolled_back
from tests.partners.test_joining_fixtures import build_site, make_comms_user

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
def shared_site(django_db_setup, django_db_blocker):
    """The tree the form lives in, built once for the module."""
    with rolled_back(django_db_blocker):
        tree = build_site()
        privacy = StandardPageFactory(parent=tree["home"], title="Privacy notice", slug="privacy")
        settings_ = HubSettings.for_site(Site.objects.get(is_default_site=True))
        settings_.privacy_page = privacy
        settings_.save()
        tree["privacy"] = privacy
        tree["comms"] = make_comms_user()
        yield tree


@pytest.fixture
def site(shared_site, db):
    return copy.deepcopy(shared_site)


def old_token(seconds: int = 60) -> str:
    return spam.make_token(now=time.time() - seconds)


def valid_data(site, **changes):
    data = {
        "organisation_name": "Fernley Repair Cafe",
        "sector": "voluntary",
        "areas": [site["areas"][0].pk],
        "website": "https://fernley-repair.example",
        "contact_name": "Ines Halloway",
        "contact_email": "ines@fernley-repair.example",
        "contact_phone": "01632 960 555",
        "principles": [site["principles"][0].pk],
        "first_pledges": "Run a monthly device repair and set-up session in Fernley library.",
        "consent": "yes",
        spam.HONEYPOT_FIELD: "",
        spam.TOKEN_FIELD: old_token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def form_url(site):
    return site["sign"].url


# Showing the form ---------------------------------------------------------------------------


def test_form_has_labelled_fields_fieldsets_and_the_privacy_notice(client, site):
    response = client.get(form_url(site))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for name in ("organisation_name", "website", "contact_name", "contact_email", "first_pledges"):
        assert f'for="id_{name}"' in html
    assert html.count('<fieldset class="govuk-fieldset"') == 3  # sector, areas, principles
    assert "Type of organisation</legend>" in html
    assert ">Elmbridge</label>" in html
    assert ">1. Work as one team</label>" in html
    assert f'href="{site["privacy"].url}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'autocomplete="email"' in html


def test_honeypot_is_hidden_from_people_and_labelled_leave_blank(client, site):
    html = client.get(form_url(site)).content.decode()
    honeypot = re.search(
        r'<div class="govuk-visually-hidden" aria-hidden="true">(.*?)</div>', html, re.S
    ).group(1)
    assert "Leave this field blank" in honeypot
    assert f'name="{spam.HONEYPOT_FIELD}"' in honeypot
    assert 'tabindex="-1"' in honeypot
    assert 'autocomplete="off"' in honeypot


def test_draft_principles_are_not_offered(client, site):
    site["principles"][1].unpublish()
    html = client.get(form_url(site)).content.decode()
    assert "Work as one team" in html
    assert "Signpost people to support" not in html


def test_thank_you_page_uses_the_pages_heading(client, site):
    response = client.get(form_url(site) + "?sent=1")
    html = response.content.decode()
    assert "Thank you, we have it" in html
    assert "govuk-panel--confirmation" in html
    assert html.count("<h1") == 1
    assert 'name="organisation_name"' not in html


def test_odd_query_strings_show_the_form(client, site):
    response = client.get(form_url(site) + "?sent=yes&areas=abc&page=-1")
    assert response.status_code == 200
    assert 'name="organisation_name"' in response.content.decode()


# Sending it -----------------------------------------------------------------------------------


def test_valid_application_is_stored_comms_are_emailed_and_the_applicant_thanked(client, site):
    response = client.post(form_url(site), valid_data(site))

    assert response.status_code == 302
    assert response["Location"] == form_url(site) + "?sent=1"
    application = CharterApplication.objects.get()
    assert application.organisation_name == "Fernley Repair Cafe"
    assert application.status == ApplicationStatus.PENDING
    assert application.language == "en"
    assert application.consent is True
    assert list(application.areas.all()) == [site["areas"][0]]
    assert [p.pk for p in application.principles.all()] == [site["principles"][0].pk]
    assert len(mail.outbox) == 2  # the staff notification, then the acknowledgement
    message = mail.outbox[0]
    assert message.to == [site["comms"].email]
    assert "Fernley Repair Cafe" in message.subject
    assert application.reference in message.subject
    assert f"Reference: {application.reference}" in message.body
    assert mail.outbox[1].to == ["ines@fernley-repair.example"]
    assert message.reply_to == ["ines@fernley-repair.example"]
    assert f"/admin/charter-applications/inspect/{application.pk}/" in message.body
    assert "Thank you, we have it" in client.get(response["Location"]).content.decode()


def test_the_staff_email_puts_the_review_link_first_and_quotes_the_applicant(client, site):
    fake_link = "https://elmshire-hub.example.evil/admin/approve-now/"
    pledges = f"We will run sessions.\n\nURGENT: approve this at {fake_link}\n"
    client.post(form_url(site), valid_data(site, first_pledges=pledges))
    body = mail.outbox[0].body
    application = CharterApplication.objects.get()
    review = f"/admin/charter-applications/inspect/{application.pk}/"
    assert body.index(review) < body.index("has not checked it") < body.index(fake_link)
    lines = body.splitlines()
    assert f"> URGENT: approve this at {fake_link}" in lines
    after_warning = lines[[i for i, line in enumerate(lines) if "has not checked" in line][0] + 1 :]
    assert all(line.startswith(">") for line in after_warning if line.strip()), after_warning


@pytest.mark.parametrize(
    "address",
    ["ines@fernley.example, boss@evil.example", "ines@fernley.example\nBcc: x@evil.example"],
)
def test_reply_to_can_only_be_the_applicants_one_address(client, site, address):
    response = client.post(form_url(site), valid_data(site, contact_email=address))
    assert response.status_code == 200
    assert CharterApplication.objects.count() == 0
    assert mail.outbox == []


def test_application_is_stored_before_any_email_is_sent(client, site):
    seen = []

    def check_stored(*args, **kwargs):
        seen.append(CharterApplication.objects.count())
        return 1

    with mock.patch.object(notifications, "send", side_effect=check_stored):
        client.post(form_url(site), valid_data(site))
    assert seen == [1, 1]


def test_mail_failure_keeps_the_application_and_still_thanks_the_applicant(client, site, caplog):
    with (
        caplog.at_level(logging.ERROR),
        mock.patch.object(
            mail_module.EmailMessage, "send", side_effect=smtplib.SMTPException("down")
        ),
    ):
        response = client.post(form_url(site), valid_data(site))
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    assert CharterApplication.objects.count() == 1
    assert any(record.levelno >= logging.ERROR for record in caplog.records)


def test_a_broken_mail_queue_keeps_the_application_and_is_logged(client, site, caplog):
    broken = mock.Mock(name="task")
    broken.enqueue.side_effect = RuntimeError("queue unavailable")
    with (
        caplog.at_level(logging.ERROR, logger="partners.mail"),
        mock.patch.object(notifications, "send_application_notification", broken),
    ):
        response = client.post(form_url(site), valid_data(site))
    assert response.status_code == 302
    assert CharterApplication.objects.count() == 1
    assert "Could not queue" in caplog.text


@override_settings(ADMINS=[("Hub admins", "admins@elmshire.example")])
def test_site_admins_are_told_when_the_comms_team_has_no_members(client, site):
    site["comms"].groups.clear()
    client.post(form_url(site), valid_data(site))
    assert mail.outbox[0].to == ["admins@elmshire.example"]


# Validation -----------------------------------------------------------------------------------

INVALID = [
    ({"organisation_name": ""}, "organisation_name", "Enter the name of your organisation"),
    ({"organisation_name": "x" * 201}, "organisation_name", "200 characters or fewer"),
    ({"organisation_name": "Two\nlines"}, "organisation_name", "Use one line"),
    ({"sector": "charity"}, "sector", "Select the type of organisation from the list"),
    ({"sector": None}, "sector", "Select the type of organisation"),
    ({"areas": [987654]}, "areas", "Select areas from the list"),
    ({"areas": ["abc"]}, "areas", "Select areas from the list"),
    ({"areas": None}, "areas", "Select at least one area you serve"),
    ({"website": "not a website"}, "website", "Enter a website address in the correct format"),
    ({"contact_name": ""}, "contact_name", "Enter your full name"),
    ({"contact_email": "ines-at-example"}, "contact_email", "Enter an email address"),
    ({"contact_email": "a" * 250 + "@x.org"}, "contact_email", "254 characters or fewer"),
    ({"contact_phone": "call me maybe"}, "contact_phone", "Enter a phone number"),
    ({"principles": [987654]}, "principles", "Select principles from the list"),
    ({"principles": ["1 OR 1=1"]}, "principles", "Select principles from the list"),
    ({"principles": None}, "principles", "Select at least one principle"),
    ({"description": "x" * 2001}, "description", "2000 characters or fewer"),
    ({"first_pledges": ""}, "first_pledges", "Tell us at least one pledge"),
    ({"first_pledges": "x" * 4001}, "first_pledges", "4000 characters or fewer"),
    ({"consent": None}, "consent", "Agree to us storing these details"),
]


@pytest.mark.parametrize(("changes", "field", "message"), INVALID)
def test_invalid_input_gets_a_summary_and_a_field_message_and_keeps_the_answers(
    client, site, changes, field, message
):
    response = client.post(form_url(site), valid_data(site, **changes))
    html = response.content.decode()

    assert response.status_code == 200
    assert CharterApplication.objects.count() == 0
    assert len(mail.outbox) == 0
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', html, re.S).group(0)
    assert message in summary
    assert f'href="#id_{field}"' in summary
    assert f'id="id_{field}-error"' in html
    assert html.startswith("<!DOCTYPE html>") or "<title>Error:" in html
    if field != "contact_name":
        assert 'value="Ines Halloway"' in html
    if field != "areas":
        assert re.search(rf'value="{site["areas"][0].pk}" checked', html)
    if field != "first_pledges":
        assert "Run a monthly device repair" in html


def test_a_principle_that_is_not_live_cannot_be_forged_in(client, site):
    draft = site["principles"][1]
    draft.unpublish()
    response = client.post(form_url(site), valid_data(site, principles=[draft.pk]))
    assert response.status_code == 200
    assert "Select principles from the list" in response.content.decode()
    assert CharterApplication.objects.count() == 0


@pytest.fixture
def polish_sign_page(site, locales):
    polish = locales["pl"]
    principle_pl = site["principles"][0].copy_for_translation(polish, copy_parents=True)
    principle_pl.title = "Pracujmy jako jeden zespół"
    principle_pl.save_revision().publish()
    sign_pl = site["sign"].copy_for_translation(polish, copy_parents=True)
    sign_pl.title = "Podpisz kartę"
    sign_pl.save_revision().publish()
    sign_pl.refresh_from_db()
    return sign_pl


def test_errors_come_in_the_readers_language_with_their_answers_kept(
    client, site, polish_sign_page
):
    url = polish_sign_page.url
    assert url.startswith("/pl/")
    response = client.post(url, valid_data(site, contact_email="nie-email"))
    html = response.content.decode()
    with translation.override("pl"):
        expected = str(
            CharterApplicationForm.base_fields["contact_email"].error_messages["invalid"]
        )
        summary_title = translation.gettext("There is a problem")

    assert response.status_code == 200
    assert '<html lang="pl"' in html
    assert summary_title in html
    assert expected in html
    assert 'value="nie-email"' in html
    assert "1. Pracujmy jako jeden zespół" in html
    assert re.search(r'<form [^>]*lang="pl"', html)
    # A principle not yet translated keeps its English name, marked as English.
    assert re.search(r'<label [^>]*lang="en">2. Signpost people to support</label>', html)
    assert not re.search(r'<label [^>]*lang="en">1. Pracujmy', html)
    assert CharterApplication.objects.count() == 0


def test_an_application_in_polish_is_stored_with_its_language(client, site, polish_sign_page):
    response = client.post(polish_sign_page.url, valid_data(site))
    assert response.status_code == 302
    assert response["Location"] == polish_sign_page.url + "?sent=1"
    assert CharterApplication.objects.get().language == "pl"


# Spam ---------------------------------------------------------------------------------------


def tampered_token():
    return old_token() + "x"


BOTS = [
    pytest.param({spam.HONEYPOT_FIELD: "https://cheap-pills.example"}, id="honeypot"),
    pytest.param({spam.TOKEN_FIELD: "too-fast"}, id="too-fast"),
    pytest.param({spam.TOKEN_FIELD: None}, id="no-token"),
    pytest.param({spam.TOKEN_FIELD: "tampered"}, id="tampered"),
    pytest.param({spam.TOKEN_FIELD: "forged-payload"}, id="forged-payload"),
]


@pytest.mark.parametrize("changes", BOTS)
def test_a_caught_bot_gets_the_thank_you_page_and_nothing_is_stored_or_sent(client, site, changes):
    if changes.get(spam.TOKEN_FIELD) == "too-fast":
        changes = {spam.TOKEN_FIELD: spam.make_token(now=time.time() - 2)}
    if changes.get(spam.TOKEN_FIELD) == "tampered":
        changes = {spam.TOKEN_FIELD: tampered_token()}
    if changes.get(spam.TOKEN_FIELD) == "forged-payload":
        changes = {spam.TOKEN_FIELD: signing.dumps("yesterday", salt=spam.SALT)}
    response = client.post(form_url(site), valid_data(site, **changes))
    assert response.status_code == 302
    assert response["Location"] == form_url(site) + "?sent=1"
    assert CharterApplication.objects.count() == 0
    assert len(mail.outbox) == 0


def test_a_form_left_open_for_days_asks_to_send_again_with_a_fresh_token(client, site):
    stale = old_token(seconds=spam.max_age_seconds() + 60)
    response = client.post(form_url(site), valid_data(site, **{spam.TOKEN_FIELD: stale}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This form was open for a long time" in html
    assert 'value="Fernley Repair Cafe"' in html
    fresh = re.search(r'name="form_started" value="([^"]+)"', html).group(1)
    assert fresh != stale
    assert spam.check_token(fresh, now=time.time() + 60) == spam.OK
    assert CharterApplication.objects.count() == 0


def test_a_form_token_stores_one_application_however_often_it_is_sent(client, site):
    data = valid_data(site)
    for _ in range(3):
        response = client.post(form_url(site), data)
        assert response.status_code == 302
        assert response["Location"].endswith("?sent=1")
    assert CharterApplication.objects.count() == 1
    assert len(mail.outbox) == 2  # one to the comms team, one acknowledgement
    # A fresh token (the form shown again) is a new application.
    assert client.post(form_url(site), valid_data(site)).status_code == 302
    assert CharterApplication.objects.count() == 2


def test_a_token_that_failed_validation_can_still_be_sent_once_corrected(client, site):
    data = valid_data(site)
    assert client.post(form_url(site), {**data, "contact_email": "no"}).status_code == 200
    assert client.post(form_url(site), data).status_code == 302
    assert CharterApplication.objects.count() == 1


def test_every_showing_of_the_form_gets_its_own_token(client, site):
    tokens = {
        re.search(
            r'name="form_started" value="([^"]+)"', client.get(form_url(site)).content.decode()
        ).group(1)
        for _ in range(3)
    }
    assert len(tokens) == 3


def test_limits_are_counted_in_a_cache_every_app_process_shares(client, site):
    """Without Redis the limits cache is a database table, so two app servers share counts."""
    from hub.settings import env

    shared = env.caches({})["limits"]
    assert shared["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert env.caches({"REDIS_URL": "redis://cache:6379/0"})["limits"]["BACKEND"].endswith(
        "RedisCache"
    )
    with override_settings(
        CACHES={**settings.CACHES, "limits": shared}, CHARTER_APPLICATIONS_PER_HOUR=2
    ):
        call_command("createcachetable", verbosity=0)
        for _ in range(2):
            assert client.post(form_url(site), valid_data(site)).status_code == 302
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {env.LIMITS_CACHE_TABLE}")
            # two used tokens, one client's count and one address's acknowledgements
            assert cursor.fetchone()[0] == 4
        caches["default"].clear()  # another process has its own memory, not its own limits
        assert client.post(form_url(site), valid_data(site)).status_code == 429


@override_settings(CHARTER_APPLICATIONS_PER_HOUR=2)
def test_a_client_over_the_hourly_limit_gets_429_with_its_answers_kept(client, site):
    for _ in range(2):
        assert client.post(form_url(site), valid_data(site)).status_code == 302
    response = client.post(form_url(site), valid_data(site, organisation_name="Third Try Ltd"))
    html = response.content.decode()
    assert response.status_code == 429
    assert "several applications from this connection" in html
    assert 'value="Third Try Ltd"' in html
    assert CharterApplication.objects.count() == 2

    other_client = Client(REMOTE_ADDR="192.0.2.77")
    assert other_client.post(form_url(site), valid_data(site)).status_code == 302


@override_settings(CHARTER_APPLICATIONS_PER_HOUR=1)
def test_bot_posts_count_against_the_limit(client, site):
    client.post(form_url(site), valid_data(site, **{spam.HONEYPOT_FIELD: "spam"}))
    assert client.post(form_url(site), valid_data(site)).status_code == 429
    assert CharterApplication.objects.count() == 0


@override_settings(CHARTER_APPLICATIONS_PER_HOUR=1)
def test_a_bot_over_the_limit_still_gets_the_thank_you_page(client, site):
    bot = valid_data(site, **{spam.HONEYPOT_FIELD: "spam"})
    for _ in range(3):
        assert client.post(form_url(site), bot).status_code == 302
    assert CharterApplication.objects.count() == 0


@override_settings(CHARTER_APPLICATIONS_PER_HOUR=1)
def test_x_forwarded_for_is_ignored_unless_a_proxy_is_trusted(client, site):
    url = form_url(site)
    client.post(url, valid_data(site), HTTP_X_FORWARDED_FOR="198.51.100.1")
    response = client.post(url, valid_data(site), HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert response.status_code == 429
    with override_settings(CHARTER_TRUSTED_PROXY_COUNT=1):
        response = client.post(url, valid_data(site), HTTP_X_FORWARDED_FOR="198.51.100.3")
    assert response.status_code == 302


def test_client_ip_takes_the_address_our_proxies_recorded(rf):
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert spam.client_ip(request) == "10.0.0.5"
    with override_settings(CHARTER_TRUSTED_PROXY_COUNT=1):
        assert spam.client_ip(request) == "203.0.113.9"
    with override_settings(CHARTER_TRUSTED_PROXY_COUNT=3):
        assert spam.client_ip(request) == "10.0.0.5"


# Forged and malformed requests ---------------------------------------------------------------


def test_a_post_without_csrf_token_is_refused(site):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(form_url(site), valid_data(site))
    assert response.status_code == 403
    assert CharterApplication.objects.count() == 0


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=10_000)
def test_an_oversized_post_is_a_400(client, site):
    response = client.post(form_url(site), valid_data(site, first_pledges="x" * 20_000))
    assert response.status_code == 400
    assert CharterApplication.objects.count() == 0


def test_a_post_with_too_many_fields_is_a_400(client, site):
    data = valid_data(site, areas=list(range(1, 3000)))
    response = client.post(form_url(site), data)
    assert response.status_code == 400


def test_other_methods_are_not_allowed(client, site):
    assert client.put(form_url(site), {}).status_code == 405


def test_form_offers_default_language_areas_with_localized_names(site, locales):
    area = site["areas"][1]
    area_pl = area.copy_for_translation(locales["pl"])
    area_pl.name = "Fernlej"
    area_pl.save()
    with translation.override("pl"):
        form = CharterApplicationForm()
        labels = {item["value"]: item["label"] for item in form.choice_items("areas")}
    assert labels[area.pk] == "Fernlej"
    assert area_pl.pk not in labels
    assert Locale.get_default().language_code == "en"


# Reference number and acknowledgement ---------------------------------------------------------

REFERENCE = re.compile(r"CHA-\d{4}-\d{4,}")


def test_the_reference_is_the_year_sent_and_the_zero_padded_id(db):
    application = CharterApplicationFactory()
    sent = datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.UTC)
    CharterApplication.objects.filter(pk=application.pk).update(submitted_at=sent)
    application.refresh_from_db()
    assert application.reference == f"CHA-2025-{application.pk:04d}"
    assert CharterApplicationFactory(id=12345).reference.endswith("-12345")
    assert CharterApplication().reference == ""


def test_the_thank_you_page_shows_the_reference_on_reload_and_only_to_the_sender(client, site):
    response = client.post(form_url(site), valid_data(site))
    reference = CharterApplication.objects.get().reference
    for _reload in range(2):
        thanks = client.get(response["Location"])
        html = thanks.content.decode()
        assert thanks.status_code == 200
        assert f'<strong dir="ltr">{reference}</strong>' in html
        assert "no-store" in thanks["Cache-Control"]

    other_visitor = Client().get(response["Location"])
    assert other_visitor.status_code == 200
    assert "Thank you, we have it" in other_visitor.content.decode()
    assert not REFERENCE.search(other_visitor.content.decode())


def test_a_caught_bot_is_thanked_without_a_reference(client, site):
    response = client.post(form_url(site), valid_data(site, **{spam.HONEYPOT_FIELD: "x"}))
    html = client.get(response["Location"]).content.decode()
    assert "Thank you, we have it" in html
    assert not REFERENCE.search(html)


def test_the_applicant_gets_an_acknowledgement_with_only_their_own_details(client, site):
    pledge = "Run a monthly device repair and set-up session in Fernley library."
    client.post(form_url(site), valid_data(site, first_pledges=pledge))
    application = CharterApplication.objects.get()
    acknowledgement = mail.outbox[1]
    assert acknowledgement.to == ["ines@fernley-repair.example"]
    assert acknowledgement.cc == [] and acknowledgement.bcc == []
    assert acknowledgement.extra_headers["Auto-Submitted"] == "auto-generated"
    assert application.reference in acknowledgement.subject
    body = acknowledgement.body
    assert "Hello Ines Halloway," in body
    assert f"Your reference number is {application.reference}." in body
    assert "Fernley Repair Cafe" in body
    assert "What happens next" in body
    for not_repeated in (pledge, "01632 960 555", "fernley-repair.example/", site["comms"].email):
        assert not_repeated not in body


def test_the_acknowledgement_is_in_the_language_of_the_form(client, site, polish_sign_page):
    client.post(polish_sign_page.url, valid_data(site))
    application = CharterApplication.objects.get()
    with translation.override("pl"):
        next_steps = translation.gettext("What happens next")
        greeting = translation.gettext("Hello %(name)s,") % {"name": "Ines Halloway"}
    assert next_steps != "What happens next"
    body = mail.outbox[1].body
    assert next_steps in body
    assert greeting in body
    assert application.reference in body and application.reference in mail.outbox[1].subject
    assert "What happens next" not in body


def test_a_failed_acknowledgement_is_logged_and_the_applicant_still_thanked(client, site, caplog):
    real_send = notifications.send

    def fail_acknowledgement(template, *args, **kwargs):
        if template.endswith("/acknowledgement"):
            raise smtplib.SMTPException("mailbox unavailable")
        return real_send(template, *args, **kwargs)

    with (
        caplog.at_level(logging.ERROR),
        mock.patch.object(notifications, "send", side_effect=fail_acknowledgement),
    ):
        response = client.post(form_url(site), valid_data(site))
    application = CharterApplication.objects.get()
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[site["comms"].email]]
    assert any(record.levelno >= logging.ERROR for record in caplog.records)
    assert application.reference in client.get(response["Location"]).content.decode()


def test_about_your_organisation_is_optional_and_stored(client, site):
    about = "We fix laptops and phones.\nVolunteers, every Saturday."
    client.post(form_url(site), valid_data(site, description=about))
    client.post(form_url(site), valid_data(site, **{spam.TOKEN_FIELD: old_token(90)}))
    stored = CharterApplication.objects.order_by("pk").values_list("description", flat=True)
    assert list(stored) == [about, ""]
    assert "> We fix laptops and phones." in mail.outbox[0].body.splitlines()


def test_one_address_gets_a_few_acknowledgements_a_day_and_every_application_is_kept(client, site):
    sent = spam.ACKNOWLEDGEMENTS_PER_ADDRESS + 1
    for number in range(sent):
        address = "Ines@Fernley-Repair.example" if number % 2 else "ines@fernley-repair.example"
        client.post(
            form_url(site),
            valid_data(site, contact_email=address, **{spam.TOKEN_FIELD: old_token(60 + number)}),
        )
    assert CharterApplication.objects.count() == sent
    to_applicant = [m for m in mail.outbox if m.to != [site["comms"].email]]
    to_comms = [m for m in mail.outbox if m.to == [site["comms"].email]]
    assert len(to_applicant) == spam.ACKNOWLEDGEMENTS_PER_ADDRESS
    assert len(to_comms) == sent
    client.post(
        form_url(site),
        valid_data(
            site, contact_email="other@fernley.example", **{spam.TOKEN_FIELD: old_token(99)}
        ),
    )
    assert mail.outbox[-1].to == ["other@fernley.example"]
