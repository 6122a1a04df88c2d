from django.urls import path

from samen.rapportage import views, views_achtergrond

app_name = "rapportage"
urlpatterns = [
    path("", views.ArchiefView.as_view(), name="archief"),
    path("nieuw/", views.RapportCreateView.as_view(), name="nieuw"),
    path("concepten/<int:pk>/", views.ConceptView.as_view(), name="concept"),
    path("concepten/<int:pk>/voorblad/", views.VoorbladView.as_view(), name="voorblad"),
    path("concepten/<int:pk>/secties/<slug:sleutel>/", views.SectieView.as_view(), name="sectie"),
    path("concepten/<int:pk>/opnieuw/", views.OpnieuwView.as_view(), name="opnieuw"),
    path("concepten/<int:pk>/publiceren/", views.PublicerenView.as_view(), name="publiceren"),
    path("concepten/<int:pk>/verwijderen/", views.VerwijderenView.as_view(), name="verwijderen"),
    path(
        "concepten/<int:pk>/download/<slug:formaat>/",
        views.ConceptDownloadView.as_view(),
        name="concept-download",
    ),
    path(
        "concepten/<int:pk>/bijlage/<slug:formaat>/",
        views.ConceptDownloadView.as_view(),
        {"deel": "bijlage"},
        name="concept-bijlage",
    ),
    path(
        "concepten/<int:pk>/opdrachten/<int:opdracht>/",
        views_achtergrond.OpdrachtView.as_view(),
        name="opdracht",
    ),
    path(
        "concepten/<int:pk>/opdrachten/<int:opdracht>/status/",
        views_achtergrond.OpdrachtStatusView.as_view(),
        name="opdracht-status",
    ),
    path(
        "concepten/<int:pk>/opdrachten/<int:opdracht>/bestand/",
        views_achtergrond.OpdrachtBestandView.as_view(),
        name="opdracht-bestand",
    ),
    path("publicaties/<str:nummer>/", views.PublicatieView.as_view(), name="publicatie"),
    path(
        "publicaties/<str:nummer>/bijlage/<slug:formaat>/",
        views.PublicatieBestandView.as_view(),
        {"deel": "bijlage"},
        name="publicatie-bijlage",
    ),
    path(
        "publicaties/<str:nummer>/<slug:formaat>/",
        views.PublicatieBestandView.as_view(),
        name="publicatie-bestand",
    ),
]
