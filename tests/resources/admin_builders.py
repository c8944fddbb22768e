"""Builders for the resource-library admin tests: resources and the editor's form as posted.

Test helpers, no tests. Partners come from the approval service (their groups, page
permissions and the "Partner changes" workflow), as in ``tests/partners``.
"""

from __future__ import annotations

import datetime

from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    streamfield,
)

from resources.factories import ResourcePageFactory, ResourceTopicFactory
from tests.builders import publish
from tests.partners.test_joining_fixtures import edit_form_data

AUDIENCES = ("audience_residents", "audience_frontline", "audience_champions", "audience_partners")


def default() -> Locale:
    return Locale.get_default()


def make_topic(name: str = "Getting online", code: str = "getting-online"):
    return ResourceTopicFactory(name=name, code=code, locale=default())


def add_resource(parent, title: str, *, topics=(), **fields):
    """A published resource under ``parent`` (with a revision, as if made in the editor)."""
    resource = ResourcePageFactory(parent=parent, title=title, **fields)
    resource.topics.set(topics)
    resource.save()
    return publish(resource)


def add_url(parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", parent.pk])


def resource_form(client, parent, **fields) -> dict:
    """The "add a resource" form as the user sees it, filled in with ``fields``.

    Boolean fields are ticked when truthy; inline rows are lists of dicts
    (``links=[{"url": ..., "title": ...}]``); ``topics`` is a list of ids.
    """
    response = client.get(add_url(parent))
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form").dict()
    today = datetime.date.today()
    values = {
        "title": "Setting up an email account",
        "slug": "email-account",
        "summary": "Step by step, with pictures, for someone who has never had one.",
        "resource_format": "guide",
        "licence": "cc-by-4",
        "audience_residents": True,
        "last_reviewed": today.isoformat(),
        "review_due": (today + datetime.timedelta(days=365)).isoformat(),
        **fields,
    }
    data.update(nested_form_data({"body": streamfield(values.pop("body", []))}))
    for name in ("documents", "links"):
        rows = values.pop(name, [])
        data = {key: value for key, value in data.items() if not key.startswith(f"{name}-")}
        data.update(nested_form_data({name: inline_formset(rows)}))
    for name in AUDIENCES:
        data.pop(name, None)
        if values.pop(name, False):
            data[name] = "on"
    topics = values.pop("topics", [])
    data.update({key: value for key, value in values.items() if value is not None})
    return {**data, "topics": [str(pk) for pk in topics]}


def edit_form(client, resource, **changes) -> dict:
    """The resource's edit form as the logged-in user sees it (its body empty), changed."""
    data = edit_form_data(client, resource, **changes).dict()
    data.update(nested_form_data({"body": streamfield([])}))
    for name in AUDIENCES:  # a ticked box renders without a value; a browser posts "on"
        if name in data:
            data[name] = "on"
    data["topics"] = [str(pk) for pk in resource.topics.values_list("pk", flat=True)]
    return data
