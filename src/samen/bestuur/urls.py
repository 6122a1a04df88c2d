from django.urls import path

from samen.bestuur import views

app_name = "bestuur"
urlpatterns = [
    path("besluiten/", views.BesluitenView.as_view(), name="besluiten"),
    path("besluiten/nieuw/", views.BesluitCreateView.as_view(), name="besluit-nieuw"),
    path("toezeggingen/", views.ToezeggingenView.as_view(), name="toezeggingen"),
    path("toezeggingen/nieuw/", views.ToezeggingCreateView.as_view(), name="toezegging-nieuw"),
    path(
        "toezeggingen/<int:pk>/nagekomen/",
        views.ToezeggingNakomenView.as_view(),
        name="toezegging-nagekomen",
    ),
]
