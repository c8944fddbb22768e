"""The public "report a problem with this listing" form, served by ``ServicePage`` routes.

The charter form's spam rules (``partners.joining.spam``): a honeypot field and a signed,
timed, single-use form token; posts caught by the honeypot, sent too fast or sent again with a
used token get the same thank-you page as people and store nothing. A missing or forged token
(no person's browser sends one) is refused with 400 and the form shown again with a fresh
token. Each client may send ``CHARTER_APPLICATIONS_PER_HOUR`` reports an hour, counted apart
from charter applications. A stored report is e-mailed to the partner and comms afterwards;
the browser is redirected to ``report/sent/`` (post/redirect/get).
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
from services.page_context import owning_partner
from services.problem_reports import notifications
from services.problem_reports.forms import ProblemReportForm
from services.problem_reports.models import ProblemReport

logger = logging.getLogger(__name__)

FORM_TEMPLATE = "services/problem_report.html"
SENT_TEMPLATE = "services/problem_report_sent.html"


def _rate_key(request) -> str:
    return limits.key("problem-reports", spam.client_ip(request))


def _count(request) -> None:
    limits.count(_rate_key(request), spam.WINDOW_SECONDS)


def _sent_url(page, request) -> str:
    return page.get_url(request) + page.reverse_subpage("report_sent")


def serve_report_form(page, request):
    if request.method == "POST":
        return _handle_post(page, request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return _render(page, request, ProblemReportForm())


def serve_report_sent(page, request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    response = TemplateResponse(request, SENT_TEMPLATE, _base_context(page, request))
    add_never_cache_headers(response)
    return response


def _fresh(request) -> ProblemReportForm:
    """The posted answers with a new form token, so that the next send can succeed."""
    data = request.POST.copy()
    data[spam.TOKEN_FIELD] = spam.make_token()
    form = ProblemReportForm(data)
    form.is_valid()
    return form


def _handle_post(page, request):
    sent = HttpResponseRedirect(_sent_url(page, request))
    token = request.POST.get(spam.TOKEN_FIELD, "")
    if request.POST.get(spam.HONEYPOT_FIELD, "") or spam.check_token(token) == spam.TOO_FAST:
        _count(request)
        logger.info("Discarded an automated problem report")
        return sent

    if limits.reached(_rate_key(request), spam.per_hour()):
        form = _fresh(request)
        form.add_error(
            None,
            _(
                "You have sent several reports from this connection in the last hour. "
                "Please try again in an hour, or contact us."
            ),
        )
        return _render(page, request, form, status=429)

    check = spam.check_token(token)
    if check == spam.TAMPERED:
        form = _fresh(request)
        form.add_error(None, _("We could not check this form. Please send it again."))
        return _render(page, request, form, status=400)
    if check == spam.EXPIRED:
        form = _fresh(request)
        form.add_error(
            None, _("This form was open for a long time. Check your answers and send it again.")
        )
        return _render(page, request, form)

    form = ProblemReportForm(request.POST)
    if not form.is_valid():
        return _render(page, request, form)
    if not spam.claim_token(token):
        _count(request)
        logger.info("Discarded a problem report sent again with a used form token")
        return sent

    data = form.cleaned_data
    report = ProblemReport.objects.create(
        service=page,
        partner=_partner_page(page),
        kind=data["kind"],
        details=data["details"],
        name=data["name"].strip(),
        email=data["email"],
        language=translation.get_language() or "",
    )
    _count(request)
    notifications.queue_report_notifications(report)
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
        "partner": owning_partner(page),
        "service_url": page.get_url(request),
    }


def _render(page, request, form, status=200):
    context = _base_context(page, request)
    context.update(
        {
            "form": form,
            "kind_items": form.kind_items(),
            "error_items": form.error_list() if form.is_bound else [],
            "honeypot_field": form[spam.HONEYPOT_FIELD],
            "token_field": form[spam.TOKEN_FIELD],
        }
    )
    response = TemplateResponse(request, FORM_TEMPLATE, context, status=status)
    add_never_cache_headers(response)
    return response
