"""The public "report a problem with this listing" form, served by ``ServicePage`` routes.

Posts go through the charter form's spam rules (``partners.joining.guarded_post``): honeypot,
signed, timed, single-use token, and ``CHARTER_APPLICATIONS_PER_HOUR`` reports an hour per
client, counted apart from charter applications. A stored report is e-mailed to the partner
and comms afterwards; the browser is redirected to ``report/sent/`` (post/redirect/get).
"""

from __future__ import annotations

from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from partners.joining import spam
from partners.joining.guarded_post import GuardedForm
from services.page_context import owning_partner
from services.problem_reports import notifications
from services.problem_reports.forms import ProblemReportForm
from services.problem_reports.models import ProblemReport

FORM_TEMPLATE = "services/problem_report.html"
SENT_TEMPLATE = "services/problem_report_sent.html"
REPORT_FORM = GuardedForm(
    form_class=ProblemReportForm,
    rate_name="problem-reports",
    noun="problem report",
    too_many=lambda: _(
        "You have sent several reports from this connection in the last hour. "
        "Please try again in an hour, or contact us."
    ),
)


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


def _handle_post(page, request):
    def save(data):
        report = ProblemReport.objects.create(
            service=page,
            partner=_partner_page(page),
            kind=data["kind"],
            details=data["details"],
            name=data["name"].strip(),
            email=data["email"],
            language=translation.get_language() or "",
        )
        notifications.queue_report_notifications(report)

    return REPORT_FORM.handle(
        request,
        sent_url=_sent_url(page, request),
        render=lambda form, status: _render(page, request, form, status=status),
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
