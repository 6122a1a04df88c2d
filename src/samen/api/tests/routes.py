"""Every API route (resource x method x action), read from the router, for table-driven tests."""

from __future__ import annotations

from dataclasses import dataclass

import samen.api.urls  # noqa: F401  (registers every app's resources)
from samen.api.routers import router


@dataclass(frozen=True)
class Route:
    prefix: str
    basename: str
    methode: str
    actie: str
    detail: bool
    url_path: str = ""  # extra actions: the part after {id}/


def api_routes() -> list[Route]:
    result = []
    for prefix, viewset, basename in router.registry:
        for route in router.get_routes(viewset):
            for methode, actie in route.mapping.items():
                if not hasattr(viewset, actie):
                    continue
                detail = route.detail
                url_path = ""
                if actie not in (
                    "list",
                    "create",
                    "retrieve",
                    "partial_update",
                    "update",
                    "destroy",
                ):
                    url_path = getattr(viewset, actie).url_path
                result.append(Route(prefix, basename, methode.upper(), actie, detail, url_path))
    return result


def url(route: Route, pk: int | str | None = None, **extra: str) -> str:
    pad = f"/api/v1/{route.prefix}"
    if route.detail:
        pad += f"/{pk}"
    if route.url_path:
        deel = route.url_path
        for k, v in extra.items():
            deel = deel.replace(f"(?P<{k}>[^/]+)", v)
        pad += f"/{deel}"
    return pad
