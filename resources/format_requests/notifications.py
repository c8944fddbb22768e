"""E-mail a new format request to the owning partner's staff and comms, and thank the reader.

The partner's staff and comms get separate messages, so that neither list of addresses is
shown to the other (a partnership resource: comms only). The reader's notes are quoted line
by line and never trusted as a link; their address is the Reply-To. The reader gets an
acknowledgement in the language they used on the form, at most
``spam.ACKNOWLEDGEMENTS_PER_ADDRESS`` a day (the charter form's rule), so the form cannot be
used to flood someone else's inbox.
"""

from __future__ import annotations

import logging

from django_tasks import task

from partners.joining import spam
from partners.mail import admin_url, comms_recipients, one_line, queue, quoted, send
from partners.self_service.selectors import partner_recipients

logger = logging.getLogger(__name__)

TEMPLATE = "resources/email/format_request_notice"
ACK_TEMPLATE = "resources/email/format_request_ack"


def resource_url_in(resource, language: str) -> str:
    """The resource's live translation in ``language`` where there is one, else its own URL."""
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first() if language else None
    version = resource.get_translation_or_none(locale) if locale else None
    if version is not None and version.live and version.alias_of_id is None:
        return version.full_url or ""
    return resource.full_url or ""


def _context(format_request) -> dict:
    document = format_request.document
    return {
        "request": format_request,
        "resource_title": one_line(format_request.resource.title),
        "partner_title": one_line(format_request.partner.title) if format_request.partner else "",
        "document_title": one_line(document.title) if document else "",
        "name": one_line(format_request.name),
        "notes_quoted": quoted(format_request.notes) if format_request.notes else "",
        "resource_url": format_request.resource.full_url or "",
        "review_url": admin_url("format_requests:inspect", format_request.pk),
    }


@task()
def send_request_notifications(request_id: int) -> int:
    from resources.format_requests.models import FormatRequest

    format_request = FormatRequest.objects.select_related("resource", "partner", "document").get(
        pk=request_id
    )
    context = _context(format_request)
    sent = 0
    partner_list = partner_recipients(format_request.partner)
    comms_list = [address for address in comms_recipients() if address not in partner_list]
    for recipients in (partner_list, comms_list):
        if recipients:
            sent += send(TEMPLATE, context, recipients, reply_to=[format_request.email])
    if not sent:
        logger.warning("Nobody to tell about format request %s", format_request.pk)
    if spam.may_acknowledge(format_request.email):
        language = format_request.language
        context["resource_url"] = resource_url_in(format_request.resource, language)
        sent += send(ACK_TEMPLATE, context, [format_request.email], language=language)
    return sent


def queue_request_notifications(format_request) -> None:
    queue(send_request_notifications, format_request.pk)
