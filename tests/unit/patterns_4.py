"""Round 4 of issue 15: messages written for the patterns held-out set 3 showed, in new words.

None of these is a held-out sentence. Same format as tests/unit/intake_corpus.py (a message
arrived on Monday 2026-11-30 unless "received" says otherwise; a field not listed is expected
empty). Score with `python -m tests.unit.corpus_score tests/unit/patterns_4.py ENTRIES`.
"""

from __future__ import annotations

from typing import Any

Entry = tuple[str, dict[str, Any]]

# Where the writer sits (a greeting, a cancelled request) is not the inquiry's route.
GREETINGS_AND_REPLACED: list[Entry] = [
    (
        "Dear Lily,\n\nGreetings from Lagos.\n\nPlease quote Shenzhen to Tin Can, 1 x 40HQ, "
        "motorcycle parts, 9,000 kgs, ready 14/12/2026.\n\nRegards,\nChinedu",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "NGTIN",
            "containers": "1x40HQ",
            "commodity": "motorcycle parts",
            "weight_kg": 9000,
            "cargo_ready": "2026-12-14",
        },
    ),
    (
        "Best wishes from Durban!\nPOL: Ningbo\nPOD: Maputo\nContainer: 1x20GP\n"
        "Commodity: glass bottles\nWeight: 18,000 kg",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MZMPM",
            "containers": "1x20GP",
            "commodity": "glass bottles",
            "weight_kg": 18000,
        },
    ),
    (
        "Hi Tom, kindly ignore my previous request for 4x40HQ to Tema. "
        "The buyer changed plans: Qingdao to Lome, 1x40HQ, tyres, 12 tons.",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "TGLFW",
            "containers": "1x40HQ",
            "commodity": "tyres",
            "weight_kg": 12000,
        },
    ),
]

# Addresses end before the sentence's full stop and a closing bracket.
ADDRESSES: list[Entry] = [
    (
        "DAP door please. Qingdao to Mombasa 1x20GP tiles 20 tons. "
        "Delivery address: Plot 7, Mombasa Road, Nairobi.",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "KEMBA",
            "containers": "1x20GP",
            "commodity": "tiles",
            "weight_kg": 20000,
            "incoterm": "DAP",
            "delivery_address": "Plot 7, Mombasa Road, Nairobi",
        },
    ),
]

# Month and day without 号, and dotted dates with a cargo word before or closing a line.
DATES: list[Entry] = [
    (
        "青岛到拉各斯 1x40HQ 轮胎 20吨 1月8",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "轮胎",
            "weight_kg": 20000,
            "cargo_ready": "2027-01-08",
        },
    ),
    (
        "厦门到吉达 1x20GP 石材 24吨 出货12.18",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "SAJED",
            "containers": "1x20GP",
            "commodity": "石材",
            "weight_kg": 24000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "SZ-TEM 1x40HQ 家具 8T 12.22",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "GHTEM",
            "containers": "1x40HQ",
            "commodity": "家具",
            "weight_kg": 8000,
            "cargo_ready": "2026-12-22",
        },
    ),
]

ENTRIES: list[Entry] = GREETINGS_AND_REPLACED + ADDRESSES + DATES
