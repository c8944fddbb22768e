"""E-mails about joining the charter: to the comms team and to the applicant.

Sent as background tasks after the application is stored (see ``partners.mail``).
"""

from __future__ import annotations

import logging

from django_tasks import task

from partners.mail import (
    admin_url,
    comms_recipients,
    one_line,
    partnership_contact_email,
    queue,
    quoted,
    send,
)

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "partners/joining/email"


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
    return send(
        f"{TEMPLATE_DIR}/new_application",
        context,
        recipients,
        reply_to=[application.contact_email],
    )


def queue_application_notification(application) -> None:
    queue(send_application_notification, application.pk)


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
        "contact_email": partnership_contact_email(),
    }
    return send(
        f"{TEMPLATE_DIR}/acknowledgement",
        context,
        [application.contact_email],
        application.language,
    )


def queue_application_acknowledgement(application) -> None:
    queue(send_application_acknowledgement, application.pk)


# Decisions ---------------------------------------------------------------------------------


@task()
def send_rejection(application_id: int) -> int:
    from partners.models import CharterApplication

    application = CharterApplication.objects.get(pk=application_id)
    context = {
        "application": application,
        "organisation": one_line(application.organisation_name),
        "contact_email": partnership_contact_email(),
    }
    return send(
        f"{TEMPLATE_DIR}/rejection", context, [application.contact_email], application.language
    )


def queue_rejection(application_id: int) -> None:
    queue(send_rejection, application_id)
