from django.apps import AppConfig


class BusinesscaseConfig(AppConfig):
    name = "samen.businesscase"
    label = "businesscase"
    verbose_name = "Businesscases"
