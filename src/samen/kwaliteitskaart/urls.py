from django.urls import path

from samen.kwaliteitskaart import views, views_plan

app_name = "kwaliteitskaart"
urlpatterns = [
    path("", views.KaartView.as_view(), name="kaart"),
    path("medewerkers/", views.MedewerkersView.as_view(), name="medewerkers"),
    path("medewerkers/nieuw/", views.MedewerkerFormView.as_view(), name="medewerker-nieuw"),
    path("medewerkers/<int:pk>/", views.MedewerkerView.as_view(), name="medewerker"),
    path(
        "medewerkers/<int:pk>/bewerken/",
        views.MedewerkerBewerkenView.as_view(),
        name="medewerker-bewerken",
    ),
    path("medewerkers/<int:pk>/specialisme/", views.VaardigheidView.as_view(), name="vaardigheid"),
    path(
        "specialismen/<int:pk>/verwijderen/",
        views.VaardigheidVerwijderenView.as_view(),
        name="vaardigheid-verwijderen",
    ),
    path(
        "medewerkers/<int:pk>/afwezigheid/",
        views.AfwezigheidView.as_view(),
        name="afwezigheid-nieuw",
    ),
    path("afwezigheden/", views.AfwezighedenView.as_view(), name="afwezigheden"),
    path(
        "afwezigheden/<int:pk>/verwijderen/",
        views.AfwezigheidVerwijderenView.as_view(),
        name="afwezigheid-verwijderen",
    ),
    path("vervanging/", views_plan.PlannenView.as_view(), name="plannen"),
    path("vervanging/<int:pk>/", views_plan.PlanView.as_view(), name="plan"),
    path(
        "vervanging/<int:pk>/plan.csv",
        views_plan.PlanExportView.as_view(formaat="csv"),
        name="plan-csv",
    ),
    path(
        "vervanging/<int:pk>/plan.xlsx",
        views_plan.PlanExportView.as_view(formaat="xlsx"),
        name="plan-xlsx",
    ),
]
