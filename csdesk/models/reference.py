"""Reference data loaded from data/: ports, lanes, container types, calendar overrides."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


class Lane(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=10)
    name_zh: str = Field(max_length=50)
    name_en: str = Field(max_length=80)
    main: bool = False
    peer_served: bool = False


class Port(SQLModel, table=True):
    locode: str = Field(primary_key=True, max_length=5)
    name_en: str = Field(max_length=100)
    name_zh: str = Field(max_length=50)
    country: str = Field(max_length=2, index=True)
    lane_code: str = Field(foreign_key="lane.code", index=True, max_length=10)
    aliases: str = ""  # "|"-separated, as agents write them


class ContainerType(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=6)
    iso_code: str = Field(max_length=4)
    category: str = Field(max_length=2)  # GP HQ RF OT FR TK
    teu: int
    max_payload_kg: int
    volume_m3: float
    special: bool = False
    aliases: str = ""


class CalendarDay(SQLModel, table=True):
    """A day that differs from Monday-Friday, for years chinesecalendar does not cover."""

    day: dt.date = Field(primary_key=True)
    workday: bool
    name: str = Field(default="", max_length=50)
