from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "samen.accounts"
    label = "accounts"
    verbose_name = "Gebruikers en rollen"
