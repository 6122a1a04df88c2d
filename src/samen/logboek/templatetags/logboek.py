"""``{% load logboek %}``: ``user|mag_logboek`` for the navigation link to the log page."""

from __future__ import annotations

from typing import Any

from django import template

from samen.accounts.authz import Actie, may

register = template.Library()


@register.filter
def mag_logboek(user: Any) -> bool:
    """Whether ``user`` may search the processing log (beheerders and superusers)."""
    return may(user, Actie.BEHEREN)
