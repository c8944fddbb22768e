"""Two-factor authentication: set up, the second step of signing in, recovery codes, rules."""

import datetime
import io
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from hub import audit
from hub.services import ensure_comms_team_group
from hub.two_factor import policy

LOGIN = reverse("wagtailadmin_login")
HOME = reverse("wagtailadmin_home")
VERIFY = reverse("two_factor_verify")
SETUP = reverse("two_factor_setup")
MANAGE = reverse("two_factor_manage")
PASSWORD = "a-long-pass-phrase"


def account(username, *, superuser=False, comms=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if comms:
        user.groups.add(ensure_comms_team_group())
    return user


def code_for(device) -> str:
    """The code an authenticator app shows now for ``device``.

    django-otp accepts each time step once; tests that need several codes in a row forget
    the last one used, as if the next 30 seconds had passed.
    """
    device.refresh_from_db()
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    token = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    token.time = time.time()
    return f"{token.token():0{device.digits}d}"


def wait_out_throttle(device) -> None:
    """As if the pause django-otp imposes after a wrong code had passed."""
    earlier = timezone.now() - datetime.timedelta(hours=1)
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=device.user).update(throttling_failure_timestamp=earlier)


def set_up(user) -> tuple[TOTPDevice, list[str]]:
    """An account with an authenticator and recovery codes, as the setup screen leaves it."""
    device = TOTPDevice.objects.create(user=user, name=policy.AUTHENTICATOR_NAME, confirmed=True)
    return device, policy.new_recovery_codes(user)


def sign_in(client, username):
    return client.post(LOGIN, {"username": username, "password": PASSWORD})


def actions_logged(user) -> list[str]:
    return list(
        ModelLogEntry.objects.filter(object_id=str(user.pk), action__startswith="hub.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


@pytest.fixture
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


# The second step of signing in --------------------------------------------------------------


@pytest.mark.django_db
def test_a_password_alone_does_not_open_the_admin_when_two_factor_is_on(client):
    user = account("pat")
    device, _codes = set_up(user)
    response = sign_in(client, "pat")
    assert response.status_code == 302
    for path in (HOME, reverse("wagtailadmin_explore_root"), reverse("wagtailadmin_account")):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith(VERIFY)
    page = client.get(response.url)
    assert page.status_code == 200
    assert b'autocomplete="one-time-code"' in page.content

    wrong = client.post(VERIFY, {"code": "000000", "next": HOME})
    assert wrong.status_code == 400
    assert "There is a problem" in wrong.content.decode()
    assert client.get(HOME).status_code == 302

    wait_out_throttle(device)
    right = client.post(VERIFY, {"code": code_for(device), "next": HOME})
    assert right.status_code == 302 and right.url == HOME
    assert client.get(HOME).status_code == 200
    assert actions_logged(user) == [audit.SIGNED_IN, audit.WRONG_CODE]


@pytest.mark.django_db
def test_a_code_is_accepted_once(client):
    user = account("pat")
    device, _codes = set_up(user)
    sign_in(client, "pat")
    code = code_for(device)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    other = Client()
    sign_in(other, "pat")
    assert other.post(VERIFY, {"code": code}).status_code == 400  # replayed


@pytest.mark.django_db
def test_a_recovery_code_signs_in_once_and_says_how_many_are_left(client):
    user = account("pat")
    _device, codes = set_up(user)
    sign_in(client, "pat")
    spaced = f"{codes[0][:4]} {codes[0][4:]}".upper()  # as printed, typed in capitals
    response = client.post(VERIFY, {"code": spaced}, follow=True)
    assert response.status_code == 200
    assert "Codes left: 9" in response.content.decode()
    assert policy.recovery_codes_left(user) == 9
    again = Client()
    sign_in(again, "pat")
    assert again.post(VERIFY, {"code": codes[0]}).status_code == 400
    assert audit.RECOVERY_CODE_USED in actions_logged(user)


@pytest.mark.django_db
def test_wrong_codes_in_a_row_are_throttled():
    user = account("pat")
    device, _codes = set_up(user)
    client = Client()
    sign_in(client, "pat")
    client.post(VERIFY, {"code": "000000"})
    # django-otp now refuses every code for a while, the right one too.
    response = client.post(VERIFY, {"code": code_for(device)})
    assert response.status_code == 400
    assert "Too many wrong codes" in response.content.decode()


@pytest.mark.django_db
def test_half_signed_in_sees_public_pages_as_a_visitor_and_can_sign_out(client):
    user = account("pat")
    set_up(user)
    sign_in(client, "pat")
    response = client.get("/robots.txt")
    assert response.wsgi_request.user.is_anonymous
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_next_never_leaves_the_site(client):
    user = account("pat")
    device, _codes = set_up(user)
    sign_in(client, "pat")
    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assert response.url == HOME


# Who must use it -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["superuser", "comms"])
def test_administrators_and_comms_must_set_it_up_before_anything_else(client, required, role):
    user = account("lee", superuser=role == "superuser", comms=role == "comms")
    sign_in(client, "lee")
    response = client.get(HOME)
    assert response.status_code == 302 and response.url.startswith(SETUP)
    assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[1])).url.startswith(SETUP)
    page = client.get(response.url)
    assert "requires two-factor authentication" in page.content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.get(SETUP).context["secret"] == page.context["secret"]  # same key on reload

    done = client.post(SETUP, {"code": code_for(device), "next": HOME})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == policy.RECOVERY_CODE_COUNT == 10
    assert all(code[:4] in done.content.decode() for code in codes)
    assert client.get(HOME).status_code == 200
    assert audit.TWO_FACTOR_ON in actions_logged(user)


