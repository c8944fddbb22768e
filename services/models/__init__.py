from .geography import PostcodeDistrict
from .pages import (
    Booking,
    OpeningException,
    OpeningSession,
    ServiceFinderPage,
    ServiceLanguage,
    ServiceLocation,
    ServicePage,
    Weekday,
)
from .snippets import HelpKind, Venue

__all__ = [
    "Booking",
    "HelpKind",
    "OpeningException",
    "OpeningSession",
    "PostcodeDistrict",
    "ServiceFinderPage",
    "ServiceLanguage",
    "ServiceLocation",
    "ServicePage",
    "Venue",
    "Weekday",
]
