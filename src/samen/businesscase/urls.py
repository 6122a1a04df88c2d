from django.urls import path

from samen.businesscase import views, views_bewerken, views_nieuw

app_name = "businesscase"
urlpatterns = [
    path("", views.LijstView.as_view(), name="lijst"),
    path("nieuw/", views_nieuw.NieuwView.as_view(), name="nieuw"),
    path("nieuw/bestand/", views_nieuw.NieuwBestandView.as_view(), name="nieuw-bestand"),
    path("<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("<int:pk>/vergelijken/", views.VergelijkView.as_view(), name="vergelijken"),
    path("<int:pk>/download.<str:formaat>", views.DownloadView.as_view(), name="download"),
    path("<int:pk>/bewerken/", views_bewerken.KopBewerkView.as_view(), name="bewerken"),
    path("<int:pk>/verdeelsleutels/", views_bewerken.SleutelsBewerkView.as_view(), name="sleutels"),
    path(
        "<int:pk>/scenarios/nieuw/",
        views_bewerken.ScenarioBewerkView.as_view(),
        name="scenario-nieuw",
    ),
    path(
        "<int:pk>/scenarios/<slug:sleutel>/",
        views_bewerken.ScenarioBewerkView.as_view(),
        name="scenario",
    ),
    path(
        "<int:pk>/scenarios/<slug:sleutel>/verwijderen/",
        views_bewerken.ScenarioVerwijderView.as_view(),
        name="scenario-verwijderen",
    ),
    path("<int:pk>/yaml/", views_bewerken.YamlView.as_view(), name="yaml"),
    path("<int:pk>/importeren/", views_bewerken.ImportView.as_view(), name="importeren"),
]
