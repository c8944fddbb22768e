"""Demo content for joining the charter: the sign-the-charter form and a pending application."""

from __future__ import annotations

from wagtail.models import Locale
from wagtail_localize.synctree import create_aliases_for_new_page

from charter.models import CharterPage, PrinciplePage
from hub.demo import data
from partners.models import (
    ApplicationStatus,
    Area,
    CharterApplication,
    SignCharterPage,
)


def _write(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text if text.endswith("\n") else f"{text}\n")


def _pending_application() -> CharterApplication:
    fields = data.read("partners", "joining")["pending_application"]
    area_names = fields.pop("areas")
    existing = CharterApplication.objects.filter(
        organisation_name=fields["organisation_name"], status=ApplicationStatus.PENDING
    ).first()
    if existing:
        return existing
    application = CharterApplication.objects.create(consent=True, **fields)
    default = Locale.get_default()
    application.areas.set(Area.objects.filter(locale=default, name__in=area_names))
    application.principles.set(
        PrinciplePage.objects.live().filter(locale=default).order_by("number")[:2]
    )
    return application


def _sign_page() -> SignCharterPage | None:
    """The "sign the charter" form under the charter page, made once and shown in every language."""
    default = Locale.get_default()
    existing = SignCharterPage.objects.filter(locale=default).first()
    if existing is not None:
        return existing
    charter = CharterPage.objects.live().filter(locale=default).first()
    if charter is None:
        return None
    page = SignCharterPage(**data.read("partners", "joining")["sign_page"])
    charter.add_child(instance=page)
    page.save_revision().publish()
    # As wagtail-localize's "after create" hook would: the page in every synchronised tree.
    create_aliases_for_new_page(page)
    return page


def load_demo_joining(stdout=None) -> None:
    """The sign-the-charter form under the charter, and one application waiting for review."""
    if sign_page := _sign_page():
        _write(stdout, f"Sign-the-charter form: {sign_page.get_url()}")
    application = _pending_application()
    _write(stdout, f"Pending charter application: {application.organisation_name}")
