"""Repeated wrong passwords lock signing in, per account and per client (django-axes)."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

LOGIN = reverse("wagtailadmin_login")
HOME = reverse("wagtailadmin_home")
PASSWORD = "a-long-pass-phrase"
LOCKED = "Signing in is locked for now"


def editor(username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def sign_in(client, username, password=PASSWORD):
    return client.post(LOGIN, {"username": username, "password": password})


def fail(client, username, times):
    """Wrong passwords; the one that reaches the limit is already answered with the lock."""
    for _ in range(times):
        assert sign_in(client, username, "wrong-password").status_code in (200, 429)


@pytest.fixture
def limit():
    return settings.AXES_FAILURE_LIMIT


@pytest.mark.django_db
def test_an_account_is_locked_after_the_limit_even_with_the_right_password(limit):
    editor("pat")
    fail(Client(REMOTE_ADDR="192.0.2.1"), "pat", limit)
    response = sign_in(Client(REMOTE_ADDR="192.0.2.2"), "pat")  # another client, same account
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in response.client.session


@pytest.mark.django_db
def test_one_wrong_password_short_of_the_limit_still_signs_in_and_resets_the_count(limit):
    editor("pat")
    client = Client(REMOTE_ADDR="192.0.2.1")
    fail(client, "pat", limit - 1)
    assert sign_in(client, "pat").url == HOME
    client.logout()
    fail(client, "pat", limit - 1)
    assert sign_in(client, "pat").url == HOME


@pytest.mark.django_db
def test_a_client_guessing_many_accounts_is_locked_and_others_are_not(limit):
    editor("sam")
    guesser = Client(REMOTE_ADDR="192.0.2.66")
    for number in range(limit):
        fail(guesser, f"guess{number}", 1)
    assert sign_in(guesser, "sam").status_code == 429
    assert sign_in(Client(REMOTE_ADDR="192.0.2.7"), "sam").url == HOME


@pytest.mark.django_db
def test_an_administrator_can_unlock_an_account(limit):
    editor("pat")
    fail(Client(REMOTE_ADDR="192.0.2.1"), "pat", limit)
    assert sign_in(Client(REMOTE_ADDR="192.0.2.3"), "pat").status_code == 429
    call_command("axes_reset_username", "pat")
    assert sign_in(Client(REMOTE_ADDR="192.0.2.3"), "pat").url == HOME
