from django.urls import path

from samen.terreinen import views

app_name = "terreinen"
urlpatterns = [
    path("", views.OverzichtView.as_view(), name="overzicht"),
    path("planning/", views.PlanningView.as_view(), name="planning"),
    path("verbanden/<slug:verband>/<slug:terrein>/", views.TerreinView.as_view(), name="terrein"),
    path(
        "verbanden/<slug:verband>/<slug:terrein>/voortgang/nieuw/",
        views.VoortgangsberichtCreateView.as_view(),
        name="bericht-nieuw",
    ),
    path(
        "verbanden/<slug:verband>/<slug:terrein>/mijlpalen/<int:pk>/herplannen/",
        views.HerplanningView.as_view(),
        name="herplannen",
    ),
    path(
        "verbanden/<slug:verband>/<slug:terrein>/mijlpalen/<int:pk>/gereed/",
        views.MijlpaalGereedView.as_view(),
        name="gereed",
    ),
]
