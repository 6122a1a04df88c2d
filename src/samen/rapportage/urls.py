from django.urls import path

from samen.rapportage import views

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
    path("publicaties/<str:nummer>/", views.PublicatieView.as_view(), name="publicatie"),
    path(
        "publicaties/<str:nummer>/<slug:formaat>/",
        views.PublicatieBestandView.as_view(),
        name="publicatie-bestand",
    ),
]
