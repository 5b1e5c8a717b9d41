"""The words a customer takes a figure back with: "两个20GP 不对 是三个", "不对不是四个是五个",
"哦不好意思，是3个", "sorry, make it 2": what follows replaces what was said before."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words

# "两个20GP 不对 是三个": a correction replaces the count it follows.
CORRECTION_WORDS = (
    # "2x20GP 棉花 改 3x20GP": 改 alone before a new count of boxes.
    # "不对不是四个是五个": the count taken back, then the one meant.
    r"(?:不是\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个?\s*[,，]?\s*(?=是)"
    r"|不对|不是|错了|不好意思|抱歉|说错了|打错了|更正一下|更正|纠正一下|纠正|改一下|改成|改为|改(?=\s*(?:$|\d\s*[x×*个]))"
    r"|[哦噢啊呃]不|sorry|correction|oops|my bad"
    # "客户说要三个小柜 后来又说两个就够了": what the customer said later.
    r"|后来又?(?:说|改口说?)|又改口说?"
    # "两个40HQ 不不不 三个": a voice message's 不 said over and over takes it back too.
    r"|不(?:\s*[,，]?\s*不)+"
    # "pardon, c'est 2 x 40' HC", "perdón, son 3", "desculpe, são 2", "corrigindo: 15.400 kg":
    # the same in French, Spanish and Portuguese.
    r"|pardon|perd[oó]n|perd[aã]o|desculp[ae]|corrigindo|correcci[oó]n|corrijo|rectific(?:o|ando)"
    r"|rectificati(?:on|f)|correctif"
    # "1x20GP de sillas, no, mejor 1x40HC", "no, better 2x40HQ", "non, plutôt": no, rather.
    r"|(?<![a-z])(?:no|n[ãa]o|non), (?:mejor|melhor|better|rather|plut[ôo]t)"
    # "ce n'est pas 2 x 20' mais 3 x 20'", "no es 2x20 sino 3x20", "não é 1 x 40 mas 2 x 40":
    # the figure denied, then the one meant.
    r"|(?<![a-z])(?:n'?est\s+pas|no\s+es|n[ãa]o\s+[ée])\s[^,，。;\n]{1,24}?\s(?:mais|sino|mas|e\s+sim)"
    # "ya no son 2x40HQ, ahora es …", "no longer 3x20GP, now …", "n'est plus …, maintenant":
    # the figure no longer wanted, then the one wanted now.
    r"|(?<![a-z])(?:ya\s+no\s+(?:son|es)|no\s+longer|j[aá]\s+n[ãa]o\s+(?:s[ãa]o|[ée])|n'?est\s+plus"
    r"|ne\s+sont\s+plus)\s[^。;\n]{1,24}?\s(?:ahora|now|agora|maintenant)"
    r"|I mean|make (?:it|that)|change(?:d)? (?:it )?to|no wait|oh wait"
    # "20GP要两个…等下，客户刚说要三个": the customer's word, passed on, takes it back.
    r"|(?:等下|等一下|等等)\s*[,，。…]?\s*(?:客户|老板|他们)(?:刚刚?|又|现在)?(?:说|讲)?"
    r"|wait\s*[,，]?\s*(?:the\s+|my\s+|our\s+)?(?:client|customer|shipper|buyer)\s+(?:now\s+)?"
    r"(?:says?|said|wants?))\s*[,，。!！:：]?\s*"
    r"(?:(?:the\s+)?(?:container|cntr|equipment|box)\s+)?"
    # "哦不对 瓷砖要装二十尺", "sorry, we need 1x40HQ": the goods or the need said again first.
    r"(?:[\u4e00-\u9fff]{1,4}?(?=要装|要放|装))?"
    r"(?:应该是|应该|改为|改成|是|要装|要放|只要|就要|要|装|客户只有|只有"
    r"|should be|it'?s|is|only|we need"
    r"|need|c'?est|ce sont|son|es|são|é)?\s*"
)
# Any correction is written with one of these (case-folded).
CORRECTION_CUE_WORDS = (
    "不对",
    "不是",
    "错了",
    "更正",
    "纠正",
    "改一下",
    "改成",
    "改为",
    "改",
    "sorry",
    "oops",
    "my bad",
    "correction",
    "i mean",
    "make it",
    "make that",
    "change",
    "哦不",
    "不不",
    "噢不",
    "啊不",
    "呃不",
    "wait",
    "pardon",
    "perdón",
    "perdon",
    "perdão",
    "perdao",
    "desculp",
    "corrig",
    "correcci",
    "corrijo",
    "rectific",
    "est pas",
    "no es",
    "não é",
    "nao e",
    "不好意思",
    "抱歉",
    "等下",
    "等一下",
    "等等",
    *("no, mejor", "no, better", "no, rather", "non, plutôt", "não, melhor", "nao, melhor"),
    *("后来", "改口", "ya no", "no longer", "não são", "nao sao", "não é", "est plus", "sont plus"),
)
CORRECTION_CUE = cue_words(*CORRECTION_CUE_WORDS)
CORRECTION = compile_fast(rf"{CORRECTION_WORDS}$", re.I)


# "commodity: frozen... sorry, dry stockfish", "generators... no, it's water pumps", "1 grúa
# portuaria? no, 2 piezas de …", "poisson congelé... pardon, crevettes": a phrase trailed off
# ("..." or "?") and taken back in the next word is no field; what follows is the one meant.
_TRAILED_OFF = compile_fast(
    r"(?:\.{2,}|…+|[?？])\s*(?=no\s*(?:[,，]|wait\b|sorry\b)|sorry\b|correction\b|pardon\b|perd[oó]n\b"
    r"|desculpe\b|不不)",
    re.I,
)
_TAKEN_BACK_WORDS = compile_fast(
    # "No sorry - it's plastic chairs": a dash may stand between the words too.
    r"(?:(?:no|sorry|correction|pardon|perd[oó]n|desculpe|不不|wait)\s*[,，:：\-–—]?\s*)+"
    r"(?:(?:it\s+is|it'?s|it’s|c'est|es|is)\s+)?",
    re.I,
)
# The phrase taken back: up to four words back from the mark, within its clause, not past a
# figure ("12 x 40HQ cement? no,": the boxes stay) or a word of the route ("via Nansha...").
_SEPARATOR = compile_fast(r"[,:;，：；\n]|\s[-–]\s|-|到", re.I)
_PHRASE_WORD = compile_fast(r"[^\s,:;，：；\n-]+")
_ROUTE_WORDS = frozenset(["to", "via", "from", "and", "for", "of"])
_BARE_COUNT = compile_fast(r"\d{1,2}")
# "stone slabs? Sorry, correction: 1x20GP not 40HC": the correction names what it corrects.
_OWN_TARGET = compile_fast(r"[^\n.?]{1,30}?\s(?:not|instead\s+of|rather\s+than)\s", re.I)
_PHRASE_REACH = 40


def _phrase_start(norm: str, end: int) -> int:
    start = max(0, end - _PHRASE_REACH)
    for separator in _SEPARATOR.finditer(norm, start, end):
        start = separator.end()
    words = list(_PHRASE_WORD.finditer(norm, start, end))[-4:]
    begin = end
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group().lower()
        if word in _ROUTE_WORDS:
            break
        if any(char.isdigit() for char in word):
            if index < len(words) - 1 and _BARE_COUNT.fullmatch(word):
                begin = words[index].start()  # "1 grúa portuaria? no,": the count goes too
            break
        begin = words[index].start()
    return begin


def set_aside_taken_back(scan: Scan) -> None:
    """Claims each phrase the customer trailed off and took back, with the words that take it
    back, so no reader reads the value it named."""
    norm = scan.norm
    if "..." not in norm and "…" not in norm and "?" not in norm and "？" not in norm:
        return
    for mark in _TRAILED_OFF.finditer(norm):
        words = _TAKEN_BACK_WORDS.match(norm, mark.end())
        if words is not None and _OWN_TARGET.match(norm, words.end()) is None:
            scan.claim(_phrase_start(norm, mark.start()), words.end())


def past_taken_back(scan: Scan, start: int) -> int:
    """Where the value meant begins when a phrase taken back opens it at `start`, else `start`."""
    end = scan.claimed.find(0, start)
    end = len(scan.norm) if end < 0 else end
    mark = _TRAILED_OFF.search(scan.norm, start, end)
    return end if mark is not None and end - start <= _PHRASE_REACH + 40 else start


def taken_back_within(norm: str, start: int, end: int) -> bool:
    """Whether a phrase between `start` and `end` is trailed off and taken back."""
    mark = _TRAILED_OFF.search(norm, start, end)
    return mark is not None and _TAKEN_BACK_WORDS.match(norm, mark.end()) is not None


# "corrected from 28 t to 24 t", "从25吨改成22吨": the figure changed from is not the one meant.
_FROM_BEFORE = compile_fast(r"(?:(?<![a-z])from|从|由)\s*$", re.I)
_TO_AFTER = compile_fast(r"\s*(?:to|改成|改为|变成|到)\s*\d", re.I)


# "每个柜十八吨到二十吨", "18 t to 20 t": a range's first figure, the larger one said after it.
_RANGE_TOP_AFTER = compile_fast(
    r"\s*(?:到|至|[-~～–]|to(?![a-z]))\s*(?:[\d.]+|[一二两三四五六七八九十]{1,3})\s*"
    r"(?:吨|公斤|千克|tons?|tonnes?|mts?|t|kgs?)(?![a-z])",
    re.I,
)


def changed_from_at(norm: str, before: str, end: int) -> bool:
    """Whether the figure ending at `end`, with `before` the text before it, is changed from,
    or is a range's first figure (the range is read as its larger one)."""
    if _RANGE_TOP_AFTER.match(norm, end) is not None:
        return True
    return _FROM_BEFORE.search(before) is not None and _TO_AFTER.match(norm, end) is not None


