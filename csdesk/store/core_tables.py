"""The columns that Core reads use (start-up and listings), without the ORM's table classes.

Importing SQLAlchemy's ORM, SQLModel and the table classes costs a CLI run or the TUI's start
about 450 ms (issue 11). Reads that only list rows name their columns here with Core
`table()`/`column()`, typed as the tables type them (csdesk.models), so values come back the
same; writes keep using the table classes. tests/unit/test_core_tables.py keeps each column
here present in its table with the same type.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, column, table

from csdesk.store.coltypes import UTCDateTime

customer = table(
    "customer",
    column("id", Integer),
    column("name", String),
    column("kind", String),
    column("tier", String),
    column("owner_id", Integer),
    column("vip", Boolean),
    column("wechat", String),
    column("name_pinyin", String),
    column("name_initials", String),
    column("last_contact_at", UTCDateTime),
    column("ownership", String),
    column("last_reached_at", UTCDateTime),
    column("last_shipped_on", Date),
    column("last_inquiry_at", UTCDateTime),
)

contact = table(
    "contact",
    column("id", Integer),
    column("customer_id", Integer),
    column("wechat", String),
    column("phone_digits", String),
)

agent = table(
    "agent",
    column("id", Integer),
    column("login", String),
    column("name", String),
    column("role", String),
    column("group", String),
    column("hired_on", Date),
    column("active", Boolean),
)


inquiry = table(
    "inquiry",
    column("id", Integer),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("received_at", UTCDateTime),
    column("status", String),
    column("mode", String),
    column("pol", String),
    column("pod", String),
    column("commodity", String),
    column("missing", String),
    column("sla_due_at", UTCDateTime),
    column("first_response_at", UTCDateTime),
)

# `csdesk inquiry add` (csdesk.desk.inquiry_add) writes every column of an inquiry, as the
# table class would; tests/unit/test_core_tables.py checks none is left out.
inquiry_row = table(
    "inquiry",
    column("id", Integer),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("received_at", UTCDateTime),
    column("channel", String),
    column("status", String),
    column("mode", String),
    column("pol", String),
    column("pod", String),
    column("pol_text", String),
    column("pod_text", String),
    column("commodity", String),
    column("weight_kg", Float),
    column("pieces", Integer),
    column("volume_cbm", Float),
    column("dim_l_cm", Float),
    column("dim_w_cm", Float),
    column("dim_h_cm", Float),
    column("cargo_list", String),
    column("handling", String),
    column("incoterm", String),
    column("cargo_ready", Date),
    column("shipper", String),
    column("target_price", Float),
    column("currency", String),
    column("dg", Boolean),
    column("un_number", String),
    column("dg_class", String),
    column("temperature_c", Float),
    column("pickup_address", String),
    column("pickup_factories", Integer),
    column("delivery_address", String),
    column("hs_code", String),
    column("cargo_value", Float),
    column("cargo_value_currency", String),
    column("raw_text", String),
    column("sla_due_at", UTCDateTime),
    column("first_response_at", UTCDateTime),
    column("pending", String),
    column("missing", String),
    column("created_at", UTCDateTime),
    column("updated_at", UTCDateTime),
    column("version", Integer),
    column("updated_by", String),  # who made the version (0021_polish); a new row: none
)

inquiry_container = table(
    "inquirycontainer",
    column("id", Integer),
    column("inquiry_id", Integer),
    column("position", Integer),
    column("type_code", String),
    column("quantity", Integer),
)


quote = table(
    "quote",
    column("id", Integer),
    column("status", String),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("inquiry_id", Integer),
    column("carrier", String),
    column("pol", String),
    column("pod", String),
    column("container", String),
    column("units", Float),
    column("price_minor", Integer),
    column("currency", String),
    column("all_in", Boolean),
    column("provisional", Boolean),
    column("valid_until", Date),
    column("sent_at", UTCDateTime),
    column("review_reasons", String),
    column("review_comment", String),
    column("needs_reconfirm", Boolean),
    column("shipment_id", Integer),
    column("lost_reason", String),
)


interaction = table(
    "interaction",
    column("id", Integer),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("at", UTCDateTime),
    column("channel", String),
    column("outcome", String),
    column("note", String),
    column("created_at", UTCDateTime),
    column("updated_at", UTCDateTime),
    column("version", Integer),
)

task = table(
    "task",
    column("id", Integer),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("kind", String),
    column("due_at", UTCDateTime),
    column("done_at", UTCDateTime),
    column("created_at", UTCDateTime),
    column("source_table", String),
    column("source_id", Integer),
    column("note", String),
    column("updated_at", UTCDateTime),
    column("version", Integer),
    column("updated_by", String),
)

call_mark = table(
    "callmark",
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("kind", String),
    column("until", UTCDateTime),
    column("created_at", UTCDateTime),
)

call_claim = table(
    "call_claim",
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("since", UTCDateTime),
    column("heartbeat_at", UTCDateTime),
)

customer_account = table(
    "customeraccount",
    column("customer_id", Integer),
    column("currency", String),
    column("owner_key", Integer),
    column("credit_minor", Integer),
    column("oldest_due_on", Date),
)

receivable_due = table(
    "receivabledue",
    column("agent_key", Integer),
    column("currency", String),
    column("due_on", Date),
    column("open_minor", Integer),
)

invoice = table(
    "invoice",
    column("id", Integer),
    column("number", String),
    column("shipment_id", Integer),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("currency", String),
    column("terms", String),
    column("issued_on", Date),
    column("due_on", Date),
    column("amount_minor", Integer),
    column("paid_minor", Integer),
    column("open_minor", Integer),
    column("status", String),
    column("replaces_id", Integer),
)

deposit = table(
    "deposit",
    column("id", Integer),
    column("shipment_id", Integer),
    column("refunded_on", Date),
    column("refund_task_id", Integer),
)

rebate = table(
    "rebate",
    column("id", Integer),
    column("status", String),
    column("due_on", Date),
    column("task_id", Integer),
)


# The board (csdesk.desk.shipments.board) and the alert sweep's check (desk.shipments.alert_check).
shipment = table(
    "shipment",
    column("id", Integer),
    column("booking_no", String),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("carrier", String),
    column("vessel", String),
    column("voyage", String),
    column("bl_no", String),
    column("stage", String),
    column("stage_since", UTCDateTime),
    column("si_cutoff", UTCDateTime),
    column("gate_cutoff", UTCDateTime),
    column("eta", Date),
    column("trouble_kinds", String),
    column("trouble_rank", Integer),
    column("sort_at", UTCDateTime),
    column("cutoff_at", UTCDateTime),
    column("cutoff_alerted_until", UTCDateTime),
    column("search_text", String),
    column("version", Integer),
)

trouble = table(
    "trouble",
    column("id", Integer),
    column("shipment_id", Integer),
    column("kind", String),
    column("status", String),
    column("opened_at", UTCDateTime),
)


documentdispatch = table(
    "documentdispatch",
    column("id", Integer),
    column("sent_on", Date),
    column("received_on", Date),
    column("chase_task_id", Integer),
)


bl_hold_proposal = table(
    "blholdproposal",
    column("id", Integer),
    column("shipment_id", Integer),
    column("customer_id", Integer),
    column("reason", String),
    column("proposed_by_id", Integer),
    column("proposed_at", UTCDateTime),
    column("status", String),
)


def dialect_name(connection: Any) -> str:
    """The database's dialect name for a Core Connection or an ORM Session."""
    dialect = getattr(connection, "dialect", None) or connection.get_bind().dialect
    return str(dialect.name)


