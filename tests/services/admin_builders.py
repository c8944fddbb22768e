"""Builders for the support-service admin tests: two partners made the real way, services.

Test helpers, no tests. Partners come from the approval service (their groups, page
permissions and the "Partner changes" workflow), as in ``tests/partners``.
"""

from __future__ import annotations

import datetime

from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html

from services.factories import HelpKindFactory, ServiceLocationFactory, ServicePageFactory
from services.factories import VenueFactory as VenueFactory  # re-exported for the tests
from tests.builders import publish
from tests.partners.test_joining_fixtures import approve_partner, build_site, make_comms_user

A_TITLE = "Elmbridge Library"
B_TITLE = "Fernley Housing Trust"
B_SERVICE = "XYZZY Fernley tablet loans"


def build_partners() -> dict:
    """The site, the comms team, partners A and B with a contact user each, a kind of help."""
    tree = build_site()
    comms = make_comms_user()
    page_a, user_a = approve_partner(A_TITLE, "staff@elmbridge-library.example", comms)
    page_b, user_b = approve_partner(B_TITLE, "staff@fernley-housing.example", comms)
    kind = HelpKindFactory(name="Help to get online", code="get-online", locale=default())
    return {
        **tree,
        "comms": comms,
        "page_a": page_a,
        "user_a": user_a,
        "page_b": page_b,
        "user_b": user_b,
        "kind": kind,
    }


def default() -> Locale:
    return Locale.get_default()


def add_service(partner, title: str, *, kinds=(), venues=(), **fields):
    """A published service under ``partner`` (with a revision, as if made in the editor)."""
    fields.setdefault("last_checked", datetime.date.today())
    service = ServicePageFactory(parent=partner, title=title, **fields)
    service.kinds.set(kinds)
    for venue in venues:
        ServiceLocationFactory(page=service, venue=venue)
    service.save()
    return publish(service)


def add_url(parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["services", "servicepage", parent.pk])


def service_form(client, parent, **fields) -> dict:
    """The "add a support service" form as the user sees it, filled in with ``fields``.

    Inline rows are given as lists of dicts: ``locations=[{"venue": pk}]``.
    """
    response = client.get(add_url(parent))
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form").dict()
    values = {
        "title": "Tablet loans",
        "slug": "tablet-loans",
        "summary": "Borrow a tablet for a month, with help to set it up.",
        "description": "Ask at the desk. We lend tablets with free data.",
        "booking": "not_needed",
        "is_free": "on",
        **fields,
    }
    for name in ("locations", "opening_sessions", "opening_exceptions", "languages"):
        rows = values.pop(name, [])
        data = {key: value for key, value in data.items() if not key.startswith(f"{name}-")}
        data.update(nested_form_data({name: inline_formset(rows)}))
    for name in ("by_phone", "online", "is_free"):
        if not values.get(name):
            values.pop(name, None)
            data.pop(name, None)
    kinds = values.pop("kinds", [])
    data.update(values)
    return {**data, "kinds": [str(pk) for pk in kinds]}
