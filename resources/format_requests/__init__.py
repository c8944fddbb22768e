"""Readers ask for a resource in an accessible format; the owning partner and comms answer.

``models`` (the stored request), ``forms`` and ``views`` (the public form at
``<resource>/request-format/``, with the charter form's spam rules), ``notifications`` (e-mail
to the partner and comms, and an acknowledgement to the reader in their language),
``admin_views`` and ``wagtail_hooks`` (the admin listing, scoped to each partner's own
resources). ``resources.apps.ResourcesConfig.ready`` imports ``wagtail_hooks``.
"""
