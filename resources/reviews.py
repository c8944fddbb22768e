"""Reads for resources due a review: live resources whose review date has passed.

A guide that nobody has looked at for years misleads quietly; the admin report, the
partner's dashboard panel and the reminder e-mail all read these selectors, so they agree
on what is due. A resource without a review date is never due.
"""

from __future__ import annotations

import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from resources.models import ResourcePage


def resources_due(today: datetime.date | None = None) -> QuerySet[ResourcePage]:
    """Live resources whose ``review_due`` is before ``today``, most overdue first.

    Each is annotated with ``owner_page_title``, ``owner_page_id`` and ``owner_page_type``
    (its parent page: the partner, or the library for the partnership's own) so that
    listings need no query per row.
    """
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return (
        ResourcePage.objects.live()
        .filter(review_due__lt=today or timezone.localdate())
        .annotate(
            owner_page_title=Subquery(parent.values("title")[:1], output_field=CharField()),
            owner_page_id=Subquery(parent.values("pk")[:1]),
            owner_page_type=Subquery(parent.values("content_type_id")[:1]),
        )
        .order_by("review_due", "title", "pk")
    )


def resources_due_for_user(user, today: datetime.date | None = None) -> QuerySet[ResourcePage]:
    """The resources due a review that ``user`` may edit: all for comms, its own for a partner."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return resources_due(today).filter(pk__in=editable.values("pk"))


def resources_due_by_partner(
    today: datetime.date | None = None,
) -> dict[int, list[ResourcePage]]:
    """``{partner page id: [resources due a review]}`` for the reminder e-mails.

    The library's own resources belong to the comms team, who see them in the report.
    """
    partner_type = ContentType.objects.get_for_model(apps.get_model("partners", "PartnerPage"))
    by_partner: dict[int, list[ResourcePage]] = {}
    for resource in resources_due(today).filter(owner_page_type=partner_type.pk):
        by_partner.setdefault(resource.owner_page_id, []).append(resource)
    return by_partner
