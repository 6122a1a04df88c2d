from django.urls import path

from samen.gegevensbeheer import views

app_name = "gegevensbeheer"
urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("definities/", views.DefinitiesView.as_view(), name="definities"),
    path(
        "definities/importeren/", views.DefinitieImportView.as_view(), name="definitie-importeren"
    ),
    path(
        "definities/<slug:naam>/<int:versie>/",
        views.DefinitiesetView.as_view(),
        name="definitieset",
    ),
    path(
        "definities/<slug:naam>/<int:versie>/datapackage.json",
        views.DatapackageView.as_view(),
        name="datapackage",
    ),
    path("aanleveren/", views.UploadView.as_view(), name="aanleveren"),
    path("runs/<int:pk>/", views.RunView.as_view(), name="run"),
    path("runs/<int:pk>/status/", views.RunStatusView.as_view(), name="run-status"),
]
