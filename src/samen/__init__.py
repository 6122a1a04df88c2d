"""Samen: het platform voor bestuurlijke samenwerking tussen gemeenten."""

__version__ = "0.1.0"
