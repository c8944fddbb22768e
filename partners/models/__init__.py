from .applications import ApplicationStatus, CharterApplication
from .pages import (
    PartnerDirectoryPage,
    PartnerPage,
    PledgePage,
    PledgePrinciple,
    PledgeStatus,
    ProgressDashboardPage,
    ProgressUpdate,
    SignCharterPage,
)
from .snippets import Area, Sector

__all__ = [
    "ApplicationStatus",
    "Area",
    "CharterApplication",
    "PartnerDirectoryPage",
    "PartnerPage",
    "PledgePage",
    "PledgePrinciple",
    "PledgeStatus",
    "ProgressDashboardPage",
    "ProgressUpdate",
    "Sector",
    "SignCharterPage",
]
