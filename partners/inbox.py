"""What residents send about a partner's listing, in the admin: comms see all, a partner its own.

Problem reports about services and accessible-format requests about resources work alike:
each message names the partner it concerns (none: the partnership's own content), the comms
team (superusers and holders of the model's ``view`` permission) see every message, a partner's
staff (groups with page permissions on a partner page) only those about their own
organisation, found through the partner in any language. Nobody adds, edits, copies or deletes
a message: it is listed, inspected and marked done. Listing, inspecting and marking done all
read through ``Inbox.visible``, so another partner's message id gives 404.

An app describes its model once with an ``Inbox`` and registers an ``InboxViewSet`` subclass
and an ``InboxPolicy`` for it (see ``services.problem_reports`` and
``resources.format_requests``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from hub.inspect_only import InspectOnlyViewSetMixin
from partners.joining.views import plain_text
from partners.self_service.selectors import partner_keys

ACTIONS = ("view", "change")


@dataclass(frozen=True)
class Inbox:
    """One kind of message: its model, the page it is about, and how it is marked done."""

    model: type
    subject: str  # the foreign key to the page the message is about
    done_status: str  # the status a message is given when marked done
    done_field: str  # "<done_field>_at" and "<done_field>_by" record when and by whom
    done_message: str
    already_done_message: str
    mark_done_label: str
    edit_subject_label: str
    related: tuple[str, ...] = ()  # more to select with each message in the admin
    plain_text_fields: tuple[str, ...] = ()  # what the resident typed: shown as plain text

    @property
    def view_permission(self) -> str:
        meta = self.model._meta
        return f"{meta.app_label}.view_{meta.model_name}"

    def sees_all(self, user) -> bool:
        """Superusers and holders of the view permission (the comms team has it, from a
        migration): Django caches a user's permissions, so this costs no query per check."""
        return bool(
            user.is_authenticated
            and user.is_active
            and (user.is_superuser or user.has_perm(self.view_permission))
        )

    def visible(self, user):
        """The messages ``user`` may see, with their page and partner selected."""
        manager = self.model.objects
        if not user.is_authenticated or not user.is_active:
            return manager.none()
        if self.sees_all(user):
            messages_ = manager.all()
        else:
            messages_ = manager.filter(partner__translation_key__in=partner_keys(user))
        return messages_.select_related(self.subject, "partner", *self.related)


class InboxPolicy(ModelPermissionPolicy):
    def __init__(self, inbox: Inbox):
        super().__init__(inbox.model)
        self.inbox = inbox

    def user_has_permission(self, user, action):
        if action not in ACTIONS or not user.is_authenticated or not user.is_active:
            return False
        return self.inbox.sees_all(user) or bool(partner_keys(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if action not in ACTIONS or not self.user_has_permission(user, action):
            return False
        if self.inbox.sees_all(user):
            return True
        # The listing selects each message's partner with it: no query per row.
        return instance.partner_id is not None and (
            instance.partner.translation_key in partner_keys(user)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not set(actions) & set(ACTIONS):
            return self.model.objects.none()
        return self.inbox.visible(user)

    def users_with_any_permission(self, actions):
        if not set(actions) & set(ACTIONS):
            return get_user_model().objects.none()
        codename = self.inbox.view_permission.split(".", 1)[1]
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | Q(groups__permissions__codename=codename)
                | Q(groups__partner_pages__isnull=False)
            )
            .distinct()
        )


class InboxIndexView(IndexView):
    inbox: Inbox | None = None

    def get_base_queryset(self):
        return self.inbox.visible(self.request.user)


class InboxInspectView(InspectView):
    inbox: Inbox | None = None
    done_url_name = ""
    template_name = "partners/admin/inbox_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(self.inbox.visible(self.request.user), pk=self.pk)

    def get_field_display_value(self, field_name, field):
        if field_name in self.inbox.plain_text_fields:
            return plain_text(getattr(self.object, field_name))
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        subject_id = getattr(self.object, f"{self.inbox.subject}_id")
        context.update(
            {
                "can_mark_done": self.object.status != self.inbox.done_status,
                "mark_done_url": reverse(self.done_url_name, args=[self.object.pk]),
                "mark_done_label": self.inbox.mark_done_label,
                "subject_edit_url": reverse("wagtailadmin_pages:edit", args=[subject_id]),
                "edit_subject_label": self.inbox.edit_subject_label,
            }
        )
        return context


class MarkDoneView(View):
    """Mark a message done (POST with CSRF, from the inspect screen)."""

    inbox: Inbox | None = None
    index_url_name = ""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        message = get_object_or_404(self.inbox.visible(request.user), pk=kwargs["pk"])
        if message.status != self.inbox.done_status:
            message.status = self.inbox.done_status
            setattr(message, f"{self.inbox.done_field}_at", timezone.now())
            setattr(message, f"{self.inbox.done_field}_by", request.user)
            fields = ["status", f"{self.inbox.done_field}_at", f"{self.inbox.done_field}_by"]
            message.save(update_fields=fields)
            messages.success(request, self.inbox.done_message)
        else:
            messages.warning(request, self.inbox.already_done_message)
        return redirect(reverse(self.index_url_name))


class InboxViewSet(InspectOnlyViewSetMixin, ModelViewSet):
    """Index, inspect and mark done; a subclass sets ``inbox``, ``done_path`` and the usual
    menu and listing attributes."""

    inbox: Inbox | None = None
    done_path = "done"  # the mark-done URL's path and name, e.g. "resolve"
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False

    def __init__(self, name=None, **kwargs):
        self.model = self.inbox.model
        super().__init__(name, **kwargs)
        self.index_view_class = type("IndexView", (InboxIndexView,), {"inbox": self.inbox})
        self.inspect_view_class = type(
            "InspectView",
            (InboxInspectView,),
            {"inbox": self.inbox, "done_url_name": self.get_url_name(self.done_path)},
        )

    @property
    def mark_done_view(self):
        return MarkDoneView.as_view(inbox=self.inbox, index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        # Messages are what residents sent: no add, edit, copy or delete screens.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path(f"{self.done_path}/<int:pk>/", self.mark_done_view, name=self.done_path),
        ]
