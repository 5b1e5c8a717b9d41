"""The desk's time zone: the forwarder works on China Standard Time."""

from __future__ import annotations

from zoneinfo import ZoneInfo

DESK_TZ = ZoneInfo("Asia/Shanghai")
