from __future__ import annotations

from typing import Any

from django.http import HttpRequest

import samen


def samen(request: HttpRequest) -> dict[str, Any]:
    return {"samen_versie": samen.__version__}
