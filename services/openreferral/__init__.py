"""Open Referral UK 3.0: the read-only API over live services, and the feed importer.

``selectors`` chooses and filters the public services, ``serialize`` shapes them as the
standard's JSON, ``views``/``urls`` serve ``/api/openreferral/v3/``, ``importer`` and
``taxonomy`` read another organisation's feed into draft services. See docs/openreferral.md.
"""
