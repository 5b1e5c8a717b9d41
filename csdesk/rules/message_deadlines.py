"""Dates in a message that are not the cargo's: how long a rate holds, when the answer is wanted,
when the ship must sail or the goods must arrive."""

from __future__ import annotations

import datetime as dt
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, Span

# "一定要", "务必", "最好": how firmly a deadline is said ("月底前务必装船").
_MUST = r"(?:一定|必须|务必|必需|最好|最晚|得|需要)?\s*要?\s*"
_ARRIVE_BY = compile_fast(
    rf"\s*(?:之前|以前|前)\s*{_MUST}(?:到港|到达|抵港|到目的港|到货|运到|送到"
    # "一月十号之前到就行": arriving by then is enough.
    r"|到(?:就行|就可以|就好|即可)|(?<=要)到(?=\s*(?:$|[,，。.!！?？]|吗|呢)))"
)
# "货已经好了 月底前要走", "12月8号之前要上船", "月底前出", "12月底前出货", "月底前装完": a day
# the goods must ship or be loaded by, not the day they are ready (the settled convention;
# "下周五前可以出货", goods that can go by then, are ready then); "12月11日截关前能进港吗",
# "本周五截关的船": a vessel's cut-off.
_DEADLINE_AFTER = compile_fast(
    rf"\s*(?:(?:之前|以前|前)\s*{_MUST}"
    r"(?:走|出运|出货|出(?![厂来])|开船|装船|上船|发走|到港|进港|装(?![的了过])"
    # "月底前订好": the space booked by then.
    r"|订好|订舱|订好舱"
    # "5号前送仓可以吗", "月底之前必须开": goods delivered to the warehouse or sailing by then.
    r"|送仓|进仓|入仓|送到仓库?|(?<=必须)\s*开"
    # "月中之前能走吗": whether it can sail by then, asked (not "前可以出货", ready by then).
    r"|能(?:走|开船|上船|出运|到港)"
    # "12月底前分批", "月底前分几批走": shipped in lots by then.
    r"|分(?:批|几批|[两二三四五\d]批))|截(?:关|港|单|载))"
)
_SAILING_BY = compile_fast(r"\s*(?:之前|以前|前)")
_SAILING_SAID = compile_fast(r"船期\s*(?:[:：]|尽量|最好|最晚|希望|要)?\s*$")
# "ship before 20/12", "load before 19/12": the day said after a shipping deadline in English.
_SHIP_BEFORE = compile_fast(
    r"(?<![a-z])(?:ship|shipped|shipment|load|loaded|loading|sail|sailing|etd|arrive|arrival"
    # "must be delivered to your warehouse before 12/01": the goods handed over by then.
    r"|deliver(?:ed|y)?(?:\s+to\s+(?:your|the)\s+(?:warehouse|cfs))?)\s+before\s*$"
    # "embarcar antes del 20/12", "embarque até 18/12", "expédier avant le 15/12": the same in
    # Spanish, Portuguese and French.
    r"|(?<![a-z])(?:embarcar|embarque|embarcado|cargar|zarpar|enviar|despachar|embarquer"
    r"|embarquement|exp[ée]dier|exp[ée]dition|chargement|charger)\s+(?:antes\s+d(?:el?|a|o)"
    r"|at[ée]|avant(?:\s+(?:le|la|la\s+fin\s+d[ue]))?)\s*$",
    re.I,
)


# "USD 2650 all in, valid till 14/12", "有效期至12月15号": how long a rate holds.
_VALID_BEFORE = compile_fast(
    r"(?:valid(?:ity)?|有效期?)\s*(?:till|until|to|thru|through|至|到)?\s*[:：]?\s*$", re.I
)


# "Please revert by today", "quote us by tomorrow": when the answer is wanted, not the cargo.
_ANSWER_BEFORE = compile_fast(
    r"(?<![a-z])(?:revert|reply|respond|answer|feedback|get back|back to (?:me|us)|quote|advise"
    r"|offer|rates?)(?:\s+(?:to\s+)?(?:me|us))?\s+(?:by|before|until|till|within)?\s*$",
    re.I,
)


# "On 27/11 we shipped 2x40HQ with you", "shipped on 20/11": a past shipment's day.
_SHIPPED_AFTER = compile_fast(
    r"\s*,?\s*(?:we|i|you)\s+(?:have\s+)?(?:already\s+)?(?:shipped|loaded|sent|delivered)", re.I
)
_SHIPPED_BEFORE = compile_fast(
    r"(?<![a-z])(?:we|i|you|was|were|order|shipment)\s+(?:shipped|loaded|sailed|delivered)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:on|in)\s*$",
    re.I,
)


# "周六还在上班吗", "明天有人值班吗": whether the office is open then, not the cargo's day.
_OFFICE_OPEN = compile_fast(r"\s*(?:还|也|都)?\s*(?:在|有人)?\s*(?:上班|值班|营业|休息|放假)")


def _past_shipment(scan: Scan, span: Span) -> bool:
    return bool(
        _SHIPPED_AFTER.match(scan.norm, span[1]) or _SHIPPED_BEFORE.search(scan.before(span[0], 40))
    )


def without_deadlines(
    scan: Scan, candidates: list[tuple[dt.date, Span, float]]
) -> list[tuple[dt.date, Span, float]]:
    """The dates that are no rate's validity or answer's deadline, no past shipment's, and no
    sailing deadline when another is said."""
    norm = scan.norm
    if "shipped" in scan.folded or "loaded" in scan.folded or "sailed" in scan.folded:
        candidates = [item for item in candidates if not _past_shipment(scan, item[1])]
    if "alid" in norm or "ALID" in norm or "有效" in norm:  # (valid, Valid, VALID)
        candidates = [
            item for item in candidates if not _VALID_BEFORE.search(scan.before(item[1][0], 16))
        ]
    candidates = [
        item
        for item in candidates
        if not (norm[item[1][0]].isalpha() and norm[item[1][0]].isascii())
        or not _ANSWER_BEFORE.search(scan.before(item[1][0], 24))
    ]
    if "班" in norm or "营业" in norm or "休息" in norm or "放假" in norm:
        candidates = [item for item in candidates if not _OFFICE_OPEN.match(norm, item[1][1])]
    folded = scan.folded
    if "before" in folded or "antes" in folded or "avant" in folded or "até" in folded:
        candidates = [
            item for item in candidates if not _SHIP_BEFORE.search(scan.before(item[1][0], 40))
        ]
    if "前" not in norm and "截" not in norm:
        return candidates
    # "一月三号之前要到港口": when the goods must arrive, never the day they are ready.
    candidates = [item for item in candidates if not _ARRIVE_BY.match(norm, item[1][1])]
    if "船期" in norm:  # "船期尽量下周四前": the sailing wanted by a day, a deadline
        candidates = [
            item
            for item in candidates
            if not (
                _SAILING_BY.match(norm, item[1][1])
                and _SAILING_SAID.search(scan.before(item[1][0], 8))
            )
        ]
    return [item for item in candidates if not _DEADLINE_AFTER.match(norm, item[1][1])]
