"""Admin screens for the resource library, under one "Resource library" menu group.

* Topics: the comms team's alone (``migrations/0003_radmin`` gives it the permissions);
  partners choose from them in the resource editor but never change them.
* The "Resources due a review" report, a dashboard panel for partners' staff, and a section
  in partners' reminder e-mails (the ``partner_reminder_items`` hook).

Resources themselves are pages: partners' staff add and edit them under their own partner
page through the partner workflow, with the page permissions approval gives them.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub import due_reports
from partners.self_service.extensions import REMINDER_ITEMS_HOOK
from resources.admin import panels, reports
from resources.models import ResourceTopic


class ResourceTopicViewSet(SnippetViewSet):
    model = ResourceTopic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "code"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ResourceLibraryGroup(SnippetViewSetGroup):
    menu_label = _("Resource library")
    menu_icon = "doc-full-inverse"
    menu_order = 260
    items = (ResourceTopicViewSet,)


register_snippet(ResourceLibraryGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "reports/resources-due-a-review/",
            reports.ResourcesDueReportView.as_view(),
            name="resources_due_report",
        ),
        path(
            "reports/resources-due-a-review/results/",
            reports.ResourcesDueReportView.as_view(results_only=True),
            name="resources_due_report_results",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return due_reports.may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_resources_due_report():
    return ReportMenuItem(
        _("Resources due a review"), reverse("resources_due_report"), icon_name="time", order=710
    )


@hooks.register("construct_homepage_panels")
def add_resources_due_panel(request, homepage_panels):
    summaries = panels.dashboard_summaries(request.user)
    if summaries:
        homepage_panels.append(panels.ResourcesDuePanel(summaries))


hooks.register(REMINDER_ITEMS_HOOK, panels.reminder_sections)
