"""What demo shipments are made of: carriers with their real vessels, booking-number styles and
container owner codes (BIC prefixes), ports, shippers, notes, and the trouble each stage sees."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from csdesk.rules.containers import iso6346_check_digit


@dataclass(frozen=True)
class Carrier:
    name: str
    booking_prefix: str
    prefix: str  # the carrier's own container owner code
    vessels: tuple[str, ...]


CARRIERS = (
    Carrier(
        "COSCO",
        "COSU",
        "CSNU",
        ("COSCO SHIPPING ARIES", "COSCO SHIPPING UNIVERSE", "CSCL GLOBE", "COSCO SHIPPING TAURUS"),
    ),
    Carrier("OOCL", "OOLU", "OOLU", ("OOCL HONG KONG", "OOCL GERMANY", "OOCL JAPAN", "OOCL SPAIN")),
    Carrier("MSC", "MEDU", "MSCU", ("MSC GULSUN", "MSC OSCAR", "MSC IRINA", "MSC LORETO")),
    Carrier(
        "Maersk",
        "MAEU",
        "MRKU",
        ("MAERSK ESSEN", "MAERSK EDMONTON", "MADRID MAERSK", "MUMBAI MAERSK"),
    ),
    Carrier(
        "CMA CGM",
        "CMDU",
        "CMAU",
        ("CMA CGM JACQUES SAADE", "CMA CGM MARCO POLO", "CMA CGM KERGUELEN"),
    ),
    Carrier("ONE", "ONEY", "ONEU", ("ONE APUS", "ONE INNOVATION", "ONE STORK", "ONE TRUST")),
    Carrier("Evergreen", "EGLV", "EGHU", ("EVER ACE", "EVER ALOT", "EVER GIVEN", "EVER GLORY")),
    Carrier("PIL", "PABV", "PCIU", ("KOTA PERDANA", "KOTA PEMIMPIN", "KOTA RAKYAT", "KOTA CAHAYA")),
    Carrier("Hapag-Lloyd", "HLCU", "HLXU", ("BERLIN EXPRESS", "HAMBURG EXPRESS", "AL ZUBARA")),
    Carrier("Yang Ming", "YMLU", "YMLU", ("YM WITNESS", "YM WELLNESS", "YM TOTALITY")),
    Carrier("ZIM", "ZIMU", "ZCSU", ("ZIM SAMMY OFER", "ZIM MOUNT EVEREST")),
    Carrier("HMM", "HDMU", "HMMU", ("HMM ALGECIRAS", "HMM OSLO", "HMM COPENHAGEN")),
)
# Leasing companies' boxes sail with every carrier: Textainer, Triton, SeaCo, TAL, Florens.
LESSOR_PREFIXES = ("TGHU", "TCNU", "SEGU", "TEMU", "FCIU", "TRHU", "BMOU")
POLS = ("CNNGB", "CNNGB", "CNSHA", "CNSHA", "CNYTN", "CNSHK", "CNTAO", "CNXMN")
# Mostly the main lanes (Africa, Latin America, Asia), a few others (H9, H25).
PODS = (
    "NGLOS",
    "TZDAR",
    "KEMBA",
    "GHTEM",
    "CIABJ",
    "ZADUR",
    "TGLFW",
    "BJCOO",
    "AOLAD",
    "BRSSZ",
    "CLSAI",
    "PECLL",
    "MXZLO",
    "COBUN",
    "ARBUE",
    "INNSA",
    "AEJEA",
    "SAJED",
    "PKKHI",
    "LKCMB",
    "EGALY",
    "THLCH",
    "VNSGN",
    "MYPKG",
    "IDJKT",
    "SGSIN",
    "DEHAM",
    "NLRTM",
    "USLAX",
)
SHIPPERS = (
    "宁波华光进出口有限公司",
    "义乌市博远贸易有限公司",
    "浙江天时新能源科技有限公司",
    "深圳市华强进出口有限公司",
    "青岛海川机械有限公司",
    "佛山市顺德区美家家具厂",
    "厦门联发纺织品有限公司",
    "上海申达化工有限公司",
)
NOTES = (
    "客户说今天下午装货, 车队已派车",
    "已和客户确认 ALL IN 包含 O/F、THC、DOC",
    "客户催提单, 说 [急] 银行要交单",
    "订舱口回复舱位已放, 等预配",
    "港区显示已进港, 关单号已发客户",
    "目的港代理确认到港通知已发",
    "备注 [/] 结束, 客户要求改收货人",
    "客户问能否改港到 Apapa",
)


def container_number(carrier: Carrier, rng: random.Random) -> str:
    """A valid ISO 6346 number: the carrier's own box or a lessor's."""
    owner = carrier.prefix if rng.random() < 0.6 else rng.choice(LESSOR_PREFIXES)
    first10 = f"{owner}{rng.randint(0, 999_999):06d}"
    return f"{first10}{iso6346_check_digit(first10)}"


# kind -> (stages it happens in, statuses it may be found in, the note an agent would write)
TROUBLE_PLAN: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {
    "rolled": (("stuffing", "gated_in"), ("open", "handled"), "船公司通知甩箱, 已告知客户"),
    "late_gate_in": (("stuffing",), ("open",), "车队堵在北仑, 赶不上截港"),
    "inspection": (("gated_in",), ("open", "handled"), "海关查验, 等查验结果"),
    "shut_out": (("gated_in", "sailed"), ("open", "handled"), None),
    "bl_held": (("bl_issued", "in_transit", "arrived"), ("open", "open", "escalated"), None),
    "shipper_changed": (("booked", "pre_allocated"), ("open",), "客户要求改发货人抬头"),
    "cargo_problem": (
        ("in_transit", "arrived"),
        ("open", "handled", "escalated"),
        "目的港拆箱发现两箱货物受潮",
    ),
    "complaint": (
        ("booked", "gated_in", "bl_issued", "arrived"),
        ("open", "escalated", "closed"),
        "客户投诉提单晚发三天 [急]",
    ),
    "dg_fees_unconfirmed": (("booked", "pre_allocated"), ("open",), None),
}
HOLDS = (
    {"holder": "booking_agent", "reason": "agreement_expired"},
    {"holder": "booking_agent", "reason": "fees_unpaid"},
    {"holder": "booking_agent", "reason": "other"},
    {"holder": "us", "reason": "agreement_expired"},
    {"holder": "us", "reason": "account_overdue"},
)


def trouble_details(kind: str, row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """What an agent would have recorded for `kind`; rolled and shipper changes edit the row."""
    if kind == "rolled":
        carrier = next(c for c in CARRIERS if c.name == row["carrier"])
        new_vessel = rng.choice([v for v in carrier.vessels if v != row["vessel"]])
        details = {
            "reason": rng.choice(["船公司接了大货, 舱位不足", "爆仓, 船公司优先长约货"]),
            "new_vessel": new_vessel,
            "new_voyage": f"{rng.randint(1, 999):03d}E",
            "old_vessel": row["vessel"],
            "old_voyage": row["voyage"],
        }
        row["vessel"], row["voyage"] = details["new_vessel"], details["new_voyage"]
        return details
    if kind == "late_gate_in":
        return {"chase": True, "chase_fee": "CNY 500.00", "fee_confirmed": rng.random() < 0.5}
    if kind in ("inspection", "shut_out"):
        return (
            {"way": rng.choice(["paid_late_loading", "cancel_redeclare"])}
            if rng.random() < 0.5
            else {}
        )
    if kind == "bl_held":
        return dict(rng.choice(HOLDS))
    if kind == "shipper_changed":
        new_shipper = rng.choice([s for s in SHIPPERS if s != row["shipper"]])
        details = {"new_shipper": new_shipper, "old_shipper": row["shipper"]}
        row["shipper"] = new_shipper
        return details
    if kind == "dg_fees_unconfirmed":
        row |= {
            "dg": True,
            "dg_un_number": "UN1263",
            "dg_class": "3",
            "dg_fees_confirmed": False,
            "commodity": "PAINT (涂料)",
        }
    return {}
