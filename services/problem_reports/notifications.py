"""E-mail a new problem report to the owning partner's staff and to the comms team.

Two messages, so that neither list of addresses is shown to the other. The resident's text is
quoted line by line and never trusted as a link; the subject is one line built from the
service's title (``partners.mail.send``); their address, when given, is the Reply-To (it has
passed ``EmailField``, which allows no line breaks).
"""

from __future__ import annotations

import logging

from django_tasks import task

from partners.mail import admin_url, comms_recipients, one_line, queue, quoted, send
from partners.self_service.selectors import partner_recipients

logger = logging.getLogger(__name__)

TEMPLATE = "services/email/problem_report"


@task()
def send_report_notifications(report_id: int) -> int:
    from services.problem_reports.models import ProblemReport

    report = ProblemReport.objects.select_related("service", "partner").get(pk=report_id)
    context = {
        "report": report,
        "service_title": one_line(report.service.title),
        "partner_title": one_line(report.partner.title) if report.partner else "",
        "kind": report.get_kind_display(),
        "name": one_line(report.name),
        "details_quoted": quoted(report.details) if report.details else "",
        "service_url": report.service.full_url or "",
        "review_url": admin_url("problem_reports:inspect", report.pk),
        "edit_url": admin_url("wagtailadmin_pages:edit", report.service_id),
    }
    reply_to = [report.email] if report.email else []
    sent = 0
    partner_list = partner_recipients(report.partner)
    comms_list = [address for address in comms_recipients() if address not in partner_list]
    for recipients in (partner_list, comms_list):
        if recipients:
            sent += send(TEMPLATE, context, recipients, reply_to=reply_to)
    if not sent:
        logger.warning("Nobody to tell about problem report %s", report.pk)
    return sent


def queue_report_notifications(report) -> None:
    queue(send_report_notifications, report.pk)
