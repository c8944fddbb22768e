"""The public "request an accessible format" form, served by ``ResourcePage`` routes.

Posts go through the charter form's spam rules (``partners.joining.guarded_post``), as the
services' problem reports do, with requests counted apart. ``document`` (in the query string,
then a hidden field) names one of this resource's own documents; any other id is ignored and
the request is about the whole resource.
"""

from __future__ import annotations

from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from partners.joining import spam
from partners.joining.guarded_post import GuardedForm
from resources.format_requests import notifications
from resources.format_requests.forms import FormatRequestForm
from resources.format_requests.models import FormatRequest
from resources.page_context import document_rows, owning_partner

FORM_TEMPLATE = "resources/format_request.html"
SENT_TEMPLATE = "resources/format_request_sent.html"
REQUEST_FORM = GuardedForm(
    form_class=FormatRequestForm,
    rate_name="format-requests",
    noun="format request",
    too_many=lambda: _(
        "You have sent several requests from this connection in the last hour. "
        "Please try again in an hour, or contact us."
    ),
)


def _sent_url(page, request) -> str:
    return page.get_url(request) + page.reverse_subpage("format_request_sent")


def chosen_document(page, raw):
    """The page's own attached document row with wagtaildocs id ``raw``, else None."""
    raw = str(raw or "").strip()
    if not raw.isdigit() or len(raw) > 12:
        return None
    return page.documents.select_related("document").filter(document_id=int(raw)).first()


def serve_request_form(page, request):
    if request.method == "POST":
        return _handle_post(page, request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    row = chosen_document(page, request.GET.get("document"))
    return _render(page, request, FormatRequestForm(), row)


def serve_request_sent(page, request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    response = TemplateResponse(request, SENT_TEMPLATE, _base_context(page, request))
    add_never_cache_headers(response)
    return response


def _handle_post(page, request):
    row = chosen_document(page, request.POST.get("document"))

    def save(data):
        format_request = FormatRequest.objects.create(
            resource=page,
            partner=_partner_page(page),
            document=row.document if row else None,
            needed_format=data["needed_format"],
            other_language=data["other_language"],
            notes=data["notes"],
            name=data["name"].strip(),
            email=data["email"],
            language=translation.get_language() or "",
        )
        notifications.queue_request_notifications(format_request)

    return REQUEST_FORM.handle(
        request,
        sent_url=_sent_url(page, request),
        render=lambda form, status: _render(page, request, form, row, status=status),
        save=save,
    )


def _partner_page(page):
    from partners.models import PartnerPage

    partner = owning_partner(page)
    return partner if isinstance(partner, PartnerPage) else None


def _base_context(page, request) -> dict:
    return {
        "page": page,
        "self": page,
        "request": request,
        "resource_url": page.get_url(request),
    }


def _render(page, request, form, row, status=200):
    context = _base_context(page, request)
    context.update(
        {
            "form": form,
            "document_row": document_rows([row])[0] if row else None,
            "format_items": form.format_items(),
            "error_items": form.error_list() if form.is_bound else [],
            "honeypot_field": form[spam.HONEYPOT_FIELD],
            "token_field": form[spam.TOKEN_FIELD],
        }
    )
    response = TemplateResponse(request, FORM_TEMPLATE, context, status=status)
    add_never_cache_headers(response)
    return response
