"""Shipments from booking to arrival: the board's use cases (issue 6).

A won quote becomes a booking through `create_shipment(session, customer_id, agent_id, fields)`.

Each name's module is imported when the name is first asked for: the call list needs
`shipments.common` only, and the whole package cost it about 70 ms at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csdesk.desk.shipments.alert_check import alerts_due, sweep_when_due
    from csdesk.desk.shipments.automatic import AlertSweep, raise_due_alerts
    from csdesk.desk.shipments.board import (
        PAGE_SIZE,
        BoardCard,
        BoardColumn,
        BoardFilter,
        board_column,
        column_counts,
        load_board,
    )
    from csdesk.desk.shipments.booking import (
        add_container,
        advance_shipment,
        create_shipment,
        fill_and_move,
        move_back,
        move_shipment,
        remove_container,
        set_container_number,
        stage_needs,
        update_shipment,
    )
    from csdesk.desk.shipments.common import resolve_shipment
    from csdesk.desk.shipments.detail import ShipmentDetail, detail_document, shipment_detail
    from csdesk.desk.shipments.records import (
        add_charge,
        add_note,
        mark_document_received,
        record_free_days_grant,
        remove_charge,
        request_free_days,
        send_document,
    )
    from csdesk.desk.shipments.trouble import change_trouble_status, record_trouble, release_hold

_HOME = {
    "AlertSweep": "automatic",
    "BoardCard": "board",
    "BoardColumn": "board",
    "BoardFilter": "board",
    "PAGE_SIZE": "board",
    "ShipmentDetail": "detail",
    "add_charge": "records",
    "add_container": "booking",
    "alerts_due": "alert_check",
    "add_note": "records",
    "advance_shipment": "booking",
    "board_column": "board",
    "change_trouble_status": "trouble",
    "column_counts": "board",
    "create_shipment": "booking",
    "detail_document": "detail",
    "fill_and_move": "booking",
    "load_board": "board",
    "mark_document_received": "records",
    "move_back": "booking",
    "move_shipment": "booking",
    "raise_due_alerts": "automatic",
    "record_free_days_grant": "records",
    "record_trouble": "trouble",
    "release_hold": "trouble",
    "remove_charge": "records",
    "remove_container": "booking",
    "request_free_days": "records",
    "resolve_shipment": "common",
    "send_document": "records",
    "set_container_number": "booking",
    "shipment_detail": "detail",
    "stage_needs": "booking",
    "sweep_when_due": "alert_check",
    "update_shipment": "booking",
}

__all__ = [
    "PAGE_SIZE",
    "AlertSweep",
    "BoardCard",
    "BoardColumn",
    "BoardFilter",
    "ShipmentDetail",
    "add_charge",
    "add_container",
    "add_note",
    "advance_shipment",
    "alerts_due",
    "board_column",
    "change_trouble_status",
    "column_counts",
    "create_shipment",
    "detail_document",
    "fill_and_move",
    "load_board",
    "mark_document_received",
    "move_back",
    "move_shipment",
    "raise_due_alerts",
    "record_free_days_grant",
    "record_trouble",
    "release_hold",
    "remove_charge",
    "remove_container",
    "request_free_days",
    "resolve_shipment",
    "send_document",
    "set_container_number",
    "shipment_detail",
    "stage_needs",
    "sweep_when_due",
    "update_shipment",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'csdesk.desk.shipments' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"csdesk.desk.shipments.{module}"), name)
    globals()[name] = value
    return value
