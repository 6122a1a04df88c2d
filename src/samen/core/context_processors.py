from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from samen import __version__


def samen(request: HttpRequest) -> dict[str, Any]:
    return {"samen_versie": __version__}
