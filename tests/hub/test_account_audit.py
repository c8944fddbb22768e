"""The comms team reads account events in Site history and lifts sign-in lockouts."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from hub import audit
from hub.services import ensure_comms_team_group

LOGIN = reverse("wagtailadmin_login")
HOME = reverse("wagtailadmin_home")
LOCKOUTS = reverse("hub_lockouts")
HISTORY = reverse("wagtailadmin_reports:site_history")
PASSWORD = "a-long-pass-phrase"


def account(username, comms=False):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if comms:
        user.groups.add(ensure_comms_team_group())
    return user


def sign_in(client, username, password=PASSWORD):
    return client.post(LOGIN, {"username": username, "password": password})


def lock_out(username, address="192.0.2.9"):
    client = Client(REMOTE_ADDR=address)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, username, "wrong-password")
    assert sign_in(Client(REMOTE_ADDR="192.0.2.200"), username).status_code == 429


@pytest.fixture
def comms_client():
    client = Client()
    client.force_login(account("casey", comms=True))
    return client


@pytest.mark.django_db
def test_comms_see_a_locked_account_and_unlock_it(comms_client):
    account("pat")
    lock_out("pat")
    page = comms_client.get(LOCKOUTS).content.decode()
    assert "Unlock pat" in page
    assert "Unlock 192.0.2.9" in page  # that client's wrong passwords locked its address too
    response = comms_client.post(LOCKOUTS, {"username": "pat"}, follow=True)
    assert "Unlocked: pat." in response.content.decode()
    assert sign_in(Client(REMOTE_ADDR="192.0.2.200"), "pat").url == HOME
    assert "Unlock pat" not in comms_client.get(LOCKOUTS).content.decode()


@pytest.mark.django_db
def test_comms_unlock_an_address_that_guessed_many_accounts(comms_client):
    guesser = Client(REMOTE_ADDR="198.51.100.4")
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(guesser, f"guess{number}", "wrong")
    assert "Unlock 198.51.100.4" in comms_client.get(LOCKOUTS).content.decode()
    comms_client.post(LOCKOUTS, {"ip_address": "198.51.100.4"})
    account("sam")
    assert sign_in(guesser, "sam").url == HOME


@pytest.mark.django_db
def test_a_partner_cannot_see_or_lift_lockouts():
    account("pat")
    lock_out("pat")
    partner = Client()
    partner.force_login(account("parker"))
    assert partner.get(LOCKOUTS).url == HOME
    assert partner.post(LOCKOUTS, {"username": "pat"}).url == HOME
    assert sign_in(Client(REMOTE_ADDR="192.0.2.200"), "pat").status_code == 429
    assert "Sign-in lockouts" not in partner.get(HOME).content.decode()


@pytest.mark.django_db
def test_forged_unlock_posts_get_a_clear_4xx(comms_client):
    assert comms_client.post(LOCKOUTS, {}).status_code == 400
    assert comms_client.post(LOCKOUTS, {"username": "a", "ip_address": "b"}).status_code == 400
    assert comms_client.post(LOCKOUTS, {"username": "x" * 300}).status_code == 400
    response = comms_client.post(LOCKOUTS, {"username": "nobody"}, follow=True)
    assert "was not locked" in response.content.decode()


@pytest.mark.django_db
def test_sign_ins_wrong_passwords_lockouts_and_unlocks_are_in_site_history(comms_client):
    pat = account("pat")
    assert sign_in(Client(REMOTE_ADDR="192.0.2.1"), "pat").url == HOME
    lock_out("pat")
    comms_client.post(LOCKOUTS, {"username": "pat"})
    history = comms_client.get(HISTORY, {"object_type": "", "action": audit.SIGNED_IN})
    text = history.content.decode()
    assert history.status_code == 200
    assert "Sign in, from 192.0.2.1" in text
    assert "Wrong password, from" not in text  # the filter holds
    everything = comms_client.get(HISTORY).content.decode()
    for label in ("Wrong password, from 192.0.2.9", "Signing in locked", "Signing in unlocked"):
        assert label in everything
    entries = audit.LABELS.keys()
    assert {e.action for e in pat_entries(pat)} <= set(entries)


def pat_entries(user):
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.filter(object_id=str(user.pk))


@pytest.mark.django_db
def test_a_partner_does_not_see_other_accounts_events():
    account("pat")
    sign_in(Client(REMOTE_ADDR="192.0.2.1"), "pat")
    partner = Client()
    partner.force_login(account("parker"))
    response = partner.get(HISTORY)
    assert "Sign in, from 192.0.2.1" not in response.content.decode()
