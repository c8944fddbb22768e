"""Template tags shared by the finder, its print view and the service page."""

import datetime

from babel.dates import format_date
from babel.units import format_unit
from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.dates import cldr_locale, long_date, short_time
from services import opening

register = template.Library()


def opening_text(service, moment: datetime.datetime | None = None) -> tuple[bool, str]:
    """(open now?, a sentence such as "Closed now, opens Tuesday at 10am") for ``service``.

    Reads ``opening_sessions`` and ``opening_exceptions`` through ``.all()`` so that a
    listing's prefetch is used.
    """
    moment = moment or timezone.now()
    sessions = service.opening_sessions.all()
    exceptions = service.opening_exceptions.all()
    if not sessions and not exceptions:
        return False, _("Contact the service for opening times")
    state = opening.status(sessions, exceptions, moment)
    if state.open_now:
        return True, _("Open now, closes at %(time)s") % {
            "time": short_time(opening.local(state.closes_at).time())
        }
    reason = ""
    if state.exception is not None and state.exception.closed and state.exception.note:
        reason = _("Closed today: %(reason)s.") % {"reason": state.exception.note} + " "
    if state.next_opening is None:
        return False, reason + _("Closed now")
    today = opening.local(moment).date()
    day = state.next_opening.date()
    time = short_time(state.next_opening.time())
    if day == today:
        text = _("Closed now, opens today at %(time)s") % {"time": time}
    elif day == today + datetime.timedelta(days=1):
        text = _("Closed now, opens tomorrow at %(time)s") % {"time": time}
    elif day < today + datetime.timedelta(days=7):
        weekday = format_date(day, "EEEE", locale=cldr_locale())
        text = _("Closed now, opens %(day)s at %(time)s") % {"day": weekday, "time": time}
    else:
        text = _("Closed now, opens %(date)s at %(time)s") % {"date": long_date(day), "time": time}
    return False, reason + text


@register.inclusion_tag("services/components/opening_status.html")
def opening_status(service, moment=None):
    """Open now or when it next opens, in the reader's language and UK time."""
    is_open, text = opening_text(service, moment)
    return {"is_open": is_open, "text": text}


@register.filter
def miles(value) -> str:
    """A distance in miles, one decimal place, in the reader's language ("0.8 miles")."""
    if value is None or value == "":
        return ""
    rounded = round(float(value), 1)
    locale = cldr_locale()
    text = format_unit(rounded, "length-mile", length="long", locale=locale)
    if "length-mile" in text:  # CLDR has no long form in this language (uk, ur): "1 миля"
        text = format_unit(rounded, "length-mile", length="short", locale=locale)
    return text


@register.filter
def weekday_name(day: datetime.date) -> str:
    return format_date(day, "EEEE", locale=cldr_locale())


@register.inclusion_tag("services/components/access_features.html")
def access_features(venue):
    """A venue's access features, each as an icon with its words (never an icon alone)."""
    features = [
        (venue.step_free, "step-free", _("Step-free access")),
        (venue.hearing_loop, "hearing-loop", _("Hearing loop")),
        (venue.accessible_toilet, "toilet", _("Accessible toilet")),
        (venue.bsl, "bsl", _("British Sign Language")),
    ]
    return {"features": [(key, label) for present, key, label in features if present]}
