"""Builders shared by the joining, self-service, permission and reminder tests (no tests here).

They make the tree the features live in (home, charter with principles, sign-the-charter
page, partner directory), comms staff, and partners made the real way: an application
approved by ``partners.joining.services.approve_application``.
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html

from charter.factories import CharterPageFactory, PrinciplePageFactory
from hub.services import ensure_comms_team_group
from partners.factories import (
    AreaFactory,
    CharterApplicationFactory,
    PartnerDirectoryPageFactory,
    PledgePageFactory,
    add_principle,
)
from partners.joining import services
from partners.models import SignCharterPage
from partners.self_service import access
from tests.builders import make_home, publish

PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - test accounts only


def upload_png(name: str = "photo.png") -> SimpleUploadedFile:
    """A small PNG as a browser would upload it."""
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), "image/png")


def build_site() -> dict:
    """Home (the default site's root), a charter with two principles, the form and directory."""
    home = make_home()
    charter = publish(CharterPageFactory(parent=home, title="The charter", slug="charter"))
    principles = [
        publish(
            PrinciplePageFactory(
                parent=charter, title="Work as one team", slug="one-team", number=1
            )
        ),
        publish(
            PrinciplePageFactory(
                parent=charter, title="Signpost people to support", slug="signpost", number=2
            )
        ),
    ]
    sign = SignCharterPage(
        title="Sign the charter",
        slug="sign",
        intro="<p>Join the partnership.</p>",
        thank_you_title="Thank you, we have it",
    )
    charter.add_child(instance=sign)
    publish(sign)
    directory = publish(PartnerDirectoryPageFactory(parent=home))
    default = Locale.get_default()
    areas = [AreaFactory(name=name, locale=default) for name in ("Elmbridge", "Fernley")]
    return {
        "home": home,
        "charter": charter,
        "principles": principles,
        "sign": sign,
        "directory": directory,
        "areas": areas,
    }


def make_user(username: str, **fields):
    fields.setdefault("email", f"{username}@elmshire.example")
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, **fields)
    return user


def make_comms_user(username: str = "comms"):
    user = make_user(username)
    user.groups.add(ensure_comms_team_group())
    access.ensure_partner_workflow()
    return user


def approve_partner(name: str, email: str, decided_by, *, publish_page: bool = True, **fields):
    """A partner made the real way; returns ``(partner page, contact user)``."""
    application = CharterApplicationFactory(
        organisation_name=name, contact_email=email, contact_name=f"Contact of {name}", **fields
    )
    page = services.approve_application(application, decided_by=decided_by)
    if publish_page:
        page.get_latest_revision().publish(user=decided_by)
        page.refresh_from_db()
    user = get_user_model().objects.get(email=email)
    user.set_password(PASSWORD)
    user.save()
    return page, user


def add_pledge(partner, principle, title: str, **fields):
    """A published pledge (with a revision, as if made in the editor) under ``partner``."""
    fields.setdefault("target_date", datetime.date(2027, 3, 31))
    pledge = PledgePageFactory(parent=partner, title=title, **fields)
    add_principle(pledge, principle)
    return publish(pledge)


def edit_form_data(client, page, **changes):
    """The page's edit form as the logged-in user sees it, with ``changes`` applied."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for key, value in changes.items():
        data[key] = value
    return data
