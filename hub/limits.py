"""Counting requests per client or per account in the ``limits`` cache, shared by every
app process (Redis when REDIS_URL is set, a database table otherwise)."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import caches


def _cache():
    return caches["limits"]


def key(kind: str, value: str) -> str:
    """A cache key for ``value`` (an address or e-mail) that does not store it in clear."""
    return f"limits:{kind}:{hashlib.sha256(value.encode()).hexdigest()[:32]}"


def reached(cache_key: str, limit: int) -> bool:
    return _cache().get(cache_key, 0) >= limit


def count(cache_key: str, window_seconds: int) -> None:
    """Count one more within the window that started with the first count."""
    cache = _cache()
    if cache.add(cache_key, 1, window_seconds):
        return
    try:
        cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, window_seconds)


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or the address our trusted proxies recorded.

    ``CHARTER_TRUSTED_PROXY_COUNT`` says how many proxies of ours append to X-Forwarded-For.
    """
    proxies = int(getattr(settings, "CHARTER_TRUSTED_PROXY_COUNT", 0))
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