@pytest.mark.django_db
def test_partners_are_offered_it_but_not_made_to(client, required):
    account("pat")
    sign_in(client, "pat")
    assert client.get(HOME).status_code == 200
    account_page = client.get(reverse("wagtailadmin_account")).content.decode()
    assert SETUP in account_page
    assert "Two-factor authentication" in account_page


@pytest.mark.django_db
def test_a_partner_sets_it_up_and_turns_it_off_with_a_code(client, required):
    user = account("pat")
    client.force_login(user)
    assert client.get(SETUP).status_code == 200
    device = TOTPDevice.objects.get(user=user)
    assert client.post(SETUP, {"code": "123"}).status_code == 400
    wait_out_throttle(device)
    assert client.post(SETUP, {"code": code_for(device)}).status_code == 200
    assert client.get(MANAGE).status_code == 200

    refused = client.post(MANAGE, {"action": "turn_off", "turn_off-code": "000000"})
    assert refused.status_code == 400
    assert policy.authenticator(user) is not None
    wait_out_throttle(device)
    off = client.post(MANAGE, {"action": "turn_off", "turn_off-code": code_for(device)})
    assert off.status_code == 302
    assert policy.authenticator(user) is None
    assert actions_logged(user)[-1] == audit.TWO_FACTOR_OFF


@pytest.mark.django_db
def test_those_who_must_use_it_cannot_turn_it_off_but_can_make_new_codes(client, required):
    user = account("lee", comms=True)
    device, old_codes = set_up(user)
    client.force_login(user)
    client.post(VERIFY, {"code": code_for(device)})
    assert "cannot be turned off" in client.get(MANAGE).content.decode()
    forged = client.post(MANAGE, {"action": "turn_off", "turn_off-code": code_for(device)})
    assert forged.status_code == 302  # Wagtail's answer to a refused admin action
    assert forged.url == HOME
    assert policy.authenticator(user) is not None

    fresh = client.post(MANAGE, {"action": "new_codes", "new_codes-code": code_for(device)})
    assert fresh.status_code == 200
    assert set(fresh.context["codes"]).isdisjoint(old_codes)
    assert policy.recovery_codes_left(user) == 10
    assert client.post(MANAGE, {"action": "nonsense"}).status_code == 400


@pytest.mark.django_db
def test_a_setup_page_cannot_replace_a_working_authenticator(client):
    user = account("pat")
    device, _codes = set_up(user)
    client.force_login(user)
    client.post(VERIFY, {"code": code_for(device)})
    assert client.get(SETUP).url == MANAGE
    assert TOTPDevice.objects.filter(user=user).count() == 1


@pytest.mark.django_db
def test_an_administrator_resets_it_from_the_command_line():
    user = account("pat")
    set_up(user)
    out = io.StringIO()
    call_command("reset_two_factor", "pat", stdout=out)
    assert "reset for pat" in out.getvalue()
    assert policy.authenticator(user) is None and policy.recovery_codes_left(user) == 0
    assert actions_logged(user) == [audit.TWO_FACTOR_RESET]


def test_production_requires_it_for_staff_by_default():
    from hub.settings import base

    assert base.TWO_FACTOR_REQUIRED is True
