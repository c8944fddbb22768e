"""Reading an Open Referral UK feed: a JSON file or URL holding services in any of the
standard's shapes (a page of services, one service, or an organization with its services)."""

from __future__ import annotations

import json
from pathlib import Path

import requests

#: Seconds before fetching a feed URL gives up.
FETCH_TIMEOUT = 30
#: The largest feed read (bytes): far above any directory's page of services.
MAX_BYTES = 50 * 1024 * 1024


class FeedError(Exception):
    """The feed cannot be read; the message says why, for the person running the import."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read(source: str):
    """The parsed JSON at ``source`` (a path or an http(s) URL)."""
    if is_url(source):
        try:
            response = requests.get(
                source, timeout=FETCH_TIMEOUT, headers={"Accept": "application/json"}
            )
            response.raise_for_status()
        except requests.Timeout:
            raise FeedError(f"{source} did not answer within {FETCH_TIMEOUT} seconds") from None
        except requests.RequestException as error:
            raise FeedError(f"could not fetch {source}: {error}") from None
        if len(response.content) > MAX_BYTES:
            raise FeedError(f"{source} is larger than {MAX_BYTES // 1024 // 1024} MB")
        text = response.text
    else:
        path = Path(source)
        if not path.is_file():
            raise FeedError(f"no file at {source}")
        if path.stat().st_size > MAX_BYTES:
            raise FeedError(f"{source} is larger than {MAX_BYTES // 1024 // 1024} MB")
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise FeedError(f"could not read {source}: {error}") from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise FeedError(f"{source} is not valid JSON: {error}") from None


def service_records(document) -> list[dict]:
    """The service records in a document of one of the standard's shapes."""
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        records = document["contents"]
    elif isinstance(document, dict) and isinstance(document.get("services"), list):
        records = document["services"]
    elif isinstance(document, dict) and "name" in document and "id" in document:
        records = [document]
    elif isinstance(document, list):
        records = document
    else:
        raise FeedError(
            "the JSON is not an Open Referral UK page of services, a service or an organization"
        )
    return records
