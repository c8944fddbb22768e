"""English is British English here: Django's en-GB formats, with the full month name in
dates ("5 November 2024") as GOV.UK writes them, wherever Django formats an English date."""

from django.conf.locale.en_GB.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
