"""Writes for joining the charter: store applications and decide on them.

Approving an application creates, in one transaction, the partner's draft page (with the
applicant's description), a draft pledge for each of the first pledges they wrote, a user group
with page permissions on that page (and its pledges) only, a collection for its images and
documents, and an account for the contact (``partners.self_service.access``). E-mails go out
only after the transaction commits.
"""

from __future__ import annotations

import datetime
import logging
import re

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.html import linebreaks
from django.utils.text import Truncator
from wagtail.coreutils import cautious_slugify
from wagtail.log_actions import log
from wagtail.models import (
    Locale,
)

from partners.joining import notifications
from partners.models import (
    ApplicationStatus,
    CharterApplication,
    PartnerDirectoryPage,
    PartnerPage,
    PledgePage,
    PledgePrinciple,
)
from partners.self_service import access
from partners.self_service import notifications as invitations

logger = logging.getLogger(__name__)


class ApplicationAlreadyDecided(Exception):
    """The application was approved or rejected before (perhaps by a colleague just now)."""


class NoPartnerDirectory(Exception):
    """There is no live partner directory page to put the new partner page under."""


# Applications -----------------------------------------------------------------------------


def submit_application(data: dict, language: str) -> CharterApplication:
    """Store a valid application; nothing else (notifying staff is the caller's next step)."""
    with transaction.atomic():
        application = CharterApplication.objects.create(
            organisation_name=data["organisation_name"],
            sector=data["sector"],
            website=data.get("website", ""),
            description=data.get("description", ""),
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone=data.get("contact_phone", ""),
            first_pledges=data["first_pledges"],
            consent=bool(data["consent"]),
            language=language[:10],
        )
        application.areas.set(data.get("areas") or [])
        application.principles.set(data.get("principles") or [])
    return application


def _decide(application: CharterApplication) -> CharterApplication:
    """Lock the application row; refuse if it has been decided already."""
    locked = CharterApplication.objects.select_for_update().get(pk=application.pk)
    if locked.status != ApplicationStatus.PENDING:
        raise ApplicationAlreadyDecided(locked.get_status_display())
    return locked


def accounts_matching_contact(application: CharterApplication):
    """Active accounts whose e-mail address is the applicant's (offered, never assumed)."""
    User = get_user_model()
    return User.objects.filter(
        email__iexact=application.contact_email.strip(), is_active=True
    ).order_by("pk")


# Decisions on applications, in Wagtail's audit log (Reports → Site history).
APPROVED_ACTION = "partners.application.approved"
REJECTED_ACTION = "partners.application.rejected"


def approve_application(
    application: CharterApplication, *, decided_by, existing_user=None
) -> PartnerPage:
    """Create the partner's draft page, group, collection and contact account, all or nothing.

    A new account is made for the contact unless comms staff chose ``existing_user`` on the
    approval screen: an account is never handed an organisation because of its e-mail alone.
    """
    with transaction.atomic():
        application = _decide(application)
        if existing_user is not None and not (
            accounts_matching_contact(application).filter(pk=existing_user.pk).exists()
        ):
            raise ValueError("The chosen account's e-mail address is not the applicant's.")
        directory = (
            PartnerDirectoryPage.objects.live().filter(locale=Locale.get_default()).first()
            or PartnerDirectoryPage.objects.live().first()
        )
        if directory is None:
            raise NoPartnerDirectory
        partner_access = access.create_group_and_collection(application.organisation_name)
        page = PartnerPage(
            title=application.organisation_name,
            slug=_unique_child_slug(directory, application.organisation_name),
            sector=application.sector,
            website=application.website,
            description=plain_text_as_rich_text(application.description),
            date_signed=timezone.localdate(),
            group=partner_access.group,
            collection=partner_access.collection,
            owner=decided_by,
            live=False,
            has_unpublished_changes=True,
        )
        page.areas = list(application.areas.all())
        directory.add_child(instance=page)
        page.save_revision(user=decided_by, log_action=True)
        access.grant_page_permissions(partner_access.group, page)
        if existing_user is not None:
            user = existing_user
            user.groups.add(partner_access.group)
        else:
            user = access.create_contact_user(
                email=application.contact_email,
                name=application.contact_name,
                group=partner_access.group,
                language=application.language,
            )
        create_draft_pledges(application, page, decided_by=decided_by)
        application.status = ApplicationStatus.APPROVED
        application.decided_by = decided_by
        application.decided_at = timezone.now()
        application.partner_page = page
        application.save(update_fields=["status", "decided_by", "decided_at", "partner_page"])
        log(application, APPROVED_ACTION, user=decided_by, data={"partner_page": page.pk})
        access.ensure_partner_workflow()
        language = application.language
        transaction.on_commit(lambda: invitations.queue_invitation(user.pk, page.pk, language))
    return page


