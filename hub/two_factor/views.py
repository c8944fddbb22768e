"""The second step of signing in, setting up an authenticator, and managing both."""

from __future__ import annotations

from base64 import b32encode
from urllib.parse import urlencode

import django_otp
import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from hub import audit

from . import policy
from .forms import CodeForm


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _signed_in_with(request, device) -> None:
    """Mark the session as past the second step, under a new session key."""
    django_otp.login(request, device)
    request.session.cycle_key()


def _check_code(user, code: str):
    """The device that accepts ``code`` (the app, or a recovery code), else None.

    Returns ``(device, throttled)``; django-otp slows guessing by refusing every code for a
    while after each wrong one, doubling the wait each time.
    """
    devices = [d for d in (policy.authenticator(user), policy.recovery_device(user)) if d]
    throttled = False
    for device in devices:
        allowed, _reason = device.verify_is_allowed()
        if not allowed:
            throttled = True
            continue
        verified = django_otp.verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified, False
    return None, throttled


def _code_error(form, throttled: bool) -> None:
    if throttled:
        form.add_error(
            "code",
            _("Too many wrong codes in a row. Wait a minute, then try again."),
        )
    else:
        form.add_error(
            "code",
            _(
                "That code is not right or has been used. Check that the time on your phone is "
                "right, or use one of your recovery codes."
            ),
        )


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """After the password: a code from the authenticator app, or a recovery code."""
    user = request.user
    next_url = _next_url(request)
    if user.is_verified():
        return HttpResponseRedirect(next_url)
    if policy.authenticator(user) is None:
        if policy.is_required(user):
            return HttpResponseRedirect(
                f"{reverse('two_factor_setup')}?{urlencode({'next': next_url})}"
            )
        return HttpResponseRedirect(next_url)
    form = CodeForm(
        request.POST or None,
        help_text=_(
            "Enter the 6-digit code your authenticator app shows now, or one of your recovery "
            "codes."
        ),
    )
    if request.method == "POST" and form.is_valid():
        device, throttled = _check_code(user, form.cleaned_data["code"])
        if device is not None:
            _signed_in_with(request, device)
            if device.name == policy.RECOVERY_DEVICE_NAME:
                audit.record(user, audit.RECOVERY_CODE_USED, request)
                left = policy.recovery_codes_left(user)
                messages.warning(
                    request,
                    _(
                        "You used a recovery code. Codes left: %(count)s. Make new ones from "
                        "your account's two-factor authentication page."
                    )
                    % {"count": left},
                )
            return HttpResponseRedirect(next_url)
        audit.record(user, audit.WRONG_CODE, request)
        _code_error(form, throttled)
    return TemplateResponse(
        request,
        "hub/two_factor/verify.html",
        {"form": form, "next": next_url},
        status=400 if form.errors else 200,
    )


def _qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(
        scale=5,
        border=4,
        dark="#0b0c0c",
        light="#ffffff",
        title=_("QR code for your authenticator app"),
        svgclass="two-factor-qr",
    )


def _grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@never_cache
@require_http_methods(["GET", "POST"])
def setup(request):
    """Link an authenticator app, confirm it with one code, then show the recovery codes."""
    user = request.user
    if policy.authenticator(user) is not None:
        if user.is_verified():
            return redirect("two_factor_manage")
        return redirect("two_factor_verify")
    device = policy.pending_authenticator(user)
    form = CodeForm(
        request.POST or None,
        help_text=_("Enter the 6-digit code your authenticator app shows for this account."),
    )
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            codes = policy.new_recovery_codes(user)
            _signed_in_with(request, device)
            audit.record(user, audit.TWO_FACTOR_ON, request)
            return TemplateResponse(
                request,
                "hub/two_factor/recovery_codes.html",
                {"codes": codes, "next": _next_url(request), "first_time": True},
            )
        _code_error(form, throttled=not device.verify_is_allowed()[0])
    secret = b32encode(device.bin_key).decode()
    return TemplateResponse(
        request,
        "hub/two_factor/setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "qr_svg": _qr_svg(device.config_url),
            "secret": _grouped(secret),
            "required": policy.is_required(user),
            "issuer": settings.OTP_TOTP_ISSUER,
        },
        status=400 if form.errors else 200,
    )


ACTIONS = ("new_codes", "turn_off")


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request):
    """The account's two-factor page: status, new recovery codes, turning it off.

    Each action asks for a current code from the app again.
    """
    user = request.user
    device = policy.authenticator(user)
    if device is None:
        return redirect("two_factor_setup")
    required = policy.is_required(user)
    action = request.POST.get("action") if request.method == "POST" else None
    if request.method == "POST" and action not in ACTIONS:
        return HttpResponseBadRequest(_("Choose what to do from the page."))
    if action == "turn_off" and required:
        raise PermissionDenied
    help_text = _("To confirm it is you, enter the 6-digit code your authenticator app shows.")
    forms = {
        name: CodeForm(request.POST if name == action else None, prefix=name, help_text=help_text)
        for name in ACTIONS
    }
    form = forms.get(action)
    if form is not None and form.is_valid():
        if device.verify_is_allowed()[0] and device.verify_token(form.cleaned_data["code"]):
            if action == "new_codes":
                codes = policy.new_recovery_codes(user)
                audit.record(user, audit.NEW_RECOVERY_CODES, request)
                return TemplateResponse(
                    request,
                    "hub/two_factor/recovery_codes.html",
                    {"codes": codes, "next": reverse("two_factor_manage")},
                )
            policy.remove_all(user)
            audit.record(user, audit.TWO_FACTOR_OFF, request)
            messages.success(request, _("Two-factor authentication is off for your account."))
            return redirect("wagtailadmin_account")
        _code_error(form, throttled=not device.verify_is_allowed()[0])
    return TemplateResponse(
        request,
        "hub/two_factor/manage.html",
        {
            "forms": forms,
            "form": form,
            "required": required,
            "codes_left": policy.recovery_codes_left(user),
        },
        status=400 if form is not None and form.errors else 200,
    )
