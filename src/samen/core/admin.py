"""The admin's share of optimistic concurrency: a change form carries the version it showed.

Every ModelAdmin of Samen derives from :class:`SamenModelAdmin`. Its change form holds the
version token of the record as shown (:func:`samen.core.versie.versie_van`, in a hidden
``_samen_versie`` input); when the record changed in between, saving is refused with the same
Dutch message as the other forms and nothing is stored, so no update is lost.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.http import HttpRequest, HttpResponse

from samen.core.versie import versie_van
from samen.logboek.versiecontrole import controleer_versie

VERSIE_INVOER = "_samen_versie"


class SamenModelAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    change_form_template = "admin/samen_change_form.html"

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        extra_context = dict(extra_context or {})
        if object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                extra_context["samen_versie"] = versie_van(obj)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form_class = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form_class

        class MetVersie(form_class):  # type: ignore[valid-type,misc]
            def clean(self) -> Any:
                data = super().clean()
                if self.instance.pk is not None:
                    huidig = (
                        type(self.instance)._default_manager.filter(pk=self.instance.pk).first()
                    )
                    if huidig is not None:
                        controleer_versie(self.data.get(VERSIE_INVOER), versie_van(huidig))
                return data

        MetVersie.__name__ = form_class.__name__
        return MetVersie
