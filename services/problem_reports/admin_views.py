"""Problem reports in the admin: comms staff see every report, a partner only its own.

Who may see what is one permission policy (``ProblemReportPolicy``): superusers and holders
of ``services.view_problemreport`` (the comms team, from migration ``0003_svcpage``) see all
reports; a partner's staff (groups with page permissions on a partner page) see reports about
their own services, found through the report's partner in any language. Listing, inspecting
and resolving all read through ``visible_reports``, so another partner's report id gives 404.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from partners.joining.views import plain_text
from partners.self_service.selectors import partner_keys
from services.problem_reports.models import ProblemReport, ReportStatus

VIEWSET_NAME = "problem_reports"
ACTIONS = ("view", "change")


def sees_all(user) -> bool:
    """Superusers and holders of ``services.view_problemreport`` (the comms team has it, from
    the migration): Django caches a user's permissions, so this costs no query per check."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("services.view_problemreport"))
    )


def visible_reports(user):
    if not user.is_authenticated or not user.is_active:
        return ProblemReport.objects.none()
    if sees_all(user):
        return ProblemReport.objects.all()
    return ProblemReport.objects.filter(partner__translation_key__in=partner_keys(user))


class ProblemReportPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action not in ACTIONS or not user.is_authenticated or not user.is_active:
            return False
        return sees_all(user) or bool(partner_keys(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if action not in ACTIONS or not self.user_has_permission(user, action):
            return False
        if sees_all(user):
            return True
        # The listing selects each report's partner with it: no query per row.
        return instance.partner_id is not None and (
            instance.partner.translation_key in partner_keys(user)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not set(actions) & set(ACTIONS):
            return ProblemReport.objects.none()
        return visible_reports(user)

    def users_with_any_permission(self, actions):
        if not set(actions) & set(ACTIONS):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | Q(groups__permissions__codename="view_problemreport")
                | Q(groups__partner_pages__isnull=False)
            )
            .distinct()
        )


class ReportIndexView(IndexView):
    def get_base_queryset(self):
        return visible_reports(self.request.user).select_related("service", "partner")


class ReportInspectView(InspectView):
    template_name = "services/admin/problem_report_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            visible_reports(self.request.user).select_related("service", "partner"),
            pk=self.pk,
        )

    def get_details_display_value(self):
        return plain_text(self.object.details)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "report": self.object,
                "can_resolve": self.object.status == ReportStatus.OPEN,
                "resolve_url": reverse(f"{VIEWSET_NAME}:resolve", args=[self.object.pk]),
                "service_edit_url": reverse(
                    "wagtailadmin_pages:edit", args=[self.object.service_id]
                ),
            }
        )
        return context


class ResolveView(View):
    """Mark a report resolved (POST with CSRF, from the inspect screen)."""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        report = get_object_or_404(visible_reports(request.user), pk=kwargs["pk"])
        if report.status == ReportStatus.OPEN:
            report.status = ReportStatus.RESOLVED
            report.resolved_at = timezone.now()
            report.resolved_by = request.user
            report.save(update_fields=["status", "resolved_at", "resolved_by"])
            messages.success(request, _("The report is marked resolved."))
        else:
            messages.warning(request, _("This report was already resolved."))
        return redirect(reverse(f"{VIEWSET_NAME}:index"))


class ProblemReportViewSet(ModelViewSet):
    model = ProblemReport
    icon = "warning"
    menu_label = _("Problem reports")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["service", "kind", "created_at", "status"]
    list_filter = ["status", "kind"]
    index_view_class = ReportIndexView
    inspect_view_enabled = True
    inspect_view_class = ReportInspectView
    inspect_view_fields = [
        "service",
        "partner",
        "kind",
        "details",
        "name",
        "email",
        "language",
        "created_at",
        "status",
        "resolved_at",
        "resolved_by",
    ]
    copy_view_enabled = False

    @property
    def url_finder_class(self):
        # A report has no edit screen: links to it open its inspect view.
        return type(
            "ReportURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add", "edit", "delete", "history", "usage"):
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_urlpatterns(self):
        # Reports are what residents sent: no add, edit, copy or delete screens.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("resolve/<int:pk>/", ResolveView.as_view(), name="resolve"),
        ]
