"""Admin-wide rules that hold for every app's pages."""

from django.db.models import Q
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub import account_locks, action_menu, admin_branding, audit
from hub.models import SiteWording
from hub.page_chooser import LOCALE_ATTRIBUTE as CHOOSER_LOCALE
from hub.translation_overview import access as translation_overview_access
from hub.translation_overview import panels as translation_overview_panels
from hub.translation_overview import views as translation_overview_views
from hub.two_factor import policy as two_factor_policy
from hub.two_factor import urls as two_factor_urls


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


# Accounts: two-factor authentication, sign-in lockouts and their audit log ------------------


@hooks.register("register_log_actions")
def register_account_events(actions):
    audit.register(actions)


@hooks.register("register_admin_urls")
def account_security_urls():
    return [
        path("two-factor/", include(two_factor_urls)),
        *account_locks.urlpatterns,
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    on = two_factor_policy.authenticator(request.user) is not None
    return {
        "url": reverse("two_factor_manage" if on else "two_factor_setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("On: you sign in with a code from your authenticator app too.")
        if on
        else _("Off: set up an authenticator app so a password alone cannot open your account."),
    }


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return account_locks.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(
        _("Sign-in lockouts"), reverse("hub_lockouts"), icon_name="lock", order=900
    )


# Site wording: the partnership's name and address in each language --------------------------


class SiteWordingViewSet(SnippetViewSet):
    model = SiteWording
    icon = "globe"
    add_to_settings_menu = True
    menu_label = _("Site wording")
    list_display = ["partnership_name", "locale"]


register_snippet(SiteWordingViewSet)


# Translations: Reports → Translation overview and its dashboard panel (comms and admins) ------


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return translation_overview_access.can_view(request.user)


@hooks.register("register_admin_urls")
def translation_overview_urls():
    return translation_overview_views.urlpatterns


@hooks.register("register_reports_menu_item")
def translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translation overview"), reverse("hub_translation_overview"), icon_name="site", order=50
    )


hooks.register("construct_homepage_panels", translation_overview_panels.add_panel)


# Page choosers: in the editor's language (hub.page_chooser sets it on the request) ------------


@hooks.register("construct_page_chooser_queryset")
def show_only_the_choosers_language(pages, request):
    locale = getattr(request, CHOOSER_LOCALE, None)
    return pages if locale is None else pages.filter(locale=locale)


# The page editor: partners' main button submits for approval ---------------------------------


hooks.register("construct_page_action_menu", action_menu.submit_first_for_non_publishers)


# The admin's name: the partnership's, the same for every user (hub.admin_branding) -----------


# After every app has added its own items.
hooks.register("construct_homepage_summary_items", admin_branding.name_summary_items, order=1000)
