"""Writes that set up the hub's shared structure (groups and their permissions)."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

COMMS_GROUP_NAME = "Comms team"

PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("hub", "change_hubsettings"),
    ("hub", "add_sitewording"),
    ("hub", "change_sitewording"),
    ("wagtail_localize", "submit_translation"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
    ("wagtailsearchpromotions", "add_query"),
    ("wagtailsearchpromotions", "change_query"),
    ("wagtailsearchpromotions", "delete_query"),
    # Account events in Site history, and lifting sign-in lockouts (hub.account_locks).
    ("auth", "view_user"),
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_comms_team_group() -> Group:
    """The partnership's editors: edit, translate and publish everything in the page tree."""
    group, _created = Group.objects.get_or_create(name=COMMS_GROUP_NAME)
    group.permissions.add(*[_permission(app, code) for app, code in MODEL_PERMISSIONS])
    root_page = Page.get_first_root_node()
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root_page, permission=_permission("wagtailcore", codename)
        )
    root_collection = Collection.get_first_root_node()
    for app, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=_permission(app, codename)
        )
    return group
