"""The people at the desk."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from csdesk.models.base import Versioned


class Agent(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    login: str = Field(max_length=64, unique=True, index=True)
    name: str = Field(max_length=100)
    role: str = Field(default="agent", max_length=20)  # agent | supervisor
    group: str = Field(default="direct", max_length=20)  # direct | peer
    hired_on: dt.date | None = None
    active: bool = True
