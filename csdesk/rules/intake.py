"""What an inquiry must have and whether what it has is plausible (H13, H22, H24, H36, H41,
H49, H98): the missing list tells the agent what to ask next while the customer is on the line.

Errors must be fixed (zero or negative numbers, POL equal to POD, a container type nobody
knows); warnings are plausibility a person should look at; advice says what to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from csdesk.rules.commodities import CommodityTable
from csdesk.rules.findings import Finding, Localized, field_label
from csdesk.rules.inquiry_fields import (
    FIELD_NAMES,
    POSITIVE_FIELDS,
    ContainerLine,
    InquiryFields,
    fields_to_json,
)
from csdesk.rules.lanes import Asker, LaneInfo, lane_advice, rate_request_text
from csdesk.rules.lookups import ContainerLike, ContainerLookup, PortLike, PortLookup, port_label
from csdesk.rules.records import FrozenRecord, Record

# From about five forty-foot boxes a sailing, carriers give volume rates through the lines
# department, so the inquiry is handled like special equipment (H13 大货).
BIG_CARGO_TEU = 10
# LCL above this is usually cheaper as a full container (H36).
LCL_MAX_CBM = 15.0
# A density this far outside the commodity's range is a typo, not a packing style.
DENSITY_SLACK = 2.0


class CheckContext(FrozenRecord):
    today: dt.date
    ports: PortLookup | None
    containers: ContainerLookup | None
    commodities: CommodityTable | None
    lanes: Mapping[str, LaneInfo]
    asker: Asker | None
    # DG keyword hints in free text (csdesk.rules.dg); truthy when the text hints at DG.
    dg_hints: Callable[[str], Sequence[Any]] | None
    _fields = ("today", "ports", "containers", "commodities", "lanes", "asker", "dg_hints")

    def __init__(
        self,
        today: dt.date,
        ports: PortLookup | None = None,
        containers: ContainerLookup | None = None,
        commodities: CommodityTable | None = None,
        lanes: Mapping[str, LaneInfo] | None = None,  # a new empty dict when not given
        asker: Asker | None = None,
        dg_hints: Callable[[str], Sequence[Any]] | None = None,
    ) -> None:
        lanes = {} if lanes is None else lanes
        self._assign(today, ports, containers, commodities, lanes, asker, dg_hints)


class CheckResult(Record):
    fields: InquiryFields
    missing: list[str]
    errors: list[Finding]
    warnings: list[Finding]
    advice: list[Finding]
    special: bool
    # The words the customer used for a port no index knows, kept so nothing is lost.
    port_texts: dict[str, str]
    ports: dict[str, PortLike]
    _fields = (
        "fields", "missing", "errors", "warnings", "advice", "special", "port_texts", "ports"
    )  # fmt: skip

    def __init__(
        self,
        fields: InquiryFields,
        missing: list[str],
        errors: list[Finding],
        warnings: list[Finding],
        advice: list[Finding],
        special: bool = False,
        port_texts: dict[str, str] | None = None,  # a new empty dict when not given
        ports: dict[str, PortLike] | None = None,  # a new empty dict when not given
    ) -> None:
        self._assign(
            fields,
            missing,
            errors,
            warnings,
            advice,
            special,
            {} if port_texts is None else port_texts,
            {} if ports is None else ports,
        )

    @property
    def complete(self) -> bool:
        return not self.missing and not self.errors

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "fields": fields_to_json(self.fields),
            "missing": list(self.missing),
            "errors": [item.as_json(lang) for item in self.errors],
            "warnings": [item.as_json(lang) for item in self.warnings],
            "advice": [item.as_json(lang) for item in self.advice],
        }


def _warning(code: str, name: str | None, **params: object) -> Finding:
    return Finding(code, name, f"intake.warning.{code}", params)


def _error(code: str, name: str | None, **params: object) -> Finding:
    return Finding(code, name, f"intake.error.{code}", params)


def _resolve_ports(values: InquiryFields, ctx: CheckContext, result: CheckResult) -> None:
    for name in ("pol", "pod"):
        text = getattr(values, name)
        if not text or ctx.ports is None:
            continue
        port = ctx.ports.resolve(text)
        if port is not None:
            setattr(values, name, port.locode)
            result.ports[name] = port
            continue
        setattr(values, name, None)
        result.port_texts[name] = text
        matches = ", ".join(port_label(item) for item in ctx.ports.suggest(text, limit=3))
        code = "unknown_port" if matches else "unknown_port_no_match"
        result.warnings.append(_warning(code, name, text=text, matches=matches))


def _container_specs(
    values: InquiryFields, ctx: CheckContext, result: CheckResult
) -> list[tuple[ContainerLike, int]]:
    specs: list[tuple[ContainerLike, int]] = []
    lines = []
    for line in values.containers:
        spec = ctx.containers.resolve(line.type) if ctx.containers else None
        if spec is None:
            if ctx.containers is not None:
                result.errors.append(_error("unknown_container", "containers", type=line.type))
            lines.append(line)
            continue
        lines.append(line if line.type == spec.code else ContainerLine(spec.code, line.qty))
        specs.append((spec, line.qty))
    values.containers = lines
    return specs


def _is_empty(values: InquiryFields, name: str) -> bool:
    value = getattr(values, name)
    return value is None or value == "" or value == []


def required_fields(
    values: InquiryFields, specs: Sequence[tuple[ContainerLike, int]], special: bool
) -> list[str]:
    """Every field this inquiry needs, given its mode, equipment, incoterm and DG flag."""
    need = ["mode", "pol", "pod", "commodity"]
    categories = {spec.category for spec, _ in specs}
    if values.mode in ("FCL", "SPECIAL"):
        need += ["containers", "weight_kg"]
    elif values.mode == "LCL":
        need += ["pieces", "weight_kg", "volume_cbm"]
    elif values.mode == "BREAKBULK":
        # Identical units are said in full by their count, size and weight; a list is needed
        # when those are not all given (pieces that differ).
        described = not any(
            _is_empty(values, name) for name in ("pieces", "dimensions_cm", "weight_kg")
        )
        need += ([] if described else ["cargo_list"]) + ["cargo_ready", "handling"]
    if special and values.mode != "BREAKBULK":
        need += ["shipper", "cargo_ready", "target_price"]
        if categories & {"OT", "FR"}:
            need.append("dimensions_cm")
        if "RF" in categories:
            need.append("temperature_c")
    if values.incoterm == "EXW":
        need += ["pickup_address", "pickup_factories"]
    if values.incoterm in ("DDU", "DDP"):
        need.append("delivery_address")
    if values.incoterm == "DDP":
        need += ["hs_code", "cargo_value"]
    if values.dg:
        need += ["un_number", "dg_class"]
    return list(dict.fromkeys(need))


def _number_errors(values: InquiryFields, result: CheckResult) -> None:
    for name in POSITIVE_FIELDS:
        value = getattr(values, name)
        if value is not None and value <= 0:
            result.errors.append(_error("not_positive", name, field=field_label(name)))
    for line in values.containers:
        if line.qty <= 0:
            result.errors.append(_error("qty_not_positive", "containers", type=line.type))
    dims = values.dimensions_cm
    if dims is not None and min(dims.l, dims.w, dims.h) <= 0:
        label = field_label("dimensions_cm")
        result.errors.append(_error("not_positive", "dimensions_cm", field=label))
    if values.pol and values.pol == values.pod:
        result.errors.append(_error("same_port", "pod", port=values.pol))
    if values.un_number and not (values.un_number.isdigit() and len(values.un_number) == 4):
        result.errors.append(_error("un_number", "un_number", value=values.un_number))


def _weight_warnings(
    values: InquiryFields, specs: Sequence[tuple[ContainerLike, int]], result: CheckResult
) -> None:
    weight = values.weight_kg
    if not weight or weight <= 0 or not specs or values.mode == "LCL":
        return
    boxes = sum(qty for _, qty in specs if qty > 0)
    capacity = sum(spec.max_payload_kg * qty for spec, qty in specs if qty > 0)
    if boxes and weight > capacity:
        tightest = min(spec.max_payload_kg for spec, _ in specs)
        result.warnings.append(
            _warning(
                "overweight",
                "weight_kg",
                per_box=round(weight / boxes / 1000, 1),
                payload=round(tightest / 1000, 1),
            )
        )


def _density_warning(
    values: InquiryFields,
    specs: Sequence[tuple[ContainerLike, int]],
    ctx: CheckContext,
    result: CheckResult,
) -> None:
    commodity = (
        ctx.commodities.match(values.commodity) if values.commodity and ctx.commodities else None
    )
    weight = values.weight_kg
    if commodity is None or not weight or weight <= 0:
        return
    name = Localized(commodity.names_zh[0], commodity.names_en[0])
    low, high = commodity.min_kg_m3, commodity.max_kg_m3
    if values.volume_cbm and values.volume_cbm > 0:
        density = weight / values.volume_cbm
        if density * DENSITY_SLACK < low or density > high * DENSITY_SLACK:
            result.warnings.append(
                _warning(
                    "density",
                    "weight_kg",
                    density=round(density),
                    commodity=name,
                    low=round(low),
                    high=round(high),
                )
            )
        return
    room = sum(spec.volume_m3 * qty for spec, qty in specs if qty > 0 and spec.volume_m3 > 0)
    # Without a volume the cargo fills at most the boxes: a floor for its density.
    if room and weight / room > high * DENSITY_SLACK:
        result.warnings.append(
            _warning(
                "density_boxes",
                "weight_kg",
                density=round(weight / room),
                commodity=name,
                high=round(high),
            )
        )


def _plausibility(
    values: InquiryFields,
    specs: Sequence[tuple[ContainerLike, int]],
    ctx: CheckContext,
    result: CheckResult,
) -> None:
    _weight_warnings(values, specs, result)
    if values.mode == "LCL" and values.volume_cbm and values.volume_cbm > LCL_MAX_CBM:
        result.warnings.append(
            _warning("lcl_volume", "volume_cbm", volume=values.volume_cbm, limit=LCL_MAX_CBM)
        )
    _density_warning(values, specs, ctx, result)
    if values.cargo_ready and values.cargo_ready < ctx.today:
        result.warnings.append(
            _warning("date_past", "cargo_ready", date=values.cargo_ready.isoformat())
        )


def _apply_dg_hints(values: InquiryFields, ctx: CheckContext, result: CheckResult) -> None:
    if values.dg:
        return
    if values.un_number or values.dg_class:
        values.dg = True
    elif values.commodity and ctx.dg_hints and ctx.dg_hints(values.commodity):
        values.dg = True
        result.warnings.append(_warning("dg_commodity", "dg", commodity=values.commodity))


def is_special(values: InquiryFields, specs: Sequence[tuple[ContainerLike, int]]) -> bool:
    teu = sum(spec.teu * qty for spec, qty in specs if qty > 0)
    return (
        values.mode == "SPECIAL" or any(spec.special for spec, _ in specs) or teu >= BIG_CARGO_TEU
    )


def check_inquiry(
    values: InquiryFields,
    ctx: CheckContext,
    lang: str | None = None,
    unreadable: Sequence[Finding] = (),
) -> CheckResult:
    """Check a copy of `values`: ports and container types resolved, findings and advice."""
    checked = values.copy(containers=list(values.containers))
    result = CheckResult(checked, [], list(unreadable), [], [])
    _resolve_ports(checked, ctx, result)
    specs = _container_specs(checked, ctx, result)
    _apply_dg_hints(checked, ctx, result)
    result.special = is_special(checked, specs)
    needed = required_fields(checked, specs, result.special)
    result.missing = [name for name in FIELD_NAMES if name in needed and _is_empty(checked, name)]
    _number_errors(checked, result)
    _plausibility(checked, specs, ctx, result)
    lane = _lane_of(result.ports.get("pod"), ctx)
    rate_request = None
    if result.special and checked.mode != "BREAKBULK":
        labels = {name: port_label(port) for name, port in result.ports.items()}
        reefer = any(spec.category == "RF" for spec, _ in specs)
        name = ctx.asker.name if ctx.asker else ""
        rate_request = rate_request_text(checked, name, labels, reefer=reefer, lang=lang)
    result.advice = lane_advice(checked, result.special, lane, ctx.asker, rate_request)
    return result


def _lane_of(port: PortLike | None, ctx: CheckContext) -> LaneInfo | None:
    return ctx.lanes.get(port.lane) if port is not None else None
