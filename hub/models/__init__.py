from .pages import HomePage, StandardPage
from .site_settings import HubSettings
from .site_wording import SiteWording

__all__ = ["HomePage", "HubSettings", "SiteWording", "StandardPage"]
