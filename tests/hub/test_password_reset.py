"""The admin's "reset your password" form is limited per client and per address."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import caches
from django.test import Client, override_settings
from django.urls import reverse

from hub import password_reset

URL = reverse("wagtailadmin_password_reset")
TOO_MANY = "Too many requests to reset a password"


@pytest.fixture(autouse=True)
def fresh_limits():
    caches["limits"].clear()
    yield
    caches["limits"].clear()


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", "editor@elmshire.example", "pw")


@override_settings(WAGTAILADMIN_BASE_URL="https://hub.elmshire.example")
def test_the_link_uses_the_sites_public_address_whatever_the_host(client, editor):
    response = client.post(URL, {"email": editor.email}, HTTP_HOST="localhost")
    assert response.status_code == 302
    link = re.search(r"https?://\S+/password_reset/confirm/\S+", mail.outbox[0].body).group(0)
    assert link.startswith("https://hub.elmshire.example/admin/password_reset/confirm/")


def test_one_address_may_be_sent_three_links_an_hour(client, editor):
    for _ in range(password_reset.PER_ADDRESS):
        assert client.post(URL, {"email": editor.email}).status_code == 302
    refused = Client(REMOTE_ADDR="192.0.2.9").post(URL, {"email": editor.email.upper()})
    assert refused.status_code == 429
    assert TOO_MANY in refused.content.decode()
    assert len(mail.outbox) == password_reset.PER_ADDRESS


def test_one_client_may_ask_five_times_an_hour_then_others_still_can(client, editor):
    for number in range(password_reset.PER_CLIENT):
        assert client.post(URL, {"email": f"nobody{number}@elmshire.example"}).status_code == 302
    assert client.post(URL, {"email": editor.email}).status_code == 429
    assert mail.outbox == []
    other = Client(REMOTE_ADDR="192.0.2.10")
    assert other.post(URL, {"email": editor.email}).status_code == 302
    assert len(mail.outbox) == 1


def test_showing_the_form_is_not_limited(client, db):
    for _ in range(password_reset.PER_CLIENT + 2):
        assert client.get(URL).status_code == 200
