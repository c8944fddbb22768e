"""The spam-checked post/redirect/get flow of a short public form (``partners.joining.spam``).

A service's "report a problem" and a resource's "request an accessible format" post through
``handle``: posts caught by the honeypot, sent too fast, or sent again with a used token get
the same thank-you redirect as people and store nothing; each client may send
``CHARTER_APPLICATIONS_PER_HOUR`` messages an hour of each kind (429 with the form shown
again); a missing or forged token, which no person's browser sends, is refused with 400 and
the form shown again with a fresh token; an expired one asks to check and send again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from hub import limits
from partners.joining import spam

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class GuardedForm:
    form_class: type
    rate_name: str  # counts this kind of message apart from the others
    noun: str  # for the log: "problem report"
    too_many: Callable[[], str]  # the 429 message, in the reader's language

    def _rate_key(self, request) -> str:
        return limits.key(self.rate_name, spam.client_ip(request))

    def _count(self, request) -> None:
        limits.count(self._rate_key(request), spam.WINDOW_SECONDS)

    def _fresh(self, request):
        """The posted answers with a new form token, so that the next send can succeed."""
        data = request.POST.copy()
        data[spam.TOKEN_FIELD] = spam.make_token()
        form = self.form_class(data)
        form.is_valid()
        return form

    def handle(self, request, *, sent_url: str, render, save):
        """``render(form, status)`` shows the form again; ``save(cleaned_data)`` stores the
        message and queues its e-mails. Returns the response."""
        sent = HttpResponseRedirect(sent_url)
        token = request.POST.get(spam.TOKEN_FIELD, "")
        if request.POST.get(spam.HONEYPOT_FIELD, "") or spam.check_token(token) == spam.TOO_FAST:
            self._count(request)
            logger.info("Discarded an automated %s", self.noun)
            return sent

        if limits.reached(self._rate_key(request), spam.per_hour()):
            form = self._fresh(request)
            form.add_error(None, self.too_many())
            return render(form, 429)

        check = spam.check_token(token)
        if check == spam.TAMPERED:
            form = self._fresh(request)
            form.add_error(None, _("We could not check this form. Please send it again."))
            return render(form, 400)
        if check == spam.EXPIRED:
            form = self._fresh(request)
            form.add_error(
                None,
                _("This form was open for a long time. Check your answers and send it again."),
            )
            return render(form, 200)

        form = self.form_class(request.POST)
        if not form.is_valid():
            return render(form, 200)
        if not spam.claim_token(token):
            self._count(request)
            logger.info("Discarded a %s sent again with a used form token", self.noun)
            return sent

        save(form.cleaned_data)
        self._count(request)
        return sent
