from django.apps import AppConfig


class LogboekConfig(AppConfig):
    name = "samen.logboek"
    default_auto_field = "django.db.models.BigAutoField"
