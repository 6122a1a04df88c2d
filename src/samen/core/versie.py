"""Version tokens for optimistic concurrency (API ETags and the hidden version field of forms).

A token is a hash of a stored record's own field values, so any change through any path gives a
new token without a schema change. Compare the token a client saw with the current one before a
write; a mismatch means someone else changed the record in between.
"""

from __future__ import annotations

import hashlib
import json

from django.db import models


def versie_van(obj: models.Model) -> str:
    """The version token of ``obj`` as stored now (call on a freshly read instance)."""
    waarden = [(veld.attname, veld.value_to_string(obj)) for veld in obj._meta.concrete_fields]
    inhoud = json.dumps([obj._meta.label, waarden], sort_keys=False, default=str)
    return hashlib.sha256(inhoud.encode()).hexdigest()[:32]
