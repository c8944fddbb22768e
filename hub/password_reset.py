"""Wagtail's "reset your password" form, with a limit on how often it may be sent.

Each request e-mails a link, so an unlimited form lets anyone flood a person's inbox or
probe which addresses have accounts. Per hour, one client may ask ``PER_CLIENT`` times and
one e-mail address may be asked for ``PER_ADDRESS`` times; past that the form is shown
again with a 429 and a message. Counts are kept in the shared ``limits`` cache.
"""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.admin.views.account import PasswordResetView, get_password_reset_form

from hub import limits

PER_CLIENT = 5
PER_ADDRESS = 3
WINDOW_SECONDS = 60 * 60


@never_cache
def password_reset(request, *args, **kwargs):
    view = PasswordResetView.as_view()
    if request.method != "POST":
        return view(request, *args, **kwargs)
    address = request.POST.get("email", "").strip().lower()[:254]
    keys = [
        (limits.key("password-reset-client", limits.client_ip(request)), PER_CLIENT),
        (limits.key("password-reset-address", address), PER_ADDRESS),
    ]
    if any(limits.reached(key, limit) for key, limit in keys):
        form = get_password_reset_form()(request.POST)
        form.is_valid()
        form.add_error(
            None,
            _("Too many requests to reset a password. Wait an hour, then try again."),
        )
        template = PasswordResetView.template_name
        return TemplateResponse(request, template, {"form": form}, status=429)
    for key, _limit in keys:
        limits.count(key, WINDOW_SECONDS)
    return view(request, *args, **kwargs)
