"""Where a reader is, and how far services are: postcodes, coordinates and distances.

A postcode is placed by the HTTP postcode API in ``POSTCODE_API_URL`` when one is
configured and answers within ``POSTCODE_API_TIMEOUT`` seconds; otherwise (not configured,
a timeout, an error, a postcode the API does not know) at the centre of its postcode
district, from the table comms upload. Distances are worked out by the database (the
haversine formula with Django's math functions, which SQLite and PostgreSQL both have), so
a listing never loads every service to sort it.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from urllib.parse import quote

import requests
from django.conf import settings
from django.core.cache import cache
from django.db.models import F, FloatField, Value
from django.db.models.functions import ATan2, Cos, Power, Radians, Sin, Sqrt

logger = logging.getLogger(__name__)

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LATITUDE = 69.0
#: A generous box around the United Kingdom, Channel Islands and Isle of Man included.
UK_LATITUDE = (49.0, 61.5)
UK_LONGITUDE = (-8.9, 2.0)
#: How long a postcode the API placed is remembered (postcodes do not move).
CACHE_SECONDS = 24 * 3600

_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
OUTWARD_RE = re.compile(rf"^{_OUTWARD}$")
POSTCODE_RE = re.compile(rf"^({_OUTWARD}) ?([0-9][A-Z]{{2}})$")


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Located:
    """Where a postcode is; ``approximate`` when only its district's centre was known."""

    postcode: str
    point: Point
    approximate: bool


def normalise_postcode(text: str) -> str | None:
    """``"el6 2ab"`` → ``"EL6 2AB"``, an outward code alone (``"EL6"``) as it is, else None."""
    compact = re.sub(r"\s+", "", (text or "").upper())
    if OUTWARD_RE.match(compact):
        return compact
    match = POSTCODE_RE.match(compact)
    if match is None:
        return None
    return f"{match.group(1)} {match.group(2)}"


def outward_code(postcode: str) -> str:
    return postcode.split(" ")[0]


def _from_api(postcode: str) -> Point | None:
    """The API's answer for a full postcode, or None (not configured, slow, error, unknown)."""
    url = settings.POSTCODE_API_URL
    if not url or " " not in postcode:
        return None
    key = "postcode-api:" + postcode.replace(" ", "")
    cached = cache.get(key)
    if cached is not None:
        return Point(*cached)
    try:
        response = requests.get(
            url.format(postcode=quote(postcode)), timeout=settings.POSTCODE_API_TIMEOUT
        )
        if response.status_code != 200:
            return None
        result = response.json().get("result") or {}
        point = Point(float(result["latitude"]), float(result["longitude"]))
    except requests.RequestException as error:
        logger.warning("Postcode API did not answer for %s: %s", postcode, error)
        return None
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        logger.warning("Postcode API gave an answer without a position for %s: %s", postcode, error)
        return None
    if not is_on_earth(point.latitude, point.longitude):
        return None
    cache.set(key, (point.latitude, point.longitude), CACHE_SECONDS)
    return point


def _from_districts(postcode: str) -> Point | None:
    from services.models import PostcodeDistrict

    district = PostcodeDistrict.objects.filter(outward_code=outward_code(postcode)).first()
    return Point(district.latitude, district.longitude) if district else None


def locate_postcode(postcode: str) -> Located | None:
    """Where ``postcode`` (already normalised) is, or None when neither source knows it."""
    point = _from_api(postcode)
    if point is not None:
        return Located(postcode, point, approximate=False)
    point = _from_districts(postcode)
    if point is not None:
        return Located(postcode, point, approximate=True)
    return None


def is_on_earth(latitude: float, longitude: float) -> bool:
    return -90 <= latitude <= 90 and -180 <= longitude <= 180


def is_in_uk(latitude: float, longitude: float) -> bool:
    return (
        UK_LATITUDE[0] <= latitude <= UK_LATITUDE[1]
        and UK_LONGITUDE[0] <= longitude <= UK_LONGITUDE[1]
    )


def haversine_miles(a: Point, b: Point) -> float:
    """The great-circle distance in miles (the same formula the database query uses)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlng = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlng / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.atan2(math.sqrt(h), math.sqrt(1 - h))


def distance_miles(origin: Point, latitude: str = "latitude", longitude: str = "longitude"):
    """A database expression: miles from ``origin`` to the row's ``latitude``/``longitude``."""
    lat0 = Value(math.radians(origin.latitude), output_field=FloatField())
    lng0 = Value(math.radians(origin.longitude), output_field=FloatField())
    lat = Radians(F(latitude))
    half_dlat = (lat - lat0) / Value(2.0)
    half_dlng = (Radians(F(longitude)) - lng0) / Value(2.0)
    h = Power(Sin(half_dlat), 2) + Cos(lat0) * Cos(lat) * Power(Sin(half_dlng), 2)
    return Value(2 * EARTH_RADIUS_MILES) * ATan2(Sqrt(h), Sqrt(Value(1.0) - h))


def bounding_box(origin: Point, miles: float) -> dict:
    """Field lookups for a box that holds every point within ``miles`` of ``origin``.

    Cheap to test on indexed columns, it keeps the exact distance to the few rows inside.
    """
    dlat = miles / MILES_PER_DEGREE_LATITUDE
    cos_lat = max(math.cos(math.radians(origin.latitude)), 0.01)
    dlng = min(miles / (MILES_PER_DEGREE_LATITUDE * cos_lat), 180.0)
    return {
        "latitude__gte": origin.latitude - dlat,
        "latitude__lte": origin.latitude + dlat,
        "longitude__gte": origin.longitude - dlng,
        "longitude__lte": origin.longitude + dlng,
    }
