"""The API's identifiers: UUIDs that stay the same from one request (and revision) to the next.

Services, kinds of help (taxonomy terms), venues (locations) and partners (organizations)
use their ``translation_key``, shared by every language version. Rows without a UUID of
their own (a service at a location, a schedule, an address) get a name-based UUID (uuid5)
from the keys they belong to, so the same row always has the same id.
"""

from __future__ import annotations

import uuid

#: Our single taxonomy: the kinds of help.
TAXONOMY_ID = uuid.UUID("5f0a2d3e-8c1b-4e7a-9d42-6b1f0c9a7e31")
TAXONOMY_NAME = "Charter Hub kinds of digital help"
#: The namespace of every derived id.
NAMESPACE = uuid.UUID("0b8e6f52-3d7a-4c19-a1e4-2f9d5c6b8a70")


def derived(*parts) -> str:
    """A stable UUID for a row identified by ``parts`` (keys, codes, dates)."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def service_at_location(service_key, venue_key) -> str:
    return derived("service_at_location", service_key, venue_key)


def parse(value: str) -> uuid.UUID | None:
    """The UUID in ``value``, or None when it is not one (any of the usual spellings)."""
    try:
        return uuid.UUID(str(value).strip())
    except (ValueError, AttributeError, TypeError):
        return None