# Reference data (csdesk.desk.reference): `csdesk ports` and `csdesk containers`.
lane = table(
    "lane",
    column("code", String),
    column("name_zh", String),
    column("name_en", String),
    column("main", Boolean),
    column("peer_served", Boolean),
)

port = table(
    "port",
    column("locode", String),
    column("name_en", String),
    column("name_zh", String),
    column("country", String),
    column("lane_code", String),
    column("aliases", String),
)

container_type = table(
    "containertype",
    column("code", String),
    column("iso_code", String),
    column("category", String),
    column("teu", Integer),
    column("max_payload_kg", Integer),
    column("volume_m3", Float),
    column("special", Boolean),
    column("aliases", String),
)

# `csdesk audit` (csdesk.desk.audit.list_audit).
audit_entry = table(
    "audit_entry",
    column("id", Integer),
    column("at", UTCDateTime),
    column("agent_login", String),
    column("db_login", String),
    column("os_user", String),
    column("action", String),
    column("subject", String),
    column("before", String),
    column("after", String),
)

# `csdesk rates` (csdesk.desk.rates.list_rates): never the minimum sell price (H8).
rate = table(
    "rate",
    column("id", Integer),
    column("import_id", Integer),
    column("carrier", String),
    column("pol", String),
    column("pod", String),
    column("container", String),
    column("buy_minor", Integer),
    column("sell_minor", Integer),
    column("currency", String),
    column("valid_from", Date),
    column("valid_to", Date),
    column("source", String),
    column("approved", Boolean),
    column("transit_days", Integer),
    column("surcharges", JSON),
    column("current", Boolean),
)

# The months a customer shipped in (csdesk.desk.tiers.suggested_tier_sql).
ship_month = table(
    "shipmonth",
    column("customer_id", Integer),
    column("month", Date),
)


# The KPI report (csdesk.desk.kpi): the columns its rows read. The shipment and the trouble
# are named again with the columns the KPIs need (never in one query with the board's).
kpi_shipment = table(
    "shipment",
    column("id", Integer),
    column("booking_no", String),
    column("customer_id", Integer),
    column("agent_id", Integer),
    column("pol", String),
    column("pod", String),
    column("etd", Date),
    column("stage", String),
)

kpi_trouble = table(
    "trouble",
    column("id", Integer),
    column("shipment_id", Integer),
    column("kind", String),
    column("status", String),
    column("opened_at", UTCDateTime),
    column("status_at", UTCDateTime),
)

stage_change = table(
    "stagechange",
    column("id", Integer),
    column("shipment_id", Integer),
    column("to_stage", String),
    column("at", UTCDateTime),
)

shipment_container = table(
    "shipmentcontainer",
    column("id", Integer),
    column("shipment_id", Integer),
    column("type_code", String),
)

charge_line = table(
    "chargeline",
    column("id", Integer),
    column("shipment_id", Integer),
    column("side", String),
    column("amount_minor", Integer),
    column("currency", String),
)

fx_rate = table(
    "fxrate",
    column("month", Date),
    column("currency", String),
    column("cny_per_unit_micros", Integer),
)

group_change = table(
    "groupchange",
    column("id", Integer),
    column("agent_id", Integer),
    column("old_group", String),
    column("new_group", String),
    column("effective_on", Date),
)

kpi_target = table(
    "kpitarget",
    column("agent_id", Integer),
    column("month", Date),
    column("revenue_cny_minor", Integer),
    column("teu", Integer),
    column("profit_cny_minor", Integer),
)
