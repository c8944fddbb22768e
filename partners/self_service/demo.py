"""Demo content for partner self-service: the demo partner accounts.

``load_demo_access`` runs after the partners demo has made the partner pages. It gives the
demo accounts "partner1" and "partner2" (made by the hub's loader) membership of two
different partners through the same service that approving an application uses.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from wagtail.models import Locale

from partners.models import PartnerPage
from partners.self_service import access

DEMO_USERNAMES = ("partner1", "partner2")


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
    access.ensure_partner_workflow()
    User = get_user_model()
    for username, page in zip(DEMO_USERNAMES, _demo_partner_pages(), strict=False):
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        access.add_partner_member(page, user)
        if stdout is not None:
            stdout.write(f"Demo user {username} edits the partner {page.title}\n")
