"""/api/v1/...: every app's resources (registered on one router), the OpenAPI document, docs."""

from __future__ import annotations

from importlib import import_module

from django.urls import include, path, re_path

from samen.api import problems, views
from samen.api.routers import router

APPS = [
    "organisaties",
    "terreinen",
    "bestuur",
    "businesscase",
    "kwaliteitskaart",
    "rapportage",
    "gegevensbeheer",
]
for _app in APPS:
    import_module(f"samen.{_app}.api.urls")

app_name = "api"
urlpatterns = [
    path("v1/openapi.json", views.OpenApiJson.as_view(), name="openapi-json"),
    path("v1/openapi.yaml", views.OpenApiYaml.as_view(), name="openapi-yaml"),
    path("v1/docs", views.Documentatie.as_view(url_name="api:openapi-yaml"), name="docs"),
    path("v1/", include(router.urls)),
    re_path(r"^v1(/.*)?$", problems.not_found),
]
