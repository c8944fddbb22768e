"""Admin screens where comms staff review applications to sign the charter.

Applications are read-only records of what the applicant sent: the viewset offers a list
(filtered by status), a detail view, and the two decisions, each a POST with CSRF behind a
confirmation page. Deciding needs ``partners.change_charterapplication``, which the data
migration and ``partners.self_service.access.ensure_partner_workflow`` give the comms team.
"""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import IndexView, InspectView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet

from hub.inspect_only import InspectOnlyViewSetMixin
from partners.joining import services
from partners.models import ApplicationStatus, CharterApplication
from partners.models.applications import REFERENCE_PREFIX

VIEWSET_NAME = "charter_applications"


def _url(view_name: str, *args) -> str:
    return reverse(f"{VIEWSET_NAME}:{view_name}", args=args)


#: A reference as staff might type it: "CHA-2026-0042", "cha 2026 42" or "2026-0042".
REFERENCE_QUERY = re.compile(
    rf"^\s*(?:{REFERENCE_PREFIX}[\s-]*)?(?P<year>\d{{4}})[\s-]+0*(?P<id>\d{{1,9}})\s*$",
    re.IGNORECASE,
)


def plain_text(value: str):
    """Applicant (or reviewer) free text for an admin page: escaped, line breaks kept.

    Never rendered as HTML: "<p>" or "<script>" typed into the form shows as those characters.
    """
    return linebreaks_filter(value, autoescape=True) if value else "-"


class ApplicationIndexView(IndexView):
    def search_queryset(self, queryset):
        """Search by name or e-mail as usual, and by reference number."""
        found = super().search_queryset(queryset)
        match = REFERENCE_QUERY.match(self.search_query or "") if self.is_searching else None
        if match is None:
            return found
        by_reference = Q(pk=int(match["id"]), submitted_at__year=int(match["year"]))
        return queryset.filter(Q(pk__in=found.values("pk")) | by_reference)


class ApplicationInspectView(InspectView):
    template_name = "partners/joining/admin/inspect.html"

    def get_consent_display_value(self):
        return _("Yes") if self.object.consent else _("No")

    def get_description_display_value(self):
        return plain_text(self.object.description)

    def get_first_pledges_display_value(self):
        return plain_text(self.object.first_pledges)

    def get_rejection_reason_display_value(self):
        return plain_text(self.object.rejection_reason)

    def get_language_display_value(self):
        return dict(settings.LANGUAGES).get(self.object.language, self.object.language or "-")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        can_decide = application.status == ApplicationStatus.PENDING and self.user_has_permission(
            "change"
        )
        context.update(
            {
                "application": application,
                "can_decide": can_decide,
                "approve_url": _url("approve", application.pk),
                "reject_url": _url("reject", application.pk),
            }
        )
        return context


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_(
            "This is e-mailed to the contact, in plain words. Say what they could do instead."
        ),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Give a reason: the applicant will read it.")},
    )


class ApproveForm(forms.Form):
    """Which account gets the organisation: a new one unless comms choose an existing one."""

    NEW = "new"

    def __init__(self, *args, application: CharterApplication, **kwargs):
        super().__init__(*args, **kwargs)
        self.matching = {
            str(user.pk): user for user in services.accounts_matching_contact(application)
        }
        choices = [
            (
                self.NEW,
                _("Create a new account for %(email)s") % {"email": application.contact_email},
            )
        ]
        choices += [
            (
                pk,
                _("Give the existing account “%(username)s” access")
                % {"username": user.get_username()},
            )
            for pk, user in self.matching.items()
        ]
        self.fields["account"] = forms.ChoiceField(
            label=_("Account for the contact"),
            help_text=_(
                "Accounts already use this e-mail address. A new account is safest; choose an "
                "existing one only if you know it is the applicant's."
            ),
            choices=choices,
            initial=self.NEW,
            required=False,
            widget=forms.RadioSelect,
        )

    def existing_user(self):
        return self.matching.get(self.cleaned_data.get("account") or self.NEW)


class DecisionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Confirm (GET) and make (POST) a decision on a pending application."""

    model = CharterApplication
    permission_required = "change"
    header_icon = "form"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(CharterApplication, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return self.object.organisation_name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": _url("index"), "label": capfirst(CharterApplication._meta.verbose_name_plural)},
            {"url": _url("inspect", self.object.pk), "label": self.object.organisation_name},
            {"url": "", "label": self.get_page_title()},
        ]

    def already_decided(self):
        messages.warning(
            self.request,
            _("This application has already been decided: %(status)s.")
            % {"status": self.object.get_status_display()},
        )
        return redirect(_url("inspect", self.object.pk))

    def get(self, request, *args, **kwargs):
        if self.object.status != ApplicationStatus.PENDING:
            return self.already_decided()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            application=self.object, inspect_url=_url("inspect", self.object.pk), **kwargs
        )


class ApproveView(DecisionView):
    template_name = "partners/joining/admin/approve.html"
    page_title = _("Approve")

    @cached_property
    def form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return ApproveForm(data, application=self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form,
            pledge_titles=[
                services.pledge_title(text)
                for text in services.split_first_pledges(self.object.first_pledges)
            ],
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.object.status == ApplicationStatus.PENDING and not self.form.is_valid():
            return self.render_to_response(self.get_context_data(), status=400)
        try:
            page = services.approve_application(
                self.object,
                decided_by=request.user,
                existing_user=self.form.existing_user() if self.form.is_valid() else None,
            )
        except services.ApplicationAlreadyDecided:
            self.object.refresh_from_db()
            return self.already_decided()
        except services.NoPartnerDirectory:
            messages.error(
                request,
                _("Create and publish the partner directory page first, then approve again."),
            )
            return redirect(_url("inspect", self.object.pk))
        messages.success(
            request,
            _(
                "Approved. The partner page for '%(name)s' is a draft: check it and publish it. "
                "An invitation to set a password has been sent to %(email)s."
            )
            % {"name": page.title, "email": self.object.contact_email},
            buttons=[
                messages.button(
                    reverse("wagtailadmin_pages:edit", args=[page.pk]), _("Edit partner page")
                )
            ],
        )
        return redirect(_url("inspect", self.object.pk))


class RejectView(DecisionView):
    template_name = "partners/joining/admin/reject.html"
    page_title = _("Reject")

    @cached_property
    def form(self):
        return RejectForm(self.request.POST if self.request.method == "POST" else None)

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.object.status != ApplicationStatus.PENDING:
            return self.already_decided()
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data())
        try:
            services.reject_application(
                self.object, decided_by=request.user, reason=self.form.cleaned_data["reason"]
            )
        except services.ApplicationAlreadyDecided:
            self.object.refresh_from_db()
            return self.already_decided()
        messages.success(
            request,
            _("Rejected. The reason has been e-mailed to %(email)s.")
            % {"email": self.object.contact_email},
        )
        return redirect(_url("index"))


class CharterApplicationViewSet(InspectOnlyViewSetMixin, ModelViewSet):
    model = CharterApplication
    icon = "form"
    menu_label = _("Charter applications")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "organisation_name",
        "reference",
        "sector",
        "contact_name",
        "submitted_at",
        "status",
    ]
    list_filter = ["status", "sector"]
    index_view_class = ApplicationIndexView
    search_fields = ["organisation_name", "contact_name", "contact_email"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_class = ApplicationInspectView
    inspect_view_fields = [
        "reference",
        "organisation_name",
        "sector",
        "areas",
        "website",
        "description",
        "contact_name",
        "contact_email",
        "contact_phone",
        "principles",
        "first_pledges",
        "consent",
        "language",
        "submitted_at",
        "status",
        "decided_at",
        "decided_by",
        "rejection_reason",
        "partner_page",
    ]
    copy_view_enabled = False

    def get_urlpatterns(self):
        # Applications are records of what was sent: no add, edit, copy or delete screens.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("approve/<int:pk>/", ApproveView.as_view(), name="approve"),
            path("reject/<int:pk>/", RejectView.as_view(), name="reject"),
        ]
