"""Serve the public "sign the charter" page: show the form, check it, store, then thank.

A valid application is stored first; only then are staff told and the applicant sent an
acknowledgement (a failure to e-mail is logged and never shown to the applicant). Bots get the
same thank-you page as people and nothing is stored. After a successful post the browser is
redirected (post/redirect/get) to ``?sent=1`` so that reloading does not send the application
twice. The application's reference is kept in the sender's session, so the thank-you page shows
it on reload and never to anyone else (nor from a shared cache: the page is not cacheable).
"""

from __future__ import annotations

import logging

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from hub.models import HubSettings
from partners.joining import notifications, services, spam
from partners.joining.forms import CharterApplicationForm

logger = logging.getLogger(__name__)

SENT_PARAMETER = "sent"
#: The session key holding the reference of the last application sent from this browser.
REFERENCE_SESSION_KEY = "charter_application_reference"


def serve_sign_charter_page(page, request):
    if request.method == "POST":
        return _handle_post(page, request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if request.GET.get(SENT_PARAMETER) == "1":
        response = _render(
            page, request, sent=True, reference=request.session.get(REFERENCE_SESSION_KEY, "")
        )
        add_never_cache_headers(response)
        return response
    return _render(page, request, form=CharterApplicationForm())


def _thank_you(request):
    return HttpResponseRedirect(f"{request.path}?{SENT_PARAMETER}=1")


def _handle_post(page, request):
    reason = spam.bot_reason(request.POST)
    if reason:
        spam.count_submission(request)
        logger.info("Discarded an automated charter application (%s)", reason)
        return _thank_you(request)

    if spam.is_rate_limited(request):
        form = CharterApplicationForm(request.POST)
        form.is_valid()
        form.add_error(
            None,
            _(
                "You have sent several applications from this connection in the last hour. "
                "Your answers are below: please try again in an hour, or contact us."
            ),
        )
        return _render(page, request, form=form, status=429)

    if spam.check_token(request.POST.get(spam.TOKEN_FIELD, "")) == spam.EXPIRED:
        data = request.POST.copy()
        data[spam.TOKEN_FIELD] = spam.make_token()
        form = CharterApplicationForm(data)
        form.is_valid()
        form.add_error(
            None,
            _("This form was open for a long time. Check your answers and send it again."),
        )
        return _render(page, request, form=form)

    form = CharterApplicationForm(request.POST)
    if not form.is_valid():
        return _render(page, request, form=form)
    if not spam.claim_token(request.POST[spam.TOKEN_FIELD]):
        spam.count_submission(request)
        logger.info("Discarded a charter application sent again with a used form token")
        return _thank_you(request)

    application = services.submit_application(form.cleaned_data, translation.get_language())
    spam.count_submission(request)
    request.session[REFERENCE_SESSION_KEY] = application.reference
    notifications.queue_application_notification(application)
    if spam.may_acknowledge(application.contact_email):
        notifications.queue_application_acknowledgement(application)
    else:
        logger.info(
            "Stored %s without an acknowledgement: its address had enough today",
            application.reference,
        )
    return _thank_you(request)


def _render(page, request, *, form=None, sent=False, reference="", status=200):
    context = page.get_context(request)
    privacy_page = HubSettings.for_request(request).privacy_page
    context.update(
        {
            "form": form,
            "sent": sent,
            "reference": reference,
            "error_items": form.error_list() if form is not None and form.is_bound else [],
            "privacy_page": privacy_page.localized if privacy_page else None,
            "honeypot_field": form[spam.HONEYPOT_FIELD] if form is not None else None,
            "token_field": form[spam.TOKEN_FIELD] if form is not None else None,
        }
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)
