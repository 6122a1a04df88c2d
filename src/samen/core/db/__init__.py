"""Database backends of Samen."""
