"""Signed-in sessions end after two hours idle and twelve hours at most."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from hub.sessions import LAST_SEEN, STARTED

ADMIN = "/admin/"


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_user("editor", "editor@elmshire.example", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(ADMIN).status_code == 200
    return client


def age_session(client, **seconds_ago):
    session = client.session
    now = int(time.time())
    for key, ago in seconds_ago.items():
        session[{"started": STARTED, "last_seen": LAST_SEEN}[key]] = now - ago
    session.save()


def test_a_session_used_within_two_hours_stays_signed_in(editor_client):
    age_session(editor_client, started=3 * 60 * 60, last_seen=119 * 60)
    assert editor_client.get(ADMIN).status_code == 200
    assert editor_client.session[LAST_SEEN] >= int(time.time()) - 5  # seen again now


def test_two_hours_idle_signs_out_with_a_message(editor_client):
    age_session(editor_client, last_seen=2 * 60 * 60 + 1)
    response = editor_client.get(ADMIN, follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert "signed out because the session had been idle" in response.content.decode()
    assert "_auth_user_id" not in editor_client.session


def test_twelve_hours_after_signing_in_signs_out_however_busy(editor_client):
    age_session(editor_client, started=12 * 60 * 60 + 1, last_seen=30)
    response = editor_client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_public_pages_for_visitors_are_untouched(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert STARTED not in client.session
