"""Registers the format-request admin screens and their permission policy.

Imported by ``resources.apps.ResourcesConfig.ready`` (Wagtail itself only imports the app's
top-level ``wagtail_hooks``).
"""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from partners.inbox import InboxPolicy
from resources.format_requests.admin_views import REQUESTS, FormatRequestViewSet
from resources.format_requests.models import FormatRequest

register_permission_policy(FormatRequest, InboxPolicy(REQUESTS))


@hooks.register("register_admin_viewset")
def register_format_requests():
    return FormatRequestViewSet("format_requests")
