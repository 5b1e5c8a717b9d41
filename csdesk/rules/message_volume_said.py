"""A volume written with its unit as the label, before the figure ("G.W. 6,450 kg, CBM 65.",
"CBM: 28.5", "M3 12"), as forms and e-mails lay the figures out; read when no volume with its
unit after the figure is."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import NUM, Scan

_LABEL_FIRST = compile_fast(
    rf"(?<![a-z])(?:cbm|m3|m³)[^\S\n]*[:：=]?[^\S\n]*({NUM})"
    # (the figure ends its item: never "CBM 40HQ", nor a figure in another unit)
    r"(?![\d])(?=[^\S\n]*(?:[,;，；)\n]|\.(?!\d)|$))",
    re.I,
)


def read_volume_said_first(scan: Scan) -> None:
    if "volume_cbm" in scan.found or ("cbm" not in scan.folded and "m3" not in scan.folded):
        return
    said = scan.first_free(_LABEL_FIRST)
    if said is None:
        return
    number = float(said.group(1).replace(",", ""))
    if 0 < number <= 500:  # (a volume a sea shipment holds, in cubic metres)
        scan.claim(*said.span())
        scan.put("volume_cbm", number, [said.span()], 0.85)
