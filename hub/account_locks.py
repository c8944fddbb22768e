"""Settings → Sign-in lockouts: who is locked out after wrong passwords, and unlocking them.

django-axes locks an account, and separately a client address, after ``AXES_FAILURE_LIMIT``
wrong passwords within the cool-off time. Anyone with permission to delete access attempts
(administrators and the comms team) can see the locks here and lift one before it expires;
each unlock is logged.
"""

from __future__ import annotations

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F, Max, Sum
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from hub import audit

PERMISSION = "axes.delete_accessattempt"


def can_unlock(user) -> bool:
    return user.has_perm(PERMISSION)


def locks(field: str) -> list[dict]:
    """Locked usernames or addresses: failures in the cool-off time at or over the limit."""
    since = timezone.now() - get_cool_off()
    attempts = AccessAttempt.objects.filter(attempt_time__gte=since).exclude(
        **{f"{field}__isnull": True}
    )
    if field == "username":
        attempts = attempts.exclude(username="")
    return list(
        attempts.values(name=F(field))
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last")
    )


@require_http_methods(["GET", "POST"])
def lockouts(request):
    if not can_unlock(request.user):
        raise PermissionDenied
    if request.method == "POST":
        username = request.POST.get("username", "").strip()
        address = request.POST.get("ip_address", "").strip()
        if bool(username) == bool(address) or len(username) > 255 or len(address) > 45:
            return HttpResponseBadRequest(_("Choose one account or one address to unlock."))
        if username:
            removed = reset(username=username)
            account = audit.account_named(username)
            if removed and account is not None:
                audit.record(account, audit.UNLOCKED, by=request.user)
        else:
            removed = reset(ip=address)
            if removed:
                audit.record(request.user, audit.UNLOCKED, address=address)
        if removed:
            messages.success(request, _("Unlocked: %(name)s.") % {"name": username or address})
        else:
            messages.info(
                request,
                _("%(name)s was not locked, or the lock had already expired.")
                % {"name": username or address},
            )
        return redirect("hub_lockouts")
    return TemplateResponse(
        request,
        "hub/lockouts.html",
        {
            "accounts": locks("username"),
            "addresses": locks("ip_address"),
            "failure_limit": settings.AXES_FAILURE_LIMIT,
        },
    )


urlpatterns = [path("lockouts/", lockouts, name="hub_lockouts")]
