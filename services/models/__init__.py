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
from services.problem_reports.models import ProblemKind, ProblemReport, ReportStatus  # noqa: I001

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
