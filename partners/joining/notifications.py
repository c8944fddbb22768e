"""E-mails about joining the charter, sent as background tasks.

Every message is sent after the data it describes has been stored. A failure to queue or to
send is logged and never undoes what was stored: with the immediate task backend a failing
task is recorded as failed and logged by django-tasks; with the database backend
(``TASKS_BACKEND=database``) it stays in the queue's results for staff to see.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from hub.services import COMMS_GROUP_NAME

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "partners/joining/email"


def admin_url(name: str, *args) -> str:
    """An absolute link into the Wagtail admin, for e-mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def _send(template: str, context: dict, recipients: list[str], language: str = "", **kwargs):
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in ``language`` and send them."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = one_line(render_to_string(f"{TEMPLATE_DIR}/{template}_subject.txt", context))
        body = render_to_string(f"{TEMPLATE_DIR}/{template}.txt", context).strip() + "\n"
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        headers={"Auto-Submitted": "auto-generated"},
        **kwargs,
    )
    return message.send()


def quoted(text: str) -> str:
    """Applicant text as an e-mail quotation: every line marked "> ", so it reads as theirs."""
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines() or [""])


def comms_recipients() -> list[str]:
    """E-mail addresses of active comms team members, else the site's ADMINS."""
    User = get_user_model()
    addresses = list(
        User.objects.filter(is_active=True, groups__name=COMMS_GROUP_NAME)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
    return addresses or [address for _name, address in settings.ADMINS]


def _queue(task_function, *args) -> None:
    try:
        task_function.enqueue(*args)
    except Exception:  # a broken mail queue must never lose or undo what was stored
        logger.exception("Could not queue %s%r", task_function.name, args)


# New applications --------------------------------------------------------------------------


@task()
def send_application_notification(application_id: int) -> int:
    from partners.models import CharterApplication

    application = CharterApplication.objects.prefetch_related("areas", "principles").get(
        pk=application_id
    )
    recipients = comms_recipients()
    if not recipients:
        logger.warning("No comms team member or ADMINS address to tell about %s", application)
        return 0
    context = {
        "application": application,
        "reference": application.reference,
        "organisation": one_line(application.organisation_name),
        "contact_name": one_line(application.contact_name),
        "contact_phone": one_line(application.contact_phone),
        "description_quoted": quoted(application.description),
        "first_pledges_quoted": quoted(application.first_pledges),
        "review_url": admin_url("charter_applications:inspect", application.pk),
    }
    return _send(
        "new_application",
        context,
        recipients,
        reply_to=[application.contact_email],
    )


def queue_application_notification(application) -> None:
    _queue(send_application_notification, application.pk)


@task()
def send_application_acknowledgement(application_id: int) -> int:
    """Tell the applicant, in the language of their form, that we have it and what comes next.

    It names only what they gave us about themselves (their name and organisation) and the
    reference, since an address typed by mistake would send it to someone else.
    """
    from partners.models import CharterApplication

    application = CharterApplication.objects.get(pk=application_id)
    context = {
        "reference": application.reference,
        "name": one_line(application.contact_name),
        "organisation": one_line(application.organisation_name),
        "contact_email": _partnership_contact_email(),
    }
    return _send("acknowledgement", context, [application.contact_email], application.language)


def queue_application_acknowledgement(application) -> None:
    _queue(send_application_acknowledgement, application.pk)


# Decisions ---------------------------------------------------------------------------------


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
    return _send("invitation", context, [user.email], language)


def queue_invitation(user_id: int, page_id: int, language: str = "") -> None:
    _queue(send_invitation, user_id, page_id, language)


@task()
def send_rejection(application_id: int) -> int:
    from partners.models import CharterApplication

    application = CharterApplication.objects.get(pk=application_id)
    context = {
        "application": application,
        "organisation": one_line(application.organisation_name),
        "contact_email": _partnership_contact_email(),
    }
    return _send("rejection", context, [application.contact_email], application.language)


def queue_rejection(application_id: int) -> None:
    _queue(send_rejection, application_id)


def _partnership_contact_email() -> str:
    from wagtail.models import Site

    from hub.models import HubSettings

    site = Site.objects.filter(is_default_site=True).first()
    return HubSettings.for_site(site).contact_email if site else ""


# Reminders ---------------------------------------------------------------------------------


def send_pledge_reminder(partner, pledges, recipients: list[str], language: str = "") -> int:
    """One e-mail to a partner's contacts listing its pledges that are overdue for an update."""
    context = {
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
    return _send("pledge_reminder", context, recipients, language)
