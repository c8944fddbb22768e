"""Demo content for joining and self-service: the form, a pending application, partner users.

``load_demo_access`` runs after the partners demo has made the partner pages. It gives the
demo accounts "partner1" and "partner2" (made by the hub's loader) membership of two
different partners through the same service that approving an application uses.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail_localize.synctree import create_aliases_for_new_page

from charter.models import CharterPage, PrinciplePage
from hub.demo import data
from partners.joining import services
from partners.models import (
    ApplicationStatus,
    Area,
    CharterApplication,
    PartnerPage,
    SignCharterPage,
)

DEMO_USERNAMES = ("partner1", "partner2")


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


def _demo_partner_pages() -> list[PartnerPage]:
    try:
        from partners.demo import DEMO_PARTNER_SLUGS
    except ImportError:
        DEMO_PARTNER_SLUGS = ()
    default = Locale.get_default()
    partners = PartnerPage.objects.filter(locale=default)
    pages = [page for slug in DEMO_PARTNER_SLUGS if (page := partners.filter(slug=slug).first())]
    if len(pages) < len(DEMO_USERNAMES):
        chosen = [page.pk for page in pages]
        pages += list(partners.live().exclude(pk__in=chosen).order_by("path")[: 2 - len(pages)])
    return pages[: len(DEMO_USERNAMES)]


def load_demo_access(stdout=None) -> None:
    services.ensure_partner_workflow()
    if sign_page := _sign_page():
        _write(stdout, f"Sign-the-charter form: {sign_page.get_url()}")
    application = _pending_application()
    _write(stdout, f"Pending charter application: {application.organisation_name}")
    User = get_user_model()
    for username, page in zip(DEMO_USERNAMES, _demo_partner_pages(), strict=False):
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        services.add_partner_member(page, user)
        _write(stdout, f"Demo user {username} edits the partner {page.title}")
