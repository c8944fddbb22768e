"""Format requests in the admin: comms see every request, a partner only its own resources'.

One permission policy (``FormatRequestPolicy``): superusers and holders of
``resources.view_formatrequest`` (the comms team, from migration ``0002_rpage``) see all; a
partner's staff (groups with page permissions on a partner page) see requests about their own
resources, found through the request's partner in any language; requests about the
partnership's own resources (no partner) are for comms alone. Listing, inspecting and marking
answered all read through ``visible_requests``, so another partner's request id gives 404.
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
from resources.format_requests.models import FormatRequest, RequestStatus

VIEWSET_NAME = "format_requests"
ACTIONS = ("view", "change")


def sees_all(user) -> bool:
    """Superusers and holders of ``resources.view_formatrequest`` (cached by Django)."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("resources.view_formatrequest"))
    )


def visible_requests(user):
    if not user.is_authenticated or not user.is_active:
        return FormatRequest.objects.none()
    if sees_all(user):
        return FormatRequest.objects.all()
    return FormatRequest.objects.filter(partner__translation_key__in=partner_keys(user))


class FormatRequestPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action not in ACTIONS or not user.is_authenticated or not user.is_active:
            return False
        return sees_all(user) or bool(partner_keys(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if action not in ACTIONS or not self.user_has_permission(user, action):
            return False
        if sees_all(user):
            return True
        # The listing selects each request's partner with it: no query per row.
        return instance.partner_id is not None and (
            instance.partner.translation_key in partner_keys(user)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not set(actions) & set(ACTIONS):
            return FormatRequest.objects.none()
        return visible_requests(user)

    def users_with_any_permission(self, actions):
        if not set(actions) & set(ACTIONS):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | Q(groups__permissions__codename="view_formatrequest")
                | Q(groups__partner_pages__isnull=False)
            )
            .distinct()
        )


class RequestIndexView(IndexView):
    def get_base_queryset(self):
        return visible_requests(self.request.user).select_related("resource", "partner")


class RequestInspectView(InspectView):
    template_name = "resources/admin/format_request_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            visible_requests(self.request.user).select_related("resource", "partner", "document"),
            pk=self.pk,
        )

    def get_notes_display_value(self):
        return plain_text(self.object.notes)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "format_request": self.object,
                "can_answer": self.object.status == RequestStatus.OPEN,
                "answer_url": reverse(f"{VIEWSET_NAME}:answer", args=[self.object.pk]),
                "resource_edit_url": reverse(
                    "wagtailadmin_pages:edit", args=[self.object.resource_id]
                ),
            }
        )
        return context


class AnswerView(View):
    """Mark a request answered (POST with CSRF, from the inspect screen)."""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        format_request = get_object_or_404(visible_requests(request.user), pk=kwargs["pk"])
        if format_request.status == RequestStatus.OPEN:
            format_request.status = RequestStatus.ANSWERED
            format_request.answered_at = timezone.now()
            format_request.answered_by = request.user
            format_request.save(update_fields=["status", "answered_at", "answered_by"])
            messages.success(request, _("The request is marked answered."))
        else:
            messages.warning(request, _("This request was already answered."))
        return redirect(reverse(f"{VIEWSET_NAME}:index"))


class FormatRequestViewSet(ModelViewSet):
    model = FormatRequest
    icon = "doc-full"
    menu_label = _("Format requests")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["resource", "needed_format", "created_at", "status"]
    list_filter = ["status", "needed_format"]
    index_view_class = RequestIndexView
    inspect_view_enabled = True
    inspect_view_class = RequestInspectView
    inspect_view_fields = [
        "resource",
        "partner",
        "document",
        "needed_format",
        "other_language",
        "notes",
        "name",
        "email",
        "language",
        "created_at",
        "status",
        "answered_at",
        "answered_by",
    ]
    copy_view_enabled = False

    @property
    def url_finder_class(self):
        # A request has no edit screen: links to it open its inspect view.
        return type(
            "FormatRequestURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add", "edit", "delete", "history", "usage"):
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_urlpatterns(self):
        # Requests are what readers sent: no add, edit, copy or delete screens.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("answer/<int:pk>/", AnswerView.as_view(), name="answer"),
        ]
