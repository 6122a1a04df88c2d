from django.apps import AppConfig


class LogboekConfig(AppConfig):
    name = "samen.logboek"
    verbose_name = "logboek (verwerkingenlogging)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db import connections
        from django.db.backends.signals import connection_created

        from samen.logboek import bulk, signals
        from samen.logboek.triggers import registreer_sqlite_functie

        signals.verbind()
        bulk.verbind()
        connection_created.connect(registreer_sqlite_functie, dispatch_uid="logboek_sqlite")
        for conn in connections.all(initialized_only=True):
            if conn.connection is not None:
                registreer_sqlite_functie(None, conn)