# "NB-PZU 1x40HQ … / NB-JIB 1x40HQ … 只问第二个", "only the first one": of the requests listed,
# the one the customer picks.
_PICKED = compile_fast(
    r"只(?:问|报|要|需要|看)?\s*第\s*([一二三123])\s*(?:个|条|票|种)"
    r"|(?<![a-z])(?:only|just)\s+(?:quote\s+)?(?:the\s+)?(first|second|third|1st|2nd|3rd)(?![a-z])",
    re.I,
)
# (the picking words with what follows them: 只 and "only" alone are far too common to gate on)
_PICK_WORDS = cue_words(
    *(f"只{verb}第" for verb in ("", "问", "报", "要", "需要", "看")),
    *(f"{word} {rest}" for word in ("only", "just") for rest in ("the f", "the s", "the t")),
    *(f"{word} {rest}" for word in ("only", "just") for rest in ("quote the", "first", "second")),
    "only 1st",
    "only 2nd",
)
_PICKED_INDEX = {"一": 0, "1": 0, "first": 0, "1st": 0, "二": 1, "2": 1, "second": 1, "2nd": 1}
_PICKED_INDEX |= {"三": 2, "3": 2, "third": 2, "3rd": 2}
_LISTED = compile_fast(r"[ \t]+/[ \t]+|[;；]|\n")


def set_aside_unpicked(scan: Scan) -> None:
    """Claims the requests of a list the customer did not pick, so only the picked one is read."""
    if not scan.has_any(_PICK_WORDS):
        return
    picked = _PICKED.search(scan.norm)
    if picked is None:
        return
    index = _PICKED_INDEX[(picked.group(1) or picked.group(2)).lower()]
    starts = [0, *(match.end() for match in _LISTED.finditer(scan.norm, 0, picked.start()))]
    ends = [*(start for start in starts[1:]), picked.start()]
    parts = [
        (start, end)
        for start, end in zip(starts, ends, strict=True)
        if scan.norm[start:end].strip()
    ]
    if len(parts) < 2 or index >= len(parts):
        return
    for number, (start, end) in enumerate(parts):
        if number != index:
            scan.claim(start, end)
    scan.claim(*picked.span())
