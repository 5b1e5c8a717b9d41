"""The supervisor's desk (issue 14): KPIs per agent, group and desk, targets, exchange rates."""

from __future__ import annotations

from csdesk.desk.kpi.report import (
    KpiClock,
    KpiReport,
    Scope,
    check_scope,
    desk_kpis,
    service_kpis,
)
from csdesk.desk.kpi.setup import (
    TargetProgress,
    move_to_group,
    set_fx_rate,
    set_target,
    target_progress,
    tier_drift_counts,
)

__all__ = [
    "KpiClock",
    "KpiReport",
    "Scope",
    "TargetProgress",
    "check_scope",
    "desk_kpis",
    "move_to_group",
    "service_kpis",
    "set_fx_rate",
    "set_target",
    "target_progress",
    "tier_drift_counts",
]
