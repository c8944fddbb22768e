"""Format requests in the admin: comms see every request, a partner only its own resources'.

The screens and their permission policy are ``partners.inbox``'s: holders of
``resources.view_formatrequest`` (the comms team, from migration ``0002_rpage``) see all; a
partner's staff see requests about their own resources; requests about the partnership's own
resources (no partner) are for comms alone, and another partner's request id gives 404.
Requests are listed, inspected and marked answered.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from partners.inbox import Inbox, InboxViewSet
from resources.format_requests.models import FormatRequest, RequestStatus

REQUESTS = Inbox(
    model=FormatRequest,
    subject="resource",
    done_status=RequestStatus.ANSWERED,
    done_field="answered",
    done_message=_("The request is marked answered."),
    already_done_message=_("This request was already answered."),
    mark_done_label=_("Mark as answered"),
    edit_subject_label=_("Edit the resource"),
    related=("document",),
    plain_text_fields=("notes",),
)


class FormatRequestViewSet(InboxViewSet):
    inbox = REQUESTS
    done_path = "answer"
    icon = "doc-full"
    menu_label = _("Format requests")
    menu_order = 270
    list_display = ["resource", "needed_format", "created_at", "status"]
    list_filter = ["status", "needed_format"]
    inspect_view_fields = [
        "resource",
        "partner",
        "document",
        "needed_format",
        "other_language",
        "notes",
        "name",
        "email",
        "language",
        "created_at",
        "status",
        "answered_at",
        "answered_by",
    ]
