"""E-mails for partner self-service: the invitation to a new partner's account, reminders."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from partners.mail import admin_url, one_line, queue, send

TEMPLATE_DIR = "partners/self_service/email"


# Invitations -------------------------------------------------------------------------------


def set_password_url(user) -> str:
    """A one-off link to Wagtail's "set your password" form, valid PASSWORD_RESET_TIMEOUT."""
    return admin_url(
        "wagtailadmin_password_reset_confirm",
        urlsafe_base64_encode(force_bytes(user.pk)),
        default_token_generator.make_token(user),
    )


@task()
def send_invitation(user_id: int, page_id: int, language: str = "") -> int:
    from partners.models import PartnerPage

    user = get_user_model().objects.get(pk=user_id)
    partner = PartnerPage.objects.get(pk=page_id)
    if not user.email:
        return 0
    context = {
        "user": user,
        "partner": partner,
        "organisation": one_line(partner.title),
        "set_password_url": "" if user.has_usable_password() else set_password_url(user),
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        "login_url": admin_url("wagtailadmin_login"),
        "username": user.get_username(),
    }
    return send(f"{TEMPLATE_DIR}/invitation", context, [user.email], language)


def queue_invitation(user_id: int, page_id: int, language: str = "") -> None:
    queue(send_invitation, user_id, page_id, language)


# Reminders ---------------------------------------------------------------------------------


def send_pledge_reminder(
    partner, pledges, recipients: list[str], language: str = "", sections=()
) -> int:
    """One e-mail to a partner's contacts listing its pledges that are overdue for an update.

    ``sections`` (``extensions.ReminderSection``) are what other apps add, such as the
    partner's support services due a check.
    """
    context = {
        "sections": list(sections),
        "partner": partner,
        "organisation": one_line(partner.title),
        "pledges": [
            {
                "title": one_line(pledge.title),
                "last_update": pledge.last_update,
                "edit_url": admin_url("wagtailadmin_pages:edit", pledge.pk),
            }
            for pledge in pledges
        ],
        "login_url": admin_url("wagtailadmin_login"),
    }
    return send(f"{TEMPLATE_DIR}/pledge_reminder", context, recipients, language)
