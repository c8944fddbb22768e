"""Admin screens for support services, under one "Support services" menu group.

* Kinds of help and postcode districts: comms team only (the data migration gives it the
  permissions); postcode districts also take a CSV upload (``admin/postcodes.py``).
* Venues are public places shared by everyone: partner groups may add them (through the
  ``partner_group_permissions`` hook) and choose any in their services; only comms staff
  change or delete them.
* The "Services due a check" report, a dashboard panel for partners' staff, and a section
  in partners' reminder e-mails (the ``partner_reminder_items`` hook).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from hub import due_reports
from partners.self_service.extensions import GROUP_PERMISSIONS_HOOK, REMINDER_ITEMS_HOOK
from services.admin import panels, postcodes, reports
from services.models import HelpKind, PostcodeDistrict, Venue

#: Model permissions every partner group gets: adding venues (changing them is for comms).
PARTNER_PERMISSIONS = [("services", "add_venue")]


class HelpKindViewSet(SnippetViewSet):
    model = HelpKind
    icon = "tag"
    menu_label = _("Kinds of help")
    list_display = ["name", "code"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "town", "postcode", "area"]
    list_filter = ["town", "step_free", "hearing_loop", "accessible_toilet", "bsl"]
    search_fields = ["name", "town", "postcode"]
    ordering = ["name"]


class PostcodeDistrictIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = super().header_buttons
        if postcodes.may_upload(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Upload CSV"), url=reverse("services_postcode_upload"), icon_name="upload"
                )
            )
        return buttons


class PostcodeDistrictViewSet(SnippetViewSet):
    model = PostcodeDistrict
    icon = "location"
    menu_label = _("Postcode districts")
    index_view_class = PostcodeDistrictIndexView
    list_display = ["outward_code", "latitude", "longitude"]
    search_fields = ["outward_code"]
    ordering = ["outward_code"]
    panels = [
        FieldPanel("outward_code"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]


class SupportServicesGroup(SnippetViewSetGroup):
    menu_label = _("Support services")
    menu_icon = "help"
    menu_order = 250
    items = (HelpKindViewSet, VenueViewSet, PostcodeDistrictViewSet)


register_snippet(SupportServicesGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "services/postcode-districts/upload/",
            postcodes.UploadView.as_view(),
            name="services_postcode_upload",
        ),
        path(
            "reports/services-due-a-check/",
            reports.ServicesDueReportView.as_view(),
            name="services_due_report",
        ),
        path(
            "reports/services-due-a-check/results/",
            reports.ServicesDueReportView.as_view(results_only=True),
            name="services_due_report_results",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return due_reports.may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_services_due_report():
    return ReportMenuItem(
        _("Services due a check"), reverse("services_due_report"), icon_name="time", order=700
    )


@hooks.register("construct_homepage_panels")
def add_services_due_panel(request, homepage_panels):
    summaries = panels.dashboard_summaries(request.user)
    if summaries:
        homepage_panels.append(panels.ServicesDuePanel(summaries))


hooks.register(REMINDER_ITEMS_HOOK, panels.reminder_sections)


@hooks.register(GROUP_PERMISSIONS_HOOK)
def partner_group_permissions():
    return PARTNER_PERMISSIONS
