"""Admin-wide rules that hold for every app's pages."""

from django.db.models import Q
from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy


@hooks.register("construct_page_chooser_queryset")
def show_only_live_or_editable_pages_in_the_chooser(pages, request):
    """A partner choosing a page sees live pages and its own, never others' drafts.

    Comms staff and administrators can edit every page, so they see every page as before.
    """
    user = request.user
    if user.is_superuser:
        return pages
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")))
