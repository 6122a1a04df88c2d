"""Reads on users and roles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils import timezone

from samen.accounts.authz import rollen_van
from samen.organisaties.selectors import lidmaatschappen_op


def samenwerkingsverband_voor(user: Any, verbanden: Sequence[Any]) -> Any:
    """The alliance a user sees first: of those their organisation is a member of today, the one
    with the most domains of cooperation."""
    if not verbanden:
        return None
    organisaties = {r.organisatie_id for r in rollen_van(user)}
    if organisaties:
        leden = lidmaatschappen_op(peildatum=timezone.localdate()).filter(
            organisatie_id__in=organisaties, status="lid"
        )
        verband_ids = {lm.samenwerkingsverband_id for lm in leden}
        eigen = [v for v in verbanden if v.pk in verband_ids]
        if eigen:
            return max(eigen, key=lambda v: v.terreinen.count())
    return max(verbanden, key=lambda v: v.terreinen.count())
