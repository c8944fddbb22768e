"""Partner self-service access: a partner's group, collection, accounts and workflow.

A partner organisation's staff edit only their own organisation's page and pledges, in a user
group with page permissions on that page alone and a collection for their images and
documents. Every change goes through the "Partner changes" workflow to the comms team.
Approving a charter application (``partners.joining.services``) and the demo use these.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from hub.services import COLLECTION_PERMISSIONS, ensure_comms_team_group
from partners import logos
from partners.models import PartnerDirectoryPage, PartnerPage
from partners.self_service import extensions

WORKFLOW_NAME = "Partner changes"
TASK_NAME = "Comms team approval"

#: Partners edit and add pages under their own page but never publish: every change is
#: submitted to the "Partner changes" workflow. ``lock_page`` lets a colleague hold a page
#: while editing; there is no ``unlock_page``, so a lock set by comms staff stays theirs.
PARTNER_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
#: On its own collection, a partner has the same rights over images and documents as the comms
#: team has on all of them.
PARTNER_COLLECTION_PERMISSIONS = COLLECTION_PERMISSIONS
#: What the comms team needs to review applications in the admin.
APPLICATION_REVIEW_PERMISSIONS = [
    ("partners", "view_charterapplication"),
    ("partners", "change_charterapplication"),
]


@dataclass
class PartnerAccess:
    group: Group
    collection: Collection


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def unique_name(model, name: str, field: str = "name", max_length: int = 150) -> str:
    name = name.strip()[: max_length - 6] or "Partner"
    candidate, number = name, 1
    while model.objects.filter(**{field: candidate}).exists():
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def create_group_and_collection(name: str) -> PartnerAccess:
    group = Group.objects.create(name=unique_name(Group, name))
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    root = Collection.get_first_root_node()
    collection = root.add_child(name=unique_name(Collection, name, max_length=255))
    for app_label, codename in PARTNER_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )
    return PartnerAccess(group=group, collection=collection)


def grant_page_permissions(group: Group, page) -> None:
    for codename in PARTNER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", codename)
        )
    # What other apps give every partner group (``partner_group_permissions`` hook).
    group.permissions.add(*[permission(app, code) for app, code in extensions.group_permissions()])


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
            access = create_group_and_collection(page.title)
            PartnerPage.objects.filter(pk=page.pk).update(
                group=access.group, collection=access.collection
            )
            latest = page.get_latest_revision_as_object() if page.latest_revision_id else page
            latest.group, latest.collection = access.group, access.collection
            latest.save_revision(changed=False, clean=False)
        grant_page_permissions(access.group, page)
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
    comms.permissions.add(*[permission(app, code) for app, code in APPLICATION_REVIEW_PERMISSIONS])
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
