from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "samen.demo"
    label = "demo"
    verbose_name = "DSZ-demo"
