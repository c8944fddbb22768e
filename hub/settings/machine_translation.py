"""wagtail-localize's machine translator, from the environment (off unless MACHINE_TRANSLATOR).

``base.py`` calls :func:`machine_translator` with ``os.environ``; the settings tests call it
with made-up values. The result is ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR``: ``None`` (off) or
the ``CLASS`` and ``OPTIONS`` wagtail-localize reads.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping

from django.core.exceptions import ImproperlyConfigured

OFF_VALUES = {"", "off", "none"}
SERVICES = ("deepl", "google")
DEEPL_FORMALITY = ("default", "prefer_less", "prefer_more")  # what DeepLTranslator accepts


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def _required(env: Mapping[str, str], service: str, name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATOR={service} needs {name} to be set.")
    return value


def _timeout(env: Mapping[str, str]) -> int:
    raw = env.get("MACHINE_TRANSLATOR_TIMEOUT", "").strip() or "30"
    if not raw.isdigit() or int(raw) == 0:
        raise ImproperlyConfigured(
            f"MACHINE_TRANSLATOR_TIMEOUT must be a whole number of seconds; got {raw!r}."
        )
    return int(raw)


def machine_translator(
    env: Mapping[str, str], installed: Callable[[str], bool] = _installed
) -> dict | None:
    """DeepL (``DEEPL_API_KEY``) or Google Cloud Translation (``GOOGLE_CLOUD_PROJECT``), or off.

    A value it does not know, or a service without what it needs, stops start-up with a
    message that says what to set.
    """
    service = env.get("MACHINE_TRANSLATOR", "").strip().lower()
    if service in OFF_VALUES:
        return None
    if service == "deepl":
        options = {
            "AUTH_KEY": _required(env, service, "DEEPL_API_KEY"),
            "TIMEOUT": _timeout(env),
        }
        formality = env.get("DEEPL_FORMALITY", "").strip()
        if formality:
            if formality not in DEEPL_FORMALITY:
                raise ImproperlyConfigured(
                    f"DEEPL_FORMALITY must be one of {', '.join(DEEPL_FORMALITY)}; "
                    f"got {formality!r}."
                )
            options["FORMALITY"] = formality
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": options,
        }
    if service == "google":
        if not installed("google.cloud.translate"):
            raise ImproperlyConfigured(
                "MACHINE_TRANSLATOR=google needs the google-cloud-translate package; "
                "install it (pip install google-cloud-translate) or use deepl."
            )
        options = {
            "PROJECT_ID": _required(env, service, "GOOGLE_CLOUD_PROJECT"),
            "LOCATION": env.get("GOOGLE_CLOUD_LOCATION", "").strip() or "global",
        }
        # Without a path the Google client reads GOOGLE_APPLICATION_CREDENTIALS itself, or
        # the machine's service account.
        credentials = env.get("GOOGLE_TRANSLATE_CREDENTIALS_PATH", "").strip()
        if credentials:
            options["CREDENTIALS_PATH"] = credentials
        return {
            "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
            "OPTIONS": options,
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR must be one of {', '.join(SERVICES)}, or empty for none; "
        f"got {service!r}."
    )
