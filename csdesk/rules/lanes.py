"""What to do with an inquiry, from its lane, its cargo and who asks (H9, H12, H13, H20, H24,
H25, H41, H49, H90), and the rate request the lines department receives for special cargo."""

from __future__ import annotations

from csdesk.i18n import t
from csdesk.rules.findings import Finding, Localized
from csdesk.rules.inquiry_fields import InquiryFields, format_value
from csdesk.rules.records import FrozenRecord


class LaneInfo(FrozenRecord):
    code: str
    name_zh: str
    name_en: str
    main: bool
    peer_served: bool
    _fields = ("code", "name_zh", "name_en", "main", "peer_served")

    def __init__(
        self, code: str, name_zh: str, name_en: str, main: bool, peer_served: bool
    ) -> None:
        self._assign(code, name_zh, name_en, main, peer_served)

    @property
    def label(self) -> Localized:
        return Localized(self.name_zh, self.name_en)


class Asker(FrozenRecord):
    """The customer behind an inquiry, as far as lane policy cares."""

    kind: str  # direct | peer | agent
    vip: bool
    name: str
    _fields = ("kind", "vip", "name")

    def __init__(self, kind: str, vip: bool = False, name: str = "") -> None:
        self._assign(kind, vip, name)


# What the lines department needs for special equipment and big cargo (H13, H98), in this order.
RATE_REQUEST_FIELDS = (
    "pol",
    "pod",
    "shipper",
    "commodity",
    "weight_kg",
    "containers",
    "dimensions_cm",
    "temperature_c",
    "un_number",
    "dg_class",
    "cargo_ready",
    "target_price",
    "incoterm",
)


def _advice(code: str, **params: object) -> Finding:
    return Finding(code, None, f"intake.advice.{code}", params)


def _lane_policy(lane: LaneInfo | None, asker: Asker | None) -> list[Finding]:
    if lane is None or asker is None:
        return []
    if asker.kind == "peer" and not lane.peer_served:
        code = "peer_vip_exception" if asker.vip else "decline_peer_lane"
        return [_advice(code, lane=lane.label)]
    if asker.kind == "direct" and not lane.main:
        return [_advice("quote_then_lines", lane=lane.label)]
    return []


def lane_advice(
    values: InquiryFields,
    special: bool,
    lane: LaneInfo | None,
    asker: Asker | None,
    rate_request: str | None = None,
) -> list[Finding]:
    """Advice in the order the agent acts on it: whether to quote at all, then how."""
    advice = _lane_policy(lane, asker)
    declined = any(item.code == "decline_peer_lane" for item in advice)
    if values.mode == "BREAKBULK":
        advice.append(_advice("break_bulk"))
    elif special and not declined:
        advice.append(
            Finding("rate_request", None, "intake.advice.rate_request", text=rate_request)
        )
    elif values.mode in ("FCL", "LCL") and not declined and not values.dg:
        advice.append(_advice("answer_in_5_minutes"))  # general cargo (普货) only, never DG
    if values.dg:
        advice.append(_advice("dg_fees"))
    if values.incoterm == "EXW":
        advice.append(_advice("exw_trucking"))
    if values.incoterm in ("DDU", "DDP"):
        advice.append(_advice("door_delivery_info"))
    return advice


def rate_request_text(
    values: InquiryFields,
    customer_name: str,
    port_labels: dict[str, str],
    reefer: bool = False,
    lang: str | None = None,
) -> str:
    """The e-mail body for the lines department, every H13 field listed, missing ones marked."""
    lines = [t("intake.rate_request.subject", lang, customer=customer_name or "-"), ""]
    for name in RATE_REQUEST_FIELDS:
        if name == "temperature_c" and not reefer and values.temperature_c is None:
            continue
        if name in ("un_number", "dg_class") and not values.dg:
            continue
        shown = port_labels.get(name) or format_value(values, name)
        label = t(f"intake.field.{name}", lang)
        lines.append(f"{label}: {shown or t('intake.rate_request.to_confirm', lang)}")
    lines += ["", t("intake.rate_request.closing", lang)]
    return "\n".join(lines)
