from django.urls import path

from samen.logboek import views

app_name = "logboek"
urlpatterns = [
    path("", views.LogboekView.as_view(), name="overzicht"),
    path("logboek.csv", views.LogboekCsvView.as_view(), name="csv"),
]
