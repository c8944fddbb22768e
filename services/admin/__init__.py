"""Admin screens for support services, registered in ``services/wagtail_hooks.py``."""
