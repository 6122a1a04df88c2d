"""Travel time between two town halls, from their coordinates.

The great-circle distance times a detour factor for roads (1.3, a usual value for rural
Overijssel), at an average 60 km/h. Good enough to prefer a nearby partner to a distant one; it is
not a route planner.
"""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0
DETOUR_FACTOR = 1.3
SPEED_KMH = 60.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def travel_minutes(lat1: float, lon1: float, lat2: float, lon2: float) -> int:
    """Whole minutes by road, one way."""
    km = distance_km(lat1, lon1, lat2, lon2) * DETOUR_FACTOR
    return round(km / SPEED_KMH * 60)
