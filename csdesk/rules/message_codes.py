"""Reading the codes and counts a message states: the HS code, and how many factories the
goods are picked up from. Split from message_terms."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words
from csdesk.rules.textnorm import parse_count

_HS = compile_fast(
    # "NCM 4011.20" (Brazil's tariff code), "code SH 8517.62", "código HS", "partida arancelaria".
    r"(?:HS\s*(?:code)?|海关编码|商品编码|税号|HS编码|(?<![A-Za-z])NCM|(?:code|c[oó]digo)\s+(?:SH|HS|NCM)"
    r"|partida\s+arancelaria|fracci[oó]n\s+arancelaria)\s*(?:n[o°º]\.?)?\s*[:：#]?\s*"
    r"(\d{4}(?:[.\s]?\d{2}){0,3})",
    re.I,
)
_FACTORIES = compile_fast(
    # ("Shuitou Stone Factory": a word's last letters are no count, "one" of "Stone" either)
    # (nor a figure's last digits: "6/1 factory", "2.1 factory")
    r"(一个|1个|单个|(?<![a-z])(?:one|single|a single)|(?<![\d./])1)\s*(?:工厂|厂家|厂|factory)"
    r"|(两个|2个|三个|3个|几个|多个|多家|两家|三家|\d+\s*个|(?<![a-z])(?:several|multiple|two|three)"
    r"|(?<![\d./])\d+)\s*"
    r"(?:工厂|厂家|厂|factories|places)",
    re.I,
)


# ("code SH 8517.62" is asked by its "code"/"código": "sh" alone sent most English messages,
# with their "ship" and "Shanghai", through both patterns)
_CODE_WORDS = cue_words(
    "hs", "编码", "税号", "厂", "factor", "places", "ncm", "arancel", "code", "digo"
)


def read_codes(scan: Scan) -> None:
    if not scan.has_any(_CODE_WORDS):
        return
    for match in scan.free_matches(_HS):
        digits = re.sub(r"\D", "", match.group(1))  # the house form: digits ("9403.30": 940330)
        scan.claim(*match.span())
        scan.put("hs_code", digits, [match.span()], 0.9)
        break
    for match in scan.free_matches(_FACTORIES):
        if match.group(1):
            count = 1
        else:
            word = match.group(2).lower().rstrip("个家 ")
            count = parse_count(word) or {"two": 2, "three": 3}.get(word, 2)
        scan.claim(*match.span())
        scan.put("pickup_factories", count, [match.span()], 0.85)
        break
