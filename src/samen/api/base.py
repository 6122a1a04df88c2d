"""The base of every API resource: authentication, permissions through ``authz.may``, the actor
for the processing log, peildatum, filters, sorting, pagination with links, ETag and If-Match.

A resource subclasses :class:`SamenViewSet` and declares its selector (``get_queryset``), its
serializers, its filters (:class:`Filter`), its sort keys and, when it writes, the service calls
(``perform_create``/``perform_update``/``perform_destroy``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, cast

from django.core.paginator import Paginator
from django.db import models, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from samen.accounts.authz import Actie
from samen.api.auth import TokenAuthentication
from samen.api.permissions import MagPermission
from samen.api.problems import VersieVereist, VersieVerouderd
from samen.core.db.tellingen import tel
from samen.core.versie import versie_van
from samen.logboek.context import Actor, als_actor

API_VERSION = "1.0.0"
_GETAL = re.compile(r"[0-9]{1,18}")


# --- query parameters ---------------------------------------------------------------------------


def _fout(naam: str, bericht: str) -> serializers.ValidationError:
    return serializers.ValidationError({naam: [bericht]})


def datum_param(request: Request, naam: str) -> dt.date | None:
    raw = request.query_params.get(naam, "").strip()
    if not raw:
        return None
    try:
        datum = dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise _fout(naam, f"'{raw[:40]}' is geen datum; gebruik JJJJ-MM-DD.") from exc
    if datum.year < 1900 or datum.year > 2999:
        raise _fout(naam, "Kies een datum tussen 1900 en 2999.")
    return datum


def id_param(request: Request, naam: str) -> int | None:
    raw = request.query_params.get(naam, "").strip()
    if not raw:
        return None
    if not _GETAL.fullmatch(raw):
        raise _fout(naam, f"'{raw[:40]}' is geen geldig id (een positief geheel getal).")
    return int(raw)


@dataclass(frozen=True)
class Filter:
    """A query parameter that narrows a list: ``naam`` (camelCase), its kind and how it applies."""

    naam: str
    soort: str  # "id", "datum" or "tekst"
    beschrijving: str
    toepassen: Callable[[Any, Any], Any]  # (queryset, value) -> queryset
    verplicht: bool = False

    def waarde(self, request: Request) -> Any:
        if self.verplicht and not request.query_params.get(self.naam, "").strip():
            raise _fout(self.naam, f"Geef {self.naam} op.")
        if self.soort == "id":
            return id_param(request, self.naam)
        if self.soort == "datum":
            return datum_param(request, self.naam)
        raw = request.query_params.get(self.naam, "").strip()
        return raw or None


def veld_filter(naam: str, lookup: str, beschrijving: str, soort: str = "id") -> Filter:
    return Filter(naam, soort, beschrijving, lambda qs, v: qs.filter(**{lookup: v}))


# --- pagination ---------------------------------------------------------------------------------


class _Paginator(Paginator):
    @cached_property
    def count(self) -> int:
        if isinstance(self.object_list, models.QuerySet):
            return tel(self.object_list)  # remembered while its tables are unchanged
        return len(self.object_list)


class Paginering(PageNumberPagination):
    """Pages with links (``self``, ``first``, ``prev``, ``next``, ``last``) and a total."""

    django_paginator_class = _Paginator

    page_query_param = "pagina"
    page_size_query_param = "paginaGrootte"
    page_size = 20
    max_page_size = 100
    invalid_page_message = "Deze pagina bestaat niet."

    def _link(self, nummer: int | None) -> str | None:
        if nummer is None:
            return None
        url = self._url
        if nummer == 1:
            return remove_query_param(url, self.page_query_param)
        return replace_query_param(url, self.page_query_param, nummer)

    def get_paginated_response(self, data: Any) -> Response:
        page = self.page
        assert page is not None and self.request is not None  # set by paginate_queryset
        self._url = self.request.build_absolute_uri()
        return Response(
            {
                "aantal": page.paginator.count,
                "pagina": page.number,
                "links": {
                    "self": self._link(page.number),
                    "first": self._link(1),
                    "prev": self._link(page.previous_page_number())
                    if page.has_previous()
                    else None,
                    "next": self._link(page.next_page_number()) if page.has_next() else None,
                    "last": self._link(page.paginator.num_pages),
                },
                "resultaten": data,
            }
        )

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param, "").strip()
        if not raw:
            return self.page_size
        if not _GETAL.fullmatch(raw) or not 1 <= int(raw) <= self.max_page_size:
            raise _fout(
                self.page_size_query_param,
                f"Kies een paginagrootte van 1 tot en met {self.max_page_size}.",
            )
        return int(raw)

    def paginate_queryset(self, queryset: Any, request: Request, view: Any = None) -> Any:
        raw = request.query_params.get(self.page_query_param, "").strip()
        if raw and (not re.fullmatch(r"[0-9]{1,9}", raw) or int(raw) < 1):
            raise _fout(self.page_query_param, "Een paginanummer is een positief geheel getal.")
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object",
            "required": ["aantal", "pagina", "links", "resultaten"],
            "properties": {
                "aantal": {"type": "integer", "description": "Het totaal aantal resultaten."},
                "pagina": {"type": "integer"},
                "links": {
                    "type": "object",
                    "required": ["self", "first", "prev", "next", "last"],
                    "properties": {k: link for k in ("self", "first", "prev", "next", "last")},
                },
                "resultaten": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.page_query_param,
                "in": "query",
                "required": False,
                "description": "Het paginanummer, vanaf 1.",
                "schema": {"type": "integer", "minimum": 1},
            },
            {
                "name": self.page_size_query_param,
                "in": "query",
                "required": False,
                "description": f"Resultaten per pagina (1 tot en met {self.max_page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]


# --- the base viewset ---------------------------------------------------------------------------


class SamenViewSet(viewsets.GenericViewSet):
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [MagPermission]
    pagination_class = Paginering
    leesactie: Actie = Actie.LEZEN
    schrijfactie: Actie = Actie.BEWERKEN
    #: camelCase sort key -> ORM field; the first of ``standaard_sortering`` wins ties by id.
    sorteervelden: dict[str, str] = {}
    standaard_sortering: tuple[str, ...] = ("id",)
    filters: tuple[Filter, ...] = ()
    #: whether list/detail take a ``peildatum`` (the state on that date; default today).
    met_peildatum: bool = False
    write_serializer_class: type[serializers.Serializer] | None = None
    lookup_value_regex = "[^/]+"

    _actor_cm: Any = None

    # actor and version header
    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        user = request.user
        token = getattr(user, "_samen_api_token", None)
        self._actor_cm = als_actor(
            Actor(
                gebruiker_id=user.pk,
                gebruikersnaam=user.get_username(),
                herkomst="api",
                organisatie_id=token.organisatie_id if token is not None else None,
                adres=request.META.get("REMOTE_ADDR", ""),
            )
        )
        self._actor_cm.__enter__()

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        if self._actor_cm is not None:
            self._actor_cm.__exit__(None, None, None)
            self._actor_cm = None
        response = super().finalize_response(request, response, *args, **kwargs)
        response["API-Version"] = API_VERSION
        return response

    def authz_object(self, obj: Any) -> Any:
        """What :func:`may` decides on for ``obj`` (as the UI's ``authz_object``); default itself."""
        return obj

    def actie_voor(self, request: Request) -> Actie:
        if request.method in permissions.SAFE_METHODS:
            return self.leesactie
        return self.schrijfactie

    # reading
    @property
    def peildatum(self) -> dt.date:
        if not hasattr(self, "_peildatum"):
            self._peildatum = datum_param(self.request, "peildatum") or timezone.localdate()
        return self._peildatum

    def get_serializer_context(self) -> dict[str, Any]:
        context = cast("dict[str, Any]", super().get_serializer_context())
        context["peildatum"] = (
            self.peildatum if getattr(self, "request", None) else timezone.localdate()
        )
        return context

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        if self.action in ("create", "update", "partial_update") and self.write_serializer_class:
            return self.write_serializer_class
        return super().get_serializer_class()

    def sort(self, qs: Any) -> Any:
        raw = self.request.query_params.get("sorteer", "").strip()
        sleutels = [s.strip() for s in raw.split(",") if s.strip()] if raw else []
        orde: list[str] = []
        for sleutel in sleutels:
            veld = self.sorteervelden.get(sleutel.lstrip("-"))
            if veld is None:
                keuzes = ", ".join(sorted(self.sorteervelden)) or "geen"
                raise _fout(
                    "sorteer", f"Onbekende sorteersleutel '{sleutel[:40]}'; kies uit {keuzes}."
                )
            orde.append(("-" if sleutel.startswith("-") else "") + veld)
        if not orde:
            orde = list(self.standaard_sortering)
        if not isinstance(qs, models.QuerySet):
            return qs
        # Ties go by id in the direction of the first key, so "-datum" is "-datum, -id": one
        # index on (datum, id) then serves a page in either direction without sorting the table.
        return qs.order_by(*orde, "-id" if orde[0].startswith("-") else "id")

    def filter_queryset(self, queryset: Any) -> Any:
        for f in self.filters:
            waarde = f.waarde(self.request)
            if waarde is not None:
                queryset = f.toepassen(queryset, waarde)
        return self.sort(queryset)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        if self.met_peildatum:
            _ = self.peildatum  # validate early
        qs = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(qs)
        data = self.get_serializer(page, many=True).data
        return self.get_paginated_response(data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        obj = self.get_object()
        return self._met_etag(Response(self.get_serializer(obj).data), obj)

    def get_object(self) -> Any:
        raw = str(self.kwargs.get(self.lookup_url_kwarg or self.lookup_field, ""))
        if not _GETAL.fullmatch(raw):
            raise Http404
        # one row by its key: no ordering to compile (``first()`` would order by the model's)
        obj = next(iter(self.get_queryset().filter(pk=int(raw)).order_by()[:1]), None)
        if obj is None:
            raise Http404
        self.check_object_permissions(self.request, obj)
        return obj

    # writing
    def _met_etag(self, response: Response, obj: Any) -> Response:
        response["ETag"] = f'"{versie_van(obj)}"'
        return response

    def _check_if_match(self, obj: Any) -> None:
        raw = self.request.headers.get("If-Match", "").strip()
        if not raw:
            raise VersieVereist()
        if raw == "*":
            return
        gegeven = {t.strip().removeprefix("W/").strip('"') for t in raw.split(",")}
        if versie_van(obj) not in gegeven:
            raise VersieVerouderd()

    def _vers(self, obj: Any) -> Any:
        return type(obj)._default_manager.select_for_update().get(pk=obj.pk)

    def get_serializer_class_for_read(self) -> Any:
        return self.serializer_class

    # A resource that writes defines the hook of each write mixin it takes, calling its service:
    # perform_create(data) for MaakAan, perform_update(obj, data) for Wijzig/Vervang and
    # perform_destroy(obj) for Verwijder. Checked when the resource's class is defined.
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for mixin, (actie, haak) in _SCHRIJFHAKEN.items():
            eigen_actie = getattr(cls, actie, None) is not getattr(mixin, actie)
            if (
                issubclass(cls, mixin)
                and not eigen_actie
                and not callable(getattr(cls, haak, None))
            ):
                raise TypeError(f"{cls.__name__} gebruikt {mixin.__name__} maar mist {haak}().")

    def mag_schrijven(self, obj: Any) -> None:
        """Check the write permission on the object a new record belongs to (e.g. its domain)."""
        self.check_object_permissions(self.request, obj)


class MaakAan:
    """POST on the collection: validate, check the write permission, call the service."""

    #: whether the service call runs in one transaction; off for a service that does slow work
    #: (an upload it copies and reads) before it writes in its own transaction.
    maak_in_transactie = True

    def create(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic() if self.maak_in_transactie else nullcontext():
            obj = self.perform_create(serializer.validated_data)
        obj = self.get_queryset().get(pk=obj.pk)
        response = Response(
            self.get_serializer_class_for_read()(obj, context=self.get_serializer_context()).data,
            status=status.HTTP_201_CREATED,
        )
        response["Location"] = request.build_absolute_uri(f"{request.path.rstrip('/')}/{obj.pk}")
        return self._met_etag(response, obj)


class Wijzig:
    """PATCH with If-Match (required: 428 without, 412 when stale)."""

    def partial_update(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        return Wijzig._wijzig(self, request, gedeeltelijk=True)

    def _wijzig(self: Any, request: Request, *, gedeeltelijk: bool) -> Response:
        obj = self.get_object()
        serializer = self.get_serializer(obj, data=request.data, partial=gedeeltelijk)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            vers = self._vers(obj)
            self._check_if_match(vers)
            self.perform_update(vers, serializer.validated_data)
        obj = self.get_queryset().get(pk=obj.pk)
        response = Response(
            self.get_serializer_class_for_read()(obj, context=self.get_serializer_context()).data
        )
        return self._met_etag(response, obj)


class Vervang(Wijzig):
    """PUT (every writable property at once) besides PATCH, with the same If-Match rules; for a
    resource whose whole writable state may be replaced, not for a state change."""

    def update(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        return Wijzig._wijzig(self, request, gedeeltelijk=False)


class Verwijder:
    """DELETE with If-Match (required: 428 without, 412 when stale)."""

    def destroy(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        obj = self.get_object()
        with transaction.atomic():
            vers = self._vers(obj)
            self._check_if_match(vers)
            self.perform_destroy(vers)
        return Response(status=status.HTTP_204_NO_CONTENT)


#: Per write mixin, its action and the hook that action calls (unless the resource writes the
#: action itself); see :meth:`SamenViewSet.__init_subclass__`.
_SCHRIJFHAKEN: dict[type, tuple[str, str]] = {
    MaakAan: ("create", "perform_create"),
    Wijzig: ("partial_update", "perform_update"),
    Verwijder: ("destroy", "perform_destroy"),
}
