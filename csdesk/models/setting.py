"""Desk-wide key/value settings kept in the store (reference-data fingerprint and the like)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class DeskSetting(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=60)
    value: str = ""