def reject_application(
    application: CharterApplication, *, decided_by, reason: str
) -> CharterApplication:
    """Keep the application with the reason and e-mail the reason to the contact."""
    reason = reason.strip()
    if not reason:
        raise ValueError("A rejection needs a reason.")
    with transaction.atomic():
        application = _decide(application)
        application.status = ApplicationStatus.REJECTED
        application.rejection_reason = reason
        application.decided_by = decided_by
        application.decided_at = timezone.now()
        application.save(update_fields=["status", "rejection_reason", "decided_by", "decided_at"])
        log(application, REJECTED_ACTION, user=decided_by)
        transaction.on_commit(lambda: notifications.queue_rejection(application.pk))
    return application


# What the applicant wrote, carried over ----------------------------------------------------

#: The most draft pledges made from one application; any further ones join the last.
MAX_FIRST_PLEDGES = 10
#: A carried-over pledge's target date, in days after approval, until the partner sets theirs.
FIRST_PLEDGE_TARGET_DAYS = 365
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+")


def plain_text_as_rich_text(text: str) -> str:
    """Applicant text as rich text: escaped, paragraphs at blank lines, line breaks kept."""
    text = text.strip()
    return linebreaks(text, autoescape=True) if text else ""


def split_first_pledges(text: str) -> list[str]:
    """The applicant's first pledges, one per paragraph; one per line if no line is blank.

    List markers ("-", "*", "1.") are dropped. Beyond ``MAX_FIRST_PLEDGES`` the rest are
    kept, joined to the last, so nothing the applicant wrote is lost.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    parts = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    if len(parts) == 1:
        parts = [line.strip() for line in parts[0].split("\n") if line.strip()]
    parts = [_BULLET.sub("", part, count=1).strip() or part for part in parts]
    if len(parts) > MAX_FIRST_PLEDGES:
        parts[MAX_FIRST_PLEDGES - 1 :] = ["\n\n".join(parts[MAX_FIRST_PLEDGES - 1 :])]
    return parts


def pledge_title(text: str) -> str:
    """A short title for a pledge: its first sentence, cut at a word if it is long."""
    first = re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]
    return Truncator(first.rstrip(".")).chars(100)


def create_draft_pledges(
    application: CharterApplication, partner_page: PartnerPage, *, decided_by
) -> list[PledgePage]:
    """A draft pledge under the partner page for each first pledge, serving the chosen principles.

    Drafts are never published here: the partner completes each (a measurable target, the real
    target date) and submits it to the comms team like any other change. Like the partner page,
    they are owned by whoever approved: the partner group's page permissions let its members
    edit them, and an owner from the partner would show that person's name to other partners
    (Wagtail's page listings offer every page owner as a filter).
    """
    principles = list(application.principles.all())
    target_date = timezone.localdate() + datetime.timedelta(days=FIRST_PLEDGE_TARGET_DAYS)
    pledges = []
    for text in split_first_pledges(application.first_pledges):
        title = pledge_title(text)
        pledge = PledgePage(
            title=title,
            slug=_unique_child_slug(partner_page, title, fallback="pledge"),
            commitment=text,
            target="",
            target_date=target_date,
            owner=decided_by,
            live=False,
            has_unpublished_changes=True,
        )
        pledge.principle_links = [PledgePrinciple(principle=p) for p in principles]
        partner_page.add_child(instance=pledge)
        pledge.save_revision(user=decided_by, log_action=True, clean=False)
        pledges.append(pledge)
    return pledges


# Slugs -------------------------------------------------------------------------------------


def _unique_child_slug(parent, title: str, fallback: str = "partner") -> str:
    base = cautious_slugify(title)[:80].strip("-") or fallback
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate
