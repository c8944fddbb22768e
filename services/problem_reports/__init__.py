"""Residents report a problem with a service listing; the owning partner and comms fix it.

``models`` (the stored report), ``forms`` and ``views`` (the public form at ``<service>/report/``,
with the charter form's spam rules), ``notifications`` (e-mail to the partner and comms),
``admin`` and ``wagtail_hooks`` (the admin listing, scoped to each partner's own services).
``services.apps.ServicesConfig.ready`` imports ``wagtail_hooks``, since Wagtail looks for hooks
only in each app's top-level ``wagtail_hooks`` module.
"""
