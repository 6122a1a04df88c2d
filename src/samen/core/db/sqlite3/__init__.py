"""SQLite backend of Samen: see :mod:`samen.core.db.sqlite3.base`."""
