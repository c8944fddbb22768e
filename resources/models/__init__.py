from resources.format_requests.models import FormatRequest, NeededFormat, RequestStatus

from .pages import (
    Audience,
    Licence,
    ResourceDocument,
    ResourceFormat,
    ResourceLibraryPage,
    ResourceLink,
    ResourcePage,
)
from .snippets import ResourceTopic

__all__ = [
    "Audience",
    "FormatRequest",
    "NeededFormat",
    "RequestStatus",
    "Licence",
    "ResourceDocument",
    "ResourceFormat",
    "ResourceLibraryPage",
    "ResourceLink",
    "ResourcePage",
    "ResourceTopic",
]
