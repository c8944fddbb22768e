from services.problem_reports.models import ProblemKind, ProblemReport, ReportStatus

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
    "ProblemKind",
    "ProblemReport",
    "ServiceFinderPage",
    "ServiceLanguage",
    "ServiceLocation",
    "ServicePage",
    "ReportStatus",
    "Venue",
    "Weekday",
]
