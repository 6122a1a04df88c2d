from django.contrib.auth import views as auth_views
from django.urls import path

from samen.accounts import views

app_name = "accounts"
urlpatterns = [
    path(
        "inloggen/",
        auth_views.LoginView.as_view(
            template_name="accounts/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("tweede-factor/instellen/", views.InstellenView.as_view(), name="tweede-factor-instellen"),
    path(
        "tweede-factor/controleren/",
        views.ControlerenView.as_view(),
        name="tweede-factor-controleren",
    ),
]
