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
    "Licence",
    "ResourceDocument",
    "ResourceFormat",
    "ResourceLibraryPage",
    "ResourceLink",
    "ResourcePage",
    "ResourceTopic",
]
