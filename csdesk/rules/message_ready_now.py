"""Goods said ready now in a chat's bare words, with no 了 to close them: "… 9.5T 货在仓库 CFR
Algiers" (in the warehouse, so made and waiting) and "轮胎 18T 货好 同行最低多少" (货好 between the
figures and a question, no day before or after it). Read as ready on the day received, by the
cargo-date reader (message_dates), as its other words of now."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import cue_words

# Days and parts of a month written before 货好 ("12号货好", "周五 货好"), and after it ("货好
# 12/15", "货好 下周", "货好时间"): 货好 then tells a day, not now.
_DAY_BEFORE = r"[\d号日天周一二三四五六七八九十旬底初中前后]"
_DAY_AFTER = (
    r"[\d一二两三四五六七八九十今明后下本这月周上中]|时间|日期|date|on(?![a-z])|in(?![a-z])"
)

READY_BARE = (
    # "货在仓库 CFR Algiers", "货物在宁波仓库，" (not "货在仓库吗", "货在仓库还没打包").
    r"货物?(?:已经?|都|也)?在[^\s，,。\d]{0,4}?仓库(?=\s|[,，。.!！;；]|$)"
    r"(?!\s*(?:还|没|未|吗|里吗|[?？]))"
    # "18T 货好 同行最低多少", "货好 麻烦报价".
    # (货 first, then what stands before it: a look-behind tried only where 货 stands)
    rf"|货(?<!{_DAY_BEFORE}货)(?<!{_DAY_BEFORE}\s货)好了?(?=\s)(?!\s*(?:{_DAY_AFTER}))"
)

# Words saying the goods are ready now (or wished at once: "ASAP", "尽快"), read as the day
# received unless they ask for the quote rather than the goods.
NOW = compile_fast(
    r"(ASAP|as soon as possible|尽快|马上|随时|现货|货已好|货已经好了|货好了|货已备好|ready now"
    r"|cargo is ready|goods are ready|立即|越快越好|越早越好|随时可以"
    # "货已经在仓库了", "cargo is already in our warehouse": goods in the warehouse are ready.
    r"|货已经?(?:在|到|进)了?(?:我们|工厂|厂里)?的?仓库?|(?:cargo|goods)\s+(?:is\s+|are\s+)?"
    r"already\s+(?:in|at)\s+(?:our|the)\s+(?:warehouse|factory)"
    # "货在仓库了", "货已经在你们仓库了", "goods are in your warehouse": there now, so ready.
    r"|货(?:已经?|都|也)?(?:在|到|进)了?(?:你们|贵司|你司|我们)?的?仓库了"
    r"|(?:cargo|goods)\s+(?:is|are)\s+(?:already\s+)?(?:in|at)\s+(?:your|our|the)\s+(?:warehouse|cfs)"
    # "货已经在港区了", "货都进码头了", "已经在仓库了": at the port or in the warehouse now (a
    # day before it, "10号货到码头", tells when instead).
    rf"|(?<!{_DAY_BEFORE})(?<!{_DAY_BEFORE}\s)(?:货物?)?(?:已经?|都|也)?(?:在|到|进)了?"
    r"(?:港区|码头|堆场|港口|(?:我们|你们|贵司|工厂)?的?仓库)了"
    # "… 20吨 货好": ready, said last with no day before it.
    r"|(?<![\d号日天周一二三四五六七八九十旬底初中前后])货好了?(?=\s*(?:[,，。.!！]|$))"
    # "carga pronta", "Mercadería lista.", "marchandise prête": ready, in PT/ES/FR, no day after.
    r"|(?:carga|mercader[ií]a|mercanc[ií]a|mercadoria|marchandise)\s+(?:j[aá]\s+|ya\s+)?"
    r"(?:est[aá]?\s+)?(?:pronta|lista|prête|prete)(?=\s*(?:[,;.!]|$))"
    # "disponible immédiatement", "disponible de inmediato", "available immediately": there now.
    r"|disponible\s+(?:imm[ée]diatement|de\s+(?:suite|inmediato)|inmediatamente|ya)"
    r"|dispon[ií]vel\s+(?:imediatamente|j[aá])|available\s+(?:immediately|now)"
    # "cgo rdy now", "goods ready at the supplier's warehouse now", "Cargo is at the factory,
    # ready.": ready now, in shorthand or said around the place the goods are.
    r"|(?<![a-z])rdy\s+now|(?:cargo|goods)\s+(?:is\s+|are\s+)?ready\s+(?:at|in)\s+[^.\n]{1,40}?"
    r"\s+now(?![a-z])|(?:cargo|goods)\s+(?:is|are)\s+(?:already\s+)?(?:at|in)\s+(?:the|our|your)"
    r"\s+(?:factory|warehouse|supplier)[^.\n]{0,20}?,?\s*(?:and\s+)?ready(?=\s*(?:[,;.!]|$))"
    # "货在义乌工厂 已经好了", "货在工厂了": at the factory and done.
    r"|货(?:已经?|都)?在[^\s，,。\d]{0,4}?(?:工厂|厂里)(?:了|\s*[，,]?\s*(?:已经|都)?好了)"
    rf"|{READY_BARE})",
    re.I,
)
NOW_WORDS = cue_words(
    *("货好", "pronta", "lista", "prête", "prete", "仓库", "warehouse", "cfs"),
    *("dispon", "available", "rdy", "工厂", "厂里", "港区", "码头", "堆场", "港口"),
    "asap",
    "as soon",
    "尽快",
    "马上",
    "随时",
    "现货",
    "货已",
    "already",
    "货好了",
    "ready",
    "立即",
    "越快",
    "越早",
)
