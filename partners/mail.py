"""E-mail for the partners app: rendered in the reader's language, sent as background tasks.

Every message is sent after the data it describes has been stored. A failure to queue or to
send is logged and never undoes what was stored: with the immediate task backend a failing
task is recorded as failed and logged by django-tasks; with the database backend
(``TASKS_BACKEND=database``) it stays in the queue's results for staff to see.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from hub.services import COMMS_GROUP_NAME

logger = logging.getLogger(__name__)


def admin_url(name: str, *args) -> str:
    """An absolute link into the Wagtail admin, for e-mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def send(template: str, context: dict, recipients: list[str], language: str = "", **kwargs):
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in ``language`` and send them."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = one_line(render_to_string(f"{template}_subject.txt", context))
        body = render_to_string(f"{template}.txt", context).strip() + "\n"
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


def queue(task_function, *args) -> None:
    try:
        task_function.enqueue(*args)
    except Exception:  # a broken mail queue must never lose or undo what was stored
        logger.exception("Could not queue %s%r", task_function.name, args)


def partnership_contact_email() -> str:
    """The address residents and partners write to, from the default site's settings."""
    from wagtail.models import Site

    from hub.models import HubSettings

    site = Site.objects.filter(is_default_site=True).first()
    return HubSettings.for_site(site).contact_email if site else ""
