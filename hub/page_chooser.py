"""Page choosers in the editor's language, starting where the choice lives.

Wagtail 8.0.1's page chooser searches every language at once (six identical "Work as one
team" results), starts a chooser limited to page types at the common ancestor of those
pages in *every* language (the tree root), and shows any page asked for by id as the parent
being browsed, whatever the ``construct_page_chooser_queryset`` hooks hide. These views
wrap Wagtail's own:

* the chooser's language is, in order: the ``locale`` parameter (Wagtail's chooser widget
  sends the locale of the page being edited, and the locale selector sends the one picked),
  the locale of the page whose edit or add form opened the chooser (the rich text link
  chooser sends no locale, so it is read from the referring admin URL), the editor's admin
  language mapped to a site locale, and last the default locale;
* search and browse show that language only; the locale selector still switches language;
* a chooser limited to page types starts at the deepest common ancestor of the live pages
  of those types in that language (the charter page, for principles);
* a page the hooks hide cannot be browsed into or returned as chosen by a forged id.

The project's root URL configuration lists ``urlpatterns`` before Wagtail's admin include.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import Http404
from django.urls import Resolver404, path, resolve
from wagtail import hooks
from wagtail.admin.views import chooser
from wagtail.models import Locale, Page

from hub.admin_reports import admin_view

#: The request attribute the search view sets and ``hub.wagtail_hooks`` filters on.
LOCALE_ATTRIBUTE = "page_chooser_locale"

#: Admin views whose URL names the page (or the parent page) being edited.
EDITING_VIEWS = {
    "wagtailadmin_pages:edit": "page_id",
    "wagtailadmin_pages:add": "parent_page_id",
}


def _locale_named(code: str | None) -> Locale | None:
    if not code:
        return None
    return Locale.objects.filter(language_code=code).first()


def _locale_of_edited_page(request) -> Locale | None:
    """The locale of the page whose edit (or add) form the request came from, if any."""
    referer = request.headers.get("referer")
    if not referer:
        return None
    parts = urlsplit(referer)
    if parts.netloc and parts.netloc != request.get_host():
        return None
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    kwarg = EDITING_VIEWS.get(match.view_name)
    if kwarg is None or kwarg not in match.kwargs:
        return None
    locale_id = Page.objects.filter(pk=match.kwargs[kwarg]).values_list("locale_id", flat=True)
    return Locale.objects.filter(pk__in=locale_id).first()


def chooser_locale(request) -> Locale:
    """The language a page chooser shows (see the module docstring for the order)."""
    # An unknown code (a stale link) falls through to the editor's language.
    return (
        _locale_named(request.GET.get("locale"))
        or _locale_of_edited_page(request)
        # Wagtail has activated the user's admin language; this maps it to a site locale and
        # falls back to the default locale.
        or Locale.get_active()
    )


def choosable_pages(request, pages=None):
    """``pages`` (default: all) as the ``construct_page_chooser_queryset`` hooks leave them."""
    pages = Page.objects.all() if pages is None else pages
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages


def start_page(request, locale: Locale) -> Page | None:
    """Where a chooser limited to page types starts: above their live pages in ``locale``."""
    page_type = request.GET.get("page_type") or chooser.base_page_type_string
    try:
        desired_classes = chooser.page_models_from_string(page_type)
    except (ValueError, LookupError):
        return None  # Wagtail's view answers 404
    if desired_classes == (Page,):
        return None
    pages = Page.objects.type(*desired_classes).live().filter(locale=locale)
    if not pages.exists():
        return None
    return pages.first_common_ancestor()


def _with_locale(request, locale: Locale) -> None:
    """Carry the chooser's language in the query string, so the search box keeps it."""
    params = request.GET.copy()
    params["locale"] = locale.language_code
    request.GET = params


def show_live_title(user, page):
    """A page the user may not edit shows its live title: a retitle awaiting approval stays
    with its own organisation and the comms team."""
    if page is not None and page.live and not page.permissions_for_user(user).can_edit():
        page.draft_title = page.title
    return page


class LiveTitleColumn(chooser.PageTitleColumn):
    def get_cell_context_data(self, instance, parent_context):
        show_live_title(parent_context["request"].user, instance)
        return super().get_cell_context_data(instance, parent_context)


class LiveParentColumn(chooser.ParentPageColumn):
    def get_value(self, instance):
        return show_live_title(self.user, instance.get_parent())

    def get_cell_context_data(self, instance, parent_context):
        self.user = parent_context["request"].user
        return super().get_cell_context_data(instance, parent_context)


def _with_live_titles(columns):
    swapped = {chooser.PageTitleColumn: LiveTitleColumn, chooser.ParentPageColumn: LiveParentColumn}
    for column in columns:
        if type(column) in swapped:
            column.__class__ = swapped[type(column)]
    return columns


class BrowseView(chooser.BrowseView):
    @property
    def columns(self):
        return _with_live_titles(super().columns)

    def get(self, request, parent_page_id=None):
        if parent_page_id is None:
            locale = chooser_locale(request)
            start = start_page(request, locale)
            if start is not None and not start.is_root():
                parent_page_id = start.pk
            else:
                _with_locale(request, locale)
        if parent_page_id is not None:
            # A page the hooks hide is not shown as the parent either (a forged id).
            parent = Page.objects.filter(pk=parent_page_id).first()
            if parent is None:
                raise Http404
            if parent.is_root():
                _with_locale(request, chooser_locale(request))
            elif not choosable_pages(request, Page.objects.filter(pk=parent.pk)).exists():
                raise Http404
            else:
                _with_locale(request, parent.locale)
        return super().get(request, parent_page_id)


class SearchView(chooser.SearchView):
    @property
    def columns(self):
        return _with_live_titles(super().columns)

    def get(self, request):
        setattr(request, LOCALE_ATTRIBUTE, chooser_locale(request))
        return super().get(request)


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        allowed = choosable_pages(request, Page.objects.filter(pk__in=ids))
        params = request.GET.copy()
        params.setlist("id", [str(pk) for pk in allowed.values_list("pk", flat=True)])
        request.GET = params
        return super().get(request)

    def render_chosen_response(self, result):
        pages = Page.objects.in_bulk([item["id"] for item in result])
        for item in result:
            page = show_live_title(self.request.user, pages[item["id"]])
            item["adminTitle"] = page.get_admin_display_title()
        return super().render_chosen_response(result)


urlpatterns = [
    path("admin/choose-page/", admin_view(BrowseView.as_view())),
    path("admin/choose-page/<int:parent_page_id>/", admin_view(BrowseView.as_view())),
    path("admin/choose-page/search/", admin_view(SearchView.as_view())),
    path("admin/choose-page/chosen-multiple/", admin_view(ChosenMultipleView.as_view())),
]
