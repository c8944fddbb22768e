"""The public "request an accessible format" form, served by ``ResourcePage`` routes.

The charter form's spam rules (``partners.joining.spam``), as the services' problem reports
use them: a honeypot and a signed, timed, single-use form token; posts caught by the honeypot,
sent too fast or sent again with a used token get the thank-you page and store nothing. A
missing or forged token is refused with 400 and the form shown again with a fresh token. Each
client may send ``CHARTER_APPLICATIONS_PER_HOUR`` requests an hour, counted apart. ``document``
(in the query string, then a hidden field) names one of this resource's own documents; any
other id is ignored and the request is about the whole resource.
"""

from __future__ import annotations

import logging

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from hub import limits
from partners.joining import spam
from resources.format_requests import notifications
from resources.format_requests.forms import FormatRequestForm
from resources.format_requests.models import FormatRequest
from resources.page_context import document_rows, owning_partner

logger = logging.getLogger(__name__)

FORM_TEMPLATE = "resources/format_request.html"
SENT_TEMPLATE = "resources/format_request_sent.html"


def _rate_key(request) -> str:
    return limits.key("format-requests", spam.client_ip(request))


def _count(request) -> None:
    limits.count(_rate_key(request), spam.WINDOW_SECONDS)


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


def _fresh(request) -> FormatRequestForm:
    """The posted answers with a new form token, so that the next send can succeed."""
    data = request.POST.copy()
    data[spam.TOKEN_FIELD] = spam.make_token()
    form = FormatRequestForm(data)
    form.is_valid()
    return form


def _handle_post(page, request):
    sent = HttpResponseRedirect(_sent_url(page, request))
    row = chosen_document(page, request.POST.get("document"))
    token = request.POST.get(spam.TOKEN_FIELD, "")
    if request.POST.get(spam.HONEYPOT_FIELD, "") or spam.check_token(token) == spam.TOO_FAST:
        _count(request)
        logger.info("Discarded an automated format request")
        return sent

    if limits.reached(_rate_key(request), spam.per_hour()):
        form = _fresh(request)
        form.add_error(
            None,
            _(
                "You have sent several requests from this connection in the last hour. "
                "Please try again in an hour, or contact us."
            ),
        )
        return _render(page, request, form, row, status=429)

    check = spam.check_token(token)
    if check == spam.TAMPERED:
        form = _fresh(request)
        form.add_error(None, _("We could not check this form. Please send it again."))
        return _render(page, request, form, row, status=400)
    if check == spam.EXPIRED:
        form = _fresh(request)
        form.add_error(
            None, _("This form was open for a long time. Check your answers and send it again.")
        )
        return _render(page, request, form, row)

    form = FormatRequestForm(request.POST)
    if not form.is_valid():
        return _render(page, request, form, row)
    if not spam.claim_token(token):
        _count(request)
        logger.info("Discarded a format request sent again with a used form token")
        return sent

    data = form.cleaned_data
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
    _count(request)
    notifications.queue_request_notifications(format_request)
    return sent


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
