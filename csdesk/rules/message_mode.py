"""The mode of an inquiry read from a message: the words for FCL, LCL, break bulk and special
equipment, else what the boxes, pieces and volume say."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words
from csdesk.rules.message_units import BB_SHORTHAND

# Each mode's words, and what they cannot be written without (looked for first, cheaply).
_MODE_CUES = (
    (
        "BREAKBULK",
        compile_fast(
            r"散杂货船?|散杂船|散杂|杂货船|件杂货|散货船|break\s*-?\s*bulk|bulk vessel"
            rf"|{BB_SHORTHAND}"
            # Spanish, Portuguese and French: "carga suelta", "carga solta", "marchandises
            # conventionnelles", "navio de carga geral".
            r"|carga\s+(?:suelta|solta|fraccionada)|(?:marchandises?|cargaison)\s+conventionnelles?"
            r"|(?:navio|buque)\s+(?:de\s+)?carga\s+general|conventionnel"
            # "RoRo Shanghai to Lagos: 6 units", "滚装船": rolled on, not packed in a box.
            r"|(?<![a-z])ro\s?-?\s?ro(?![a-z])|滚装",
            re.I,
        ),
        cue_words(
            "散杂",
            "杂货",
            "散货船",
            "break",
            "bulk",
            "bb",
            "suelta",
            "solta",
            "fraccionada",
            "conventionnel",
            "carga general",
            "roro",
            "ro-ro",
            "ro ro",
            "滚装",
        ),
    ),
    (
        "SPECIAL",
        compile_fast(
            r"特种箱|特种柜|超限|超宽|超高|项目货|大件货|大货|大票货|project cargo|OOG|out of gauge"
            r"|(?:big|large|huge)\s+(?:volume|quantity|cargo|project)",
            re.I,
        ),
        cue_words(
            "特种",
            "超",
            "项目货",
            "大件货",
            "大货",
            "大票",
            "project cargo",
            "oog",
            "out of gauge",
            "big",
            "large",
            "huge",
        ),
    ),
    (
        "LCL",
        # "please quote 1x20GP instead of LCL", "不走拼箱了": LCL turned down is not the mode.
        compile_fast(
            r"(?<!instead of )(?<!not )(?<!不走)(?<!不做)(?<!不要)"
            # "Groupage", "consolidado": the consolidation in French and Spanish.
            r"(?:拼箱|拼柜|拼货|LCL|散货(?!船)|groupage|grupaje|consolidado|carga consolidada)"
            # "拼箱不走了 改整柜": LCL said, then dropped.
            r"(?!\s*(?:不走了?|不做了?|不要了?|算了|取消))",
            re.I,
        ),
        cue_words("拼箱", "拼柜", "拼货", "lcl", "散货", "groupage", "grupaje", "consolidad"),
    ),
    ("FCL", compile_fast(r"整箱|整柜|FCL", re.I), cue_words("整箱", "整柜", "fcl")),
)


_ASIDE = compile_fast(
    r"(?:另外|顺便|顺带|再)(?:问下|问一下|问问|报下|报一下|也报)?\s*$"
    r"|(?<![a-z])(?:also|additionally|btw)\s+(?:quote|check|ask)?\s*(?:the\s+)?$",
    re.I,
)


def _aside(scan: Scan, start: int) -> bool:
    """LCL asked about besides boxes already read ("另外问下LCL价格", "also quote LCL")."""
    return "containers" in scan.found and bool(_ASIDE.search(scan.before(start, 12)))


# "LCL? 不是", "拼箱？不 整柜", "LCL? no, FCL": a mode asked about, then denied.
_TAKEN_BACK = compile_fast(r"\s*[?？]\s*(?:不是|不|no|not|nope)(?![a-z])", re.I)


_BULK = compile_fast(r"(?<![a-z])bulk\s+(?:shipment|cargo|shipping)(?![a-z])", re.I)


def _heavy(scan: Scan) -> bool:
    """Cargo no LCL warehouse takes: over 20 t, or a piece over 6 m long."""
    weight, dims = scan.found.get("weight_kg"), scan.found.get("dimensions_cm")
    return bool(weight and weight.value > 20_000) or bool(dims and dims.value.l > 600)


def _loose_parcels(scan: Scan, said: str) -> bool:
    """ "carga suelta" (loose cargo) of a few cubic metres, light: parcels for a consolidation,
    as much of Latin America says it, not break bulk."""
    if said[:5].lower() != "carga" or _heavy(scan):
        return False
    volume = scan.found.get("volume_cbm")
    # "carga suelta (LCL)": the consolidation named too.
    return volume.value <= 30 if volume is not None else "lcl" in scan.folded


def read_mode(scan: Scan, special_boxes: bool) -> None:
    held = scan.cue_bits  # `scan.has_any(needed)` for each mode, without a call each
    for mode, pattern, needed in _MODE_CUES:
        if not held & needed.bits:  # type: ignore[attr-defined]
            continue  # (no match: nothing below to do)
        match = scan.first_free(pattern)
        if match is not None and mode == "LCL" and match.group(0) == "散货" and _heavy(scan):
            mode = "BREAKBULK"  # "散货询价 两台压路机 每台十四吨": bulk, not a consolidation
        elif match is not None and mode == "BREAKBULK" and _loose_parcels(scan, match.group(0)):
            mode = "LCL"  # "carga suelta: 20 cajas, 1,8 m3, 420 kg": loose parcels, consolidated
        if match is not None and _TAKEN_BACK.match(scan.norm, match.end()):
            scan.claim(*match.span())  # "1x20 LCL? 不是 整柜": the mode asked about and denied
            continue
        if match is not None and mode == "LCL" and _aside(scan, match.start()):
            continue  # "2x40HQ …；另外问下LCL价格": the boxes are the inquiry, LCL a side question
        if match is not None and not (mode == "FCL" and special_boxes):
            scan.put("mode", mode, [match.span()], 0.9)
            scan.claim(*match.span())  # "件杂货" says how the cargo ships, not what it is
            return
    boxes = scan.found.get("containers")
    if boxes is not None:
        scan.put("mode", "SPECIAL" if special_boxes else "FCL", list(boxes.spans), 0.85)
        return
    bulk = _BULK.search(scan.norm) if "bulk" in scan.folded else None
    if bulk is not None and _heavy(scan):
        # "bulk shipment …, 2 units, 45 tons each": bulk of heavy pieces, not a consolidation.
        scan.put("mode", "BREAKBULK", [bulk.span()], 0.8)
        return
    lcl = [scan.found[name] for name in ("volume_cbm", "pieces") if name in scan.found]
    if lcl:
        # "1 transformador 7,5 x 3,2 x 3,9 m, 85 toneladas": too heavy for a consolidation.
        mode = "BREAKBULK" if _heavy(scan) else "LCL"
        scan.put("mode", mode, [span for item in lcl for span in item.spans], 0.7)
