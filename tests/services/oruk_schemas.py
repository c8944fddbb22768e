"""Validating API responses against the standard's own files (copied from the official
repository into ``openreferral_standard/``, see its SOURCE.md), with ``jsonschema``.

Each endpoint's body is checked against the response schema that ``schema/openapi.json``
gives for it: the OpenAPI file and every schema are registered under the URLs the OpenAPI
file uses, so its ``$ref``s (compiled schemas, plain schemas with relative ``$ref``s, and
its own ``#/components/schemas/Page``) resolve locally, with no network.
"""

from __future__ import annotations

import datetime
import json
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

STANDARD = Path(__file__).parent / "openreferral_standard"
BASE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"
OPENAPI = BASE + "openapi.json"
PAGE_FIELDS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}

FORMATS = FormatChecker()


@FORMATS.checks("uri", raises=ValueError)
def _uri(value) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.scheme == "mailto"))


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed.tzinfo is not None and "T" in value


@FORMATS.checks("uuid", raises=ValueError)
def _uuid(value) -> bool:
    return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()


def load(relative: str) -> dict:
    return json.loads((STANDARD / relative).read_text("utf-8"))


def _registry() -> Registry:
    resources = [(OPENAPI, Resource.from_contents(load("schema/openapi.json"), DRAFT202012))]
    for path in sorted((STANDARD / "schema").rglob("*.json")):
        relative = path.relative_to(STANDARD / "schema").as_posix()
        if relative != "openapi.json":
            contents = json.loads(path.read_text("utf-8"))
            resources.append((BASE + relative, Resource.from_contents(contents, DRAFT202012)))
    return Registry().with_resources(resources)


REGISTRY = _registry()


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def openapi_response_schema(path: str) -> dict:
    """A reference to the 200 response schema of GET ``path`` in the OpenAPI file."""
    pointer = _pointer(
        "paths", path, "get", "responses", "200", "content", "application/json", "schema"
    )
    return {"$ref": f"{OPENAPI}#/{pointer}"}


def errors(body, schema: dict) -> list[str]:
    """Every validation error of ``body`` against ``schema``, as readable lines."""
    validator = Draft202012Validator(schema, registry=REGISTRY, format_checker=FORMATS)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator.iter_errors(body)
    ]


def endpoint_errors(path: str, body) -> list[str]:
    """Errors of ``body`` against the OpenAPI response for ``path``; pages must be complete."""
    found = errors(body, openapi_response_schema(path))
    if "{id}" not in path and path != "/":
        missing = PAGE_FIELDS - set(body)
        found += [f"(root): page field {name!r} missing" for name in sorted(missing)]
    return found


def file_errors(body, schema_file: str) -> list[str]:
    """Errors of ``body`` against one of the standard's schema files, e.g. compiled/x.json."""
    return errors(body, {"$ref": BASE + schema_file})
