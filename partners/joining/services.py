"""Writes for joining the charter: store applications, decide on them, give partners access.

Approving an application creates, in one transaction, the partner's draft page (with the
applicant's description), a draft pledge for each of the first pledges they wrote, a user group
with page permissions on that page (and its pledges) only, a collection for its images and
documents, and an account for the contact. E-mails go out only after the transaction commits.
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from django.utils.html import linebreaks
from django.utils.text import Truncator
from wagtail.coreutils import cautious_slugify
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from hub.services import ensure_comms_team_group
from partners import logos
from partners.joining import notifications
from partners.models import (
    ApplicationStatus,
    CharterApplication,
    PartnerDirectoryPage,
    PartnerPage,
    PledgePage,
    PledgePrinciple,
)

logger = logging.getLogger(__name__)

WORKFLOW_NAME = "Partner changes"
TASK_NAME = "Comms team approval"

#: Partners edit and add pages under their own page but never publish: every change is
#: submitted to the "Partner changes" workflow. ``lock_page`` lets a colleague hold a page
#: while editing; there is no ``unlock_page``, so a lock set by comms staff stays theirs.
PARTNER_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
PARTNER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
#: What the comms team needs to review applications in the admin.
APPLICATION_REVIEW_PERMISSIONS = [
    ("partners", "view_charterapplication"),
    ("partners", "change_charterapplication"),
]


class ApplicationAlreadyDecided(Exception):
    """The application was approved or rejected before (perhaps by a colleague just now)."""


class NoPartnerDirectory(Exception):
    """There is no live partner directory page to put the new partner page under."""


@dataclass
class PartnerAccess:
    group: Group
    collection: Collection


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _unique_name(model, name: str, field: str = "name", max_length: int = 150) -> str:
    name = name.strip()[: max_length - 6] or "Partner"
    candidate, number = name, 1
    while model.objects.filter(**{field: candidate}).exists():
        number += 1
        candidate = f"{name} ({number})"
    return candidate


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
        access = _create_group_and_collection(application.organisation_name)
        page = PartnerPage(
            title=application.organisation_name,
            slug=_unique_child_slug(directory, application.organisation_name),
            sector=application.sector,
            website=application.website,
            description=plain_text_as_rich_text(application.description),
            date_signed=timezone.localdate(),
            group=access.group,
            collection=access.collection,
            owner=decided_by,
            live=False,
            has_unpublished_changes=True,
        )
        page.areas = list(application.areas.all())
        directory.add_child(instance=page)
        page.save_revision(user=decided_by, log_action=True)
        _grant_page_permissions(access.group, page)
        if existing_user is not None:
            user = existing_user
            user.groups.add(access.group)
        else:
            user = create_contact_user(
                email=application.contact_email,
                name=application.contact_name,
                group=access.group,
                language=application.language,
            )
        create_draft_pledges(application, page, decided_by=decided_by)
        application.status = ApplicationStatus.APPROVED
        application.decided_by = decided_by
        application.decided_at = timezone.now()
        application.partner_page = page
        application.save(update_fields=["status", "decided_by", "decided_at", "partner_page"])
        log(application, APPROVED_ACTION, user=decided_by, data={"partner_page": page.pk})
        ensure_partner_workflow()
        transaction.on_commit(
            lambda: notifications.queue_invitation(user.pk, page.pk, application.language)
        )
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


# Partner access ---------------------------------------------------------------------------


def _unique_child_slug(parent, title: str, fallback: str = "partner") -> str:
    base = cautious_slugify(title)[:80].strip("-") or fallback
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _create_group_and_collection(name: str) -> PartnerAccess:
    group = Group.objects.create(name=_unique_name(Group, name))
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    root = Collection.get_first_root_node()
    collection = root.add_child(name=_unique_name(Collection, name, max_length=255))
    for app_label, codename in PARTNER_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    return PartnerAccess(group=group, collection=collection)


def _grant_page_permissions(group: Group, page) -> None:
    for codename in PARTNER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def grant_partner_access(partner_page: PartnerPage) -> PartnerAccess:
    """Give an existing partner page its own group and collection (again: nothing changes).

    The group and collection are also written into the page's latest revision, because the
    editor loads a page from its latest revision and publishing a revision without them would
    unset them.
    """
    with transaction.atomic():
        page = PartnerPage.objects.select_for_update().get(pk=partner_page.pk)
        if page.group_id and page.collection_id:
            access = PartnerAccess(group=page.group, collection=page.collection)
        else:
            access = _create_group_and_collection(page.title)
            PartnerPage.objects.filter(pk=page.pk).update(
                group=access.group, collection=access.collection
            )
            latest = page.get_latest_revision_as_object() if page.latest_revision_id else page
            latest.group, latest.collection = access.group, access.collection
            latest.save_revision(changed=False, clean=False)
        _grant_page_permissions(access.group, page)
        logos.adopt_logo(page.logo_id, access.collection)
        ensure_partner_workflow()
    partner_page.group, partner_page.collection = access.group, access.collection
    return access


def _unique_username(email: str) -> str:
    User = get_user_model()
    field = User.USERNAME_FIELD
    base = email[:140]
    candidate, number = base, 1
    while User.objects.filter(**{f"{field}__iexact": candidate}).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def create_contact_user(*, email: str, name: str, group: Group, language: str = ""):
    """A new account without a usable password, in ``group``, even if the e-mail is in use.

    Its admin language is the language the application was written in.
    """
    User = get_user_model()
    email = email.strip()
    user = User(email=email, first_name=name.strip()[:150])
    setattr(user, User.USERNAME_FIELD, _unique_username(email.lower()))
    user.set_unusable_password()
    user.save()
    admin_languages = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
    if language in admin_languages:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
    user.groups.add(group)
    return user


def add_partner_member(partner_page: PartnerPage, user) -> PartnerAccess:
    """Make an existing user a member of a partner (used by the demo and by comms staff)."""
    access = grant_partner_access(partner_page)
    user.groups.add(access.group)
    return access


# Moderation -------------------------------------------------------------------------------


def ensure_partner_workflow() -> Workflow:
    """The "Partner changes" workflow (one comms team approval), on every partner directory.

    The data migration creates it; this also links directory pages created since, and gives
    the comms team the permissions to review charter applications.
    """
    comms = ensure_comms_team_group()
    comms.permissions.add(*[_permission(app, code) for app, code in APPLICATION_REVIEW_PERMISSIONS])
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        # Made once; afterwards comms staff may rename or change it in Settings > Workflows.
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.add(comms)
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for directory in PartnerDirectoryPage.objects.filter(workflowpage__isnull=True):
        WorkflowPage.objects.create(page=directory, workflow=workflow)
    return workflow
