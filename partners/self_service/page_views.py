"""Workflow views for partner pages and pledges that check permission before anything else.

Wagtail's workflow action and task preview views first check whether the page is in
moderation, and if it is not they show a message naming the page's latest (perhaps
unpublished) title, before any permission check. For partner pages and pledges these views
refuse users who can neither edit the page nor act on its current task, so a partner cannot
read another partner's draft title by guessing URLs.

The viewsets only swap these views: they add no URLs and leave the page explorer as it is.
"""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.pages.workflow import (
    CollectWorkflowActionDataView,
    PreviewRevisionForTaskView,
    WorkflowActionView,
)
from wagtail.admin.viewsets.pages import PageViewSet

from partners.models import PartnerPage, PledgePage


class PermissionFirstMixin:
    def dispatch(self, request, *args, **kwargs):
        page = self.object.specific_deferred
        allowed = page.permissions_for_user(request.user).can_edit() or bool(
            self.task.get_actions(page, request.user)
        )
        if not allowed:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PartnerWorkflowActionView(PermissionFirstMixin, WorkflowActionView):
    pass


class PartnerCollectWorkflowActionDataView(PermissionFirstMixin, CollectWorkflowActionDataView):
    pass


class PartnerPreviewRevisionForTaskView(PermissionFirstMixin, PreviewRevisionForTaskView):
    pass


class PartnerContentPageViewSet(PageViewSet):
    workflow_action_view_class = PartnerWorkflowActionView
    collect_workflow_action_data_view_class = PartnerCollectWorkflowActionDataView
    workflow_preview_view_class = PartnerPreviewRevisionForTaskView

    @property
    def parent_models(self):
        return []  # keep Wagtail's own explorer listings


def partner_page_viewsets():
    return [
        PartnerContentPageViewSet("partner_page_views", model=PartnerPage),
        PartnerContentPageViewSet("pledge_page_views", model=PledgePage),
    ]
