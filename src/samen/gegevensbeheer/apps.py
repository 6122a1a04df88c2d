from django.apps import AppConfig


class GegevensbeheerConfig(AppConfig):
    name = "samen.gegevensbeheer"
    default_auto_field = "django.db.models.BigAutoField"
