"""'Request an accessible format': the form, its spam rules, the e-mails, the admin listing."""

import copy
import time

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Locale

from partners.joining import spam
from resources.factories import (
    ResourceDocumentFactory,
    ResourceLibraryPageFactory,
    ResourcePageFactory,
)
from resources.models import FormatRequest, RequestStatus
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


def make_document(title: str, name: str):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4\nguide", name=name)
    )


@pytest.fixture(scope="module")
def shared(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        tree = build_site()
        comms = make_comms_user()
        partner_a, user_a = approve_partner("Elmbridge Library", "staff@elmbridge.example", comms)
        partner_b, user_b = approve_partner("Fernley Trust", "staff@fernley.example", comms)
        library = publish(ResourceLibraryPageFactory(parent=tree["home"]))
        resource_a = ResourcePageFactory(
            parent=partner_a, title="Elmbridge email guide", slug="email-guide"
        )
        document_a = make_document("Email guide PDF", "email-guide.pdf")
        ResourceDocumentFactory(page=resource_a, document=document_a, page_count=4)
        resource_a = publish(resource_a)
        resource_b = ResourcePageFactory(parent=partner_b, title="Fernley SIM toolkit", slug="sim")
        document_b = make_document("SIM toolkit PDF", "sim-toolkit.pdf")
        ResourceDocumentFactory(page=resource_b, document=document_b)
        resource_b = publish(resource_b)
        shared_resource = publish(
            ResourcePageFactory(parent=library, title="Partnership handbook", slug="handbook")
        )
        mail.outbox.clear()
        yield {
            **tree,
            "comms": comms,
            "partner_a": partner_a,
            "user_a": user_a,
            "partner_b": partner_b,
            "user_b": user_b,
            "library": library,
            "resource_a": resource_a,
            "document_a": document_a,
            "resource_b": resource_b,
            "document_b": document_b,
            "shared_resource": shared_resource,
        }


@pytest.fixture
def site(shared, db):
    mail.outbox.clear()
    return copy.deepcopy(shared)


def form_url(resource) -> str:
    return resource.url + "request-format/"


def old_token(seconds: int = 60) -> str:
    return spam.make_token(now=time.time() - seconds)


def valid_data(**changes):
    data = {
        "needed_format": "large_print",
        "other_language": "",
        "notes": "Size 18 please.\nOn yellow paper if you can.",
        "name": "Ada Resident",
        "email": "ada@resident.example",
        spam.HONEYPOT_FIELD: "",
        spam.TOKEN_FIELD: old_token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def make_request(resource, partner, **fields):
    fields.setdefault("needed_format", "audio")
    fields.setdefault("name", "Someone")
    fields.setdefault("email", "someone@example.org")
    return FormatRequest.objects.create(resource=resource, partner=partner, **fields)


# The form ----------------------------------------------------------------------------------


def test_the_form_has_labelled_fields_a_hidden_honeypot_and_a_token(client, site):
    response = client.get(form_url(site["resource_a"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Request an accessible format</h1>" in html
    assert "Elmbridge email guide" in html
    assert "Which format do you need?</legend>" in html
    assert html.count('type="radio"') == 5
    for label in ("Large print", "Easy read", "Audio", "Braille", "Another language"):
        assert f">{label}</label>" in html
    for name in ("other_language", "notes", "name", "email"):
        assert f'for="id_{name}"' in html
    assert f'name="{spam.TOKEN_FIELD}"' in html
    assert '<div class="govuk-visually-hidden" aria-hidden="true">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'name="document"' not in html


def test_the_form_names_a_document_of_this_resource(client, site):
    document = site["document_a"]
    response = client.get(f"{form_url(site['resource_a'])}?document={document.pk}")
    html = response.content.decode()
    assert "You are asking for this document:" in html
    assert "PDF" in html and "4 pages" in html
    assert f'<input type="hidden" name="document" value="{document.pk}">' in html


@pytest.mark.parametrize("value", ["other", "abc", "-1", "9" * 40, ""])
def test_another_resources_document_or_a_bad_id_is_ignored(client, site, value):
    if value == "other":
        value = str(site["document_b"].pk)
    response = client.get(f"{form_url(site['resource_a'])}?document={value}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "SIM toolkit PDF" not in html
    assert 'name="document"' not in html


def test_a_valid_request_is_stored_and_redirects_to_the_thank_you_page(client, site):
    data = valid_data(document=str(site["document_a"].pk))
    response = client.post(form_url(site["resource_a"]), data)
    assert response.status_code == 302
    assert response["Location"] == site["resource_a"].url + "request-format/sent/"
    stored = FormatRequest.objects.get()
    assert stored.resource_id == site["resource_a"].pk
    assert stored.partner_id == site["partner_a"].pk
    assert stored.document_id == site["document_a"].pk
    assert stored.needed_format == "large_print"
    assert stored.notes == "Size 18 please.\nOn yellow paper if you can."
    assert stored.status == RequestStatus.OPEN
    assert stored.language == "en"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Thank you for your request" in thanks.content.decode()
    assert "no-cache" in thanks["Cache-Control"] or "max-age=0" in thanks["Cache-Control"]


def test_a_forged_document_id_in_the_post_is_not_stored(client, site):
    data = valid_data(document=str(site["document_b"].pk))
    assert client.post(form_url(site["resource_a"]), data).status_code == 302
    assert FormatRequest.objects.get().document_id is None


def test_another_language_needs_the_language_and_keeps_it(client, site):
    response = client.post(form_url(site["resource_a"]), valid_data(needed_format="other_language"))
    assert response.status_code == 200
    assert "Enter the language you need" in response.content.decode()
    assert not FormatRequest.objects.exists()
    client.post(
        form_url(site["resource_a"]),
        valid_data(needed_format="other_language", other_language=" Tigrinya "),
    )
    assert FormatRequest.objects.get().other_language == "Tigrinya"


def test_a_language_given_with_another_format_is_dropped(client, site):
    client.post(form_url(site["resource_a"]), valid_data(other_language="Welsh"))
    assert FormatRequest.objects.get().other_language == ""


# E-mails -----------------------------------------------------------------------------------


def test_the_request_reaches_the_partner_and_comms_and_the_reader_is_thanked(client, site):
    client.post(form_url(site["resource_a"]), valid_data(document=str(site["document_a"].pk)))
    recipients = [set(message.to) for message in mail.outbox]
    assert {site["user_a"].email} in recipients
    assert {site["comms"].email} in recipients
    assert {"ada@resident.example"} in recipients
    assert len(mail.outbox) == 3
    assert site["user_b"].email not in set().union(*recipients)
    stored = FormatRequest.objects.get()
    for message in mail.outbox:
        assert "\n" not in message.subject
        assert "Elmbridge email guide" in message.subject
        assert "Large print" in message.body
        assert "Email guide PDF" in message.body
    staff = [m for m in mail.outbox if "ada@resident.example" not in m.to]
    for message in staff:
        assert message.reply_to == ["ada@resident.example"]
        assert "> Size 18 please.\n> On yellow paper if you can." in message.body
        assert f"/admin/format_requests/inspect/{stored.pk}/" in message.body
    (ack,) = [m for m in mail.outbox if m.to == ["ada@resident.example"]]
    assert "/admin/" not in ack.body
    assert "Size 18" not in ack.body


def test_a_partnership_resource_reaches_comms_only(client, site):
    client.post(form_url(site["shared_resource"]), valid_data())
    staff = [m for m in mail.outbox if "ada@resident.example" not in m.to]
    assert [message.to for message in staff] == [[site["comms"].email]]
    assert FormatRequest.objects.get().partner_id is None


def test_the_acknowledgement_is_in_the_language_the_reader_used(client, site):
    polish_url = form_url(site["resource_a"]).replace("/en/", "/pl/", 1)
    response = client.post(polish_url, valid_data(needed_format="braille"), follow=False)
    assert response.status_code == 302
    assert FormatRequest.objects.get().language == "pl"
    (ack,) = [m for m in mail.outbox if m.to == ["ada@resident.example"]]
    assert "Dziękujemy" in ack.body
    assert "Brajl" in ack.body  # "Braille", in Polish
    assert site["resource_a"].full_url in ack.body  # no Polish translation: the English page
    staff = [m for m in mail.outbox if m.to != ["ada@resident.example"]]
    assert all("Braille" in message.body for message in staff)  # staff read English


def test_the_acknowledgement_links_the_translation_in_the_readers_language(client, site):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    polish_page = publish(site["resource_a"].copy_for_translation(polish, copy_parents=True))
    client.post(form_url(polish_page), valid_data())
    (ack,) = [m for m in mail.outbox if m.to == ["ada@resident.example"]]
    assert polish_page.full_url in ack.body
    assert "/pl/" in polish_page.full_url


def test_acknowledgements_to_one_address_are_limited(client, site):
    for _ in range(spam.ACKNOWLEDGEMENTS_PER_ADDRESS + 1):
        client.post(form_url(site["resource_a"]), valid_data(), REMOTE_ADDR=f"192.0.2.{_ + 1}")
    acks = [m for m in mail.outbox if m.to == ["ada@resident.example"]]
    assert FormatRequest.objects.count() == spam.ACKNOWLEDGEMENTS_PER_ADDRESS + 1
    assert len(acks) == spam.ACKNOWLEDGEMENTS_PER_ADDRESS


# Invalid input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"needed_format": None}, "Select the format you need"),
        ({"needed_format": "smoke-signals"}, "Select the format you need from the list"),
        ({"notes": "x" * 5000}, "Notes must be 2000 characters or fewer"),
        ({"name": ""}, "Enter your name"),
        ({"email": ""}, "Enter your email address"),
        ({"email": "not an address"}, "Enter an email address in the correct format"),
        ({"email": "a@b.example\nBcc: victim@example.org"}, "Enter an email address"),
        ({"name": "Ada\r\nBcc: victim@example.org"}, "Use one line without special characters"),
    ],
)
def test_invalid_requests_show_the_error_summary_and_store_nothing(client, site, changes, message):
    response = client.post(form_url(site["resource_a"]), valid_data(**changes))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="govuk-error-summary"' in html
    assert message in html
    assert "<title>Error:" in html
    assert not FormatRequest.objects.exists()
    assert mail.outbox == []


# Spam --------------------------------------------------------------------------------------


def test_the_honeypot_gets_the_thank_you_page_and_stores_nothing(client, site):
    response = client.post(form_url(site["resource_a"]), valid_data(extra_notes="buy now"))
    assert response.status_code == 302
    assert not FormatRequest.objects.exists()
    assert mail.outbox == []


def test_a_post_sooner_than_the_minimum_time_stores_nothing(client, site):
    data = valid_data(form_started=spam.make_token())
    assert client.post(form_url(site["resource_a"]), data).status_code == 302
    assert not FormatRequest.objects.exists()


@pytest.mark.parametrize("token", [None, "", "forged", old_token() + "x"])
def test_a_missing_or_forged_token_is_refused_with_a_clear_message(client, site, token):
    response = client.post(form_url(site["resource_a"]), valid_data(form_started=token))
    assert response.status_code == 400
    html = response.content.decode()
    assert "We could not check this form. Please send it again." in html
    assert "Size 18 please." in html  # the answers are kept
    assert not FormatRequest.objects.exists()


def test_a_token_used_once_stores_nothing_the_second_time(client, site):
    data = valid_data()
    assert client.post(form_url(site["resource_a"]), data).status_code == 302
    assert client.post(form_url(site["resource_a"]), data).status_code == 302
    assert FormatRequest.objects.count() == 1


@override_settings(CHARTER_APPLICATIONS_PER_HOUR=2)
def test_a_client_sending_too_many_requests_is_rate_limited(client, site):
    for _ in range(2):
        assert client.post(form_url(site["resource_a"]), valid_data()).status_code == 302
    response = client.post(form_url(site["resource_a"]), valid_data())
    assert response.status_code == 429
    assert "several requests from this connection" in response.content.decode()
    assert FormatRequest.objects.count() == 2
    other = client.post(form_url(site["resource_a"]), valid_data(), REMOTE_ADDR="192.0.2.77")
    assert other.status_code == 302


def test_other_methods_and_a_post_to_the_thank_you_page_are_refused(client, site):
    url = form_url(site["resource_a"])
    assert client.put(url).status_code == 405
    assert client.post(url + "sent/").status_code == 405
    assert client.get(url + "nowhere/").status_code == 404


# The admin listing -------------------------------------------------------------------------


def admin_url(name: str, *args) -> str:
    """Admin URLs carry the language prefix (i18n_patterns)."""
    with translation.override("en"):
        return reverse(name, args=args)


INDEX = admin_url("format_requests:index")


def refused(client, method: str, url: str):
    """Not found, after the locale middleware's redirect (the admin has no language prefix)."""
    response = getattr(client, method)(url, follow=True)
    assert response.status_code == 404, (method, url)
    return response


def inspect_url(format_request) -> str:
    return admin_url("format_requests:inspect", format_request.pk)


def answer_url(format_request) -> str:
    return admin_url("format_requests:answer", format_request.pk)


def test_a_partner_sees_its_own_requests_only(client, site):
    own = make_request(site["resource_a"], site["partner_a"], notes="Own request text")
    other = make_request(site["resource_b"], site["partner_b"], notes="Other partner secret")
    shared = make_request(site["shared_resource"], None, notes="Partnership request")
    client.force_login(site["user_a"])
    html = client.get(INDEX).content.decode()
    assert "Elmbridge email guide" in html
    assert "Fernley SIM toolkit" not in html
    assert "Partnership handbook" not in html
    inspect = client.get(inspect_url(own))
    assert inspect.status_code == 200
    assert "Own request text" in inspect.content.decode()
    assert "Mark as answered" in inspect.content.decode()
    assert "Other partner secret" not in refused(client, "get", inspect_url(other)).content.decode()
    refused(client, "get", inspect_url(shared))


def test_a_partner_answers_its_own_request_but_not_a_forged_id(client, site):
    own = make_request(site["resource_a"], site["partner_a"])
    other = make_request(site["resource_b"], site["partner_b"])
    client.force_login(site["user_a"])
    refused(client, "post", answer_url(other))
    other.refresh_from_db()
    assert other.status == RequestStatus.OPEN
    assert client.get(answer_url(own)).status_code == 405
    assert client.post(answer_url(own)).status_code == 302
    own.refresh_from_db()
    assert own.status == RequestStatus.ANSWERED
    assert own.answered_by == site["user_a"]
    assert own.answered_at is not None
    assert client.post(answer_url(own)).status_code == 302  # again: a warning, no change
    refused(client, "post", admin_url("format_requests:answer", 999999))


def test_comms_see_and_answer_every_request(client, site):
    make_request(site["resource_a"], site["partner_a"])
    other = make_request(site["resource_b"], site["partner_b"])
    shared = make_request(site["shared_resource"], None)
    client.force_login(site["comms"])
    html = client.get(INDEX).content.decode()
    for title in ("Elmbridge email guide", "Fernley SIM toolkit", "Partnership handbook"):
        assert title in html
    for item in (other, shared):
        assert client.post(answer_url(item)).status_code == 302
        item.refresh_from_db()
        assert item.status == RequestStatus.ANSWERED


def test_an_editor_outside_comms_and_partners_is_refused(client, site):
    from django.contrib.auth.models import Permission

    outsider = make_user("outsider")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    item = make_request(site["resource_a"], site["partner_a"])
    client.force_login(outsider)
    response = client.get(INDEX)
    assert response.status_code == 302
    assert response["Location"] == admin_url("wagtailadmin_home")
    refused(client, "post", answer_url(item))
    item.refresh_from_db()
    assert item.status == RequestStatus.OPEN


@pytest.mark.parametrize("who", ["comms", "user_a"])
def test_the_listing_reads_a_fixed_number_of_queries(
    client, site, django_assert_max_num_queries, who
):
    client.force_login(site[who])
    for _ in range(3):
        make_request(site["resource_a"], site["partner_a"])
    client.get(INDEX)
    with django_assert_max_num_queries(60) as few:
        client.get(INDEX)
    count = len(few.captured_queries)
    for _ in range(20):
        make_request(site["resource_a"], site["partner_a"])
        make_request(site["resource_b"], site["partner_b"])
    with django_assert_max_num_queries(count):
        response = client.get(INDEX)
    assert response.content.decode().count(admin_url("format_requests:inspect", 0)[:-2]) >= 20
