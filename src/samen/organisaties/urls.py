from django.urls import path

from samen.organisaties import views

app_name = "organisaties"
urlpatterns = [
    path("", views.OrganisatieLijstView.as_view(), name="lijst"),
    path("<slug:slug>/", views.OrganisatieDetailView.as_view(), name="detail"),
]
