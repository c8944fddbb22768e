from .pages import HomePage, StandardPage
from .site_settings import HubSettings

__all__ = ["HomePage", "HubSettings", "StandardPage"]
