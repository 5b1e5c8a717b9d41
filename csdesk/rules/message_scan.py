"""What the message readers share: the normalized text, the spans already read, the results.

Readers run in a fixed order and claim the characters they read, so "40HQ" is never also a
weight of 40 and a port's name inside a pickup address is not taken for the POL.
"""

from __future__ import annotations

import bisect
import re
import threading
from typing import Any, NamedTuple, cast

from csdesk.rules.cue_keys import CueKeys, build_keys, message_bits
from csdesk.rules.fastre import Cue, compile_fast, compile_plain
from csdesk.rules.textnorm import normalize

Span = tuple[int, int]
# Numbers as customers write them: 18000, 18,000, 18.5 (a Chinese numeral is read separately).
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# A run of read characters of each length up to 64, made once (most spans are short).
_ONES = tuple(b"\x01" * length for length in range(65))
# Each confidence rounded to two places as `put` keeps it: `round(x, 2)` formats the float,
# several times the cost of looking the answer up (a parse keeps a dozen, of a few values).
_ROUNDED: dict[float, float] = {}
_new_field = tuple.__new__
_bisect_left = bisect.bisect_left
# A clause ends at these; labels and cues never reach across them.
CLAUSE_END = compile_fast(r"[\n;。!?]")


# "说错了 是到洛美", "sorry I mean Tema", "correction: POD Dar es Salaam", "不好意思打错了
# 是3300美金": the value said after one of these replaces the one said before it.
_CORRECTION = compile_fast(
    r"说错了|打错了|写错了|搞错了|弄错了|错了|不对|更正|纠正|改一下|改成|改为|应该是|不好意思"
    r"|抱歉|[哦噢啊呃]不|sorry|oops|my bad|correction|corrected|i mean|i meant|make (?:it|that)"
    r"|should be|amend|revised"
    r"|no wait|oh wait"
    # "PS:刚问了工厂 是17吨", "So now 15 pallets", "weight is now 11 tons": a postscript or an
    # update saying the figure.
    r"|(?<![a-z])p\.?s\.?\s*[:：]|(?<![a-z])(?:so|is|are)\s+now(?![a-z])"
    # "两吨多吧 算两吨五": a rough figure, then the one to count with.
    r"|吧\s*[,，]?\s*(?:就)?(?:算|按)"
    # "5托 3方 等下 是6托", "下周三出 还是下周五吧": a second thought said at the end.
    r"|等下|等一下|等等|还是(?=[^吧\n]{1,10}吧)"
    # "原来说10箱 现在加到15箱": the count raised or lowered to.
    r"|(?:增加|减少)?(?:加到|减到|增加到|减少到)"
    # "pls ignore the 8t, it is 11t": what is set aside, then the figure meant.
    r"|ignore\b[^,，。\n]{0,16}[,，]"
    # "27 tons? no, 26 tons each", "化肥? 不是 是盐": a figure or a name asked about, then denied.
    r"|[?？]\s*(?:no|nope|不是|不不)(?![a-z])\s*[,，:：—–-]?"
    # "1x20GP de sillas, no, mejor 1x40HC", "no, better 2x40HQ": no, rather this.
    r"|(?<![a-z])(?:no|n[ãa]o|non), (?:mejor|melhor|better|rather|plut[ôo]t)(?![a-z])",
    re.I,
)
# "等下 是6托 3.6方": the figures said after one correction, one after the other.
_CORRECTED_RUN = compile_plain(
    r"[\s,，、:：]*(?:是|为|is|it'?s|it\s+is)?(?:[\s,，、]*\d+(?:\.\d+)?(?![\d.])(?:\s*[^\W\d_]{1,10})?)*[\s,，、]*"
    # "改成2x40HQ 每柜10吨": the boxes said again, then the figure for each.
    r"(?:(?<=[\s,，、])(?:每个?柜|每个)\s*)?"
)
# A correction reaches the value right after it, with no figure between.
_CORRECTION_REACH = 24


def cue_words(*words: str) -> re.Pattern[str]:
    """Any of `words` (written case-folded) as one pattern, for `Scan.has_any`, which answers
    it from one pass per message over the words of every cue (see `Scan.cue_bits`); the pattern
    itself, shaped as a trie, is compiled only for a reader that searches with it."""
    cue = Cue(words)
    with _LOCK:
        # A bit for each cue, and each word the bits of the cues holding it: a message's bits
        # (a cue's for each cue it holds a word of) run to some 70, not one per word (~800),
        # and the ints made from them some 60 times a message are that much cheaper.
        bit = 1 << len(_CUES)
        for word in words:
            if word:
                _BITS[word] = _BITS.get(word, 0) | bit
        cue.bits = bit
        _CUES.append(cue)
        _EVERY.clear()
    return cast("re.Pattern[str]", cue)


# The bits of the cues holding each word; every cue made.
_BITS: dict[str, int] = {}
_CUES: list[Cue] = []
_LOCK = threading.Lock()
# Built on first use (see `_cue_keys`).
_EVERY: list[CueKeys] = []


def _cue_keys() -> CueKeys:
    if _EVERY:
        return _EVERY[0]
    with _LOCK:
        keys = build_keys(_BITS)
        _EVERY[:] = [keys]
    return keys


CORRECTION_CUES = cue_words(
    "错了",
    "不对",
    "更正",
    "纠正",
    "改一下",
    "改成",
    "改为",
    "应该是",
    "不好意思",
    "抱歉",
    "sorry",
    "oops",
    "my bad",
    *("no, mejor", "no, better", "no, rather", "non, plutôt", "não, melhor", "nao, melhor"),
    "correct",
    "i mean",
    "make it",
    "make that",
    "should be",
    "amend",
    "revised",
    "哦不",
    "噢不",
    "啊不",
    "呃不",
    "wait",
    "等下",
    "等一下",
    "加到",
    "减到",
    "等等",
    "还是",
    "ignore",
    "? no",
    "?no",
    "? 不",
    "吧算",
    "吧 算",
    "吧，算",
    "就算",
    "就按",
    "吧按",
    "吧 按",
    "ps:",
    "ps：",
    "p.s.",
    "so now",
    "is now",
    "are now",
    "?不",
    "？不",
    "？ 不",
)


# Named tuples rather than frozen dataclasses: a parse makes a dozen of them, and a tuple is
# made several times faster.
class ParsedField(NamedTuple):
    """A field read from a message: its value, where it was read, and how sure the reader is."""

    name: str
    value: Any
    spans: tuple[Span, ...]
    confidence: float

    def source(self, text: str) -> str:
        return " / ".join(text[start:end] for start, end in self.spans)


class Question(NamedTuple):
    """A reading the parser will not choose alone: the agent is asked, with what was written
    (`spans`), the readings it could be (the likeliest first) and why (`reason`, a key of the
    intake.question.* strings: "port", "date_order", "count", "range", "weight_unit")."""

    name: str
    spans: tuple[Span, ...]
    readings: tuple[Any, ...]
    reason: str

    def source(self, text: str) -> str:
        return " / ".join(text[start:end] for start, end in self.spans)


class Scan:
    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = norm = normalize(text)
        # One byte per character of the text, 1 once a reader has read it.
        self.claimed = bytearray(len(text))
        self.found: dict[str, ParsedField] = {}
        # (most messages are one clause: five looks in C tell so before any pattern runs)
        self.breaks = (
            [match.start() for match in CLAUSE_END.finditer(norm)]
            if "\n" in norm or "。" in norm or ";" in norm or "!" in norm or "?" in norm
            else []
        )
        self.questions: list[Question] = []
        # Every container type named, where, as read: figures "per box" on mixed equipment
        # find the type they were said for.
        self.box_mentions: list[tuple[int, int, str]] = []
        # Where a quoted earlier mail starts that the new part points at ("same as below"):
        # a port the new part names replaces the quote's of the same side.
        self.quoted_from: int | None = None
        # The normalized text case-folded as `re.I` folds it: for a reader to ask cheaply
        # whether a word its patterns cannot match without is in the message at all.
        self.folded = folded = norm.casefold()
        # The bits of every cue word in the message, found in one pass for all the cues.
        # Worked out here rather than on first use: every parse asks (its second reader), and
        # a plain attribute is read several times faster than one behind a descriptor, which
        # Python 3.11 looks up in full each time (readers ask some 40 times a message).
        self.cue_bits = message_bits(_cue_keys(), folded)
        # Where each correction word of the message ends. Worked out here too: most messages
        # hold none (no pattern runs), and an attribute kept on first use went through the
        # instance's __dict__, which then stops Python 3.11 from reading any attribute of
        # the scan the fast way for the rest of the parse.
        self.corrections: list[int] = (
            [match.end() for match in _CORRECTION.finditer(norm)]
            if self.has_any(CORRECTION_CUES)
            else []
        )

    def has_any(self, cue: re.Pattern[str]) -> bool:
        """Whether one of the words of `cue` (from `cue_words`) is in the message: a pattern
        that cannot match without one of them is not run on a message holding none. All cues
        are answered from one search per message (`cue_bits`) rather than one search each."""
        try:
            bits: int = cue.bits  # type: ignore[attr-defined]
        except AttributeError:  # a pattern not made by cue_words
            return cue.search(self.folded) is not None
        return (self.cue_bits & bits) != 0  # (a comparison: cheaper than calling bool)

    def corrected(self, start: int, since: int = 0) -> bool:
        """Whether a correction said after `since` stands just before `start`, with no figure
        between it and `start` ("不对 是12件", "sorry, it's 10 pallets")."""
        for end in self.corrections:
            reached = since <= end <= start and start - end <= _CORRECTION_REACH
            if reached and (
                not any(char.isdigit() for char in self.norm[end:start])
                or _CORRECTED_RUN.fullmatch(self.norm, end, start) is not None
            ):
                return True
        return False

    def is_free(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start if start > 0 else 0, end) < 0

    def claim(self, start: int, end: int) -> None:
        claimed = self.claimed
        if start < 0:
            start = 0
        if end > len(claimed):
            end = len(claimed)
        if start < end:
            claimed[start:end] = (
                _ONES[end - start] if end - start <= 64 else b"\x01" * (end - start)
            )

    def put(
        self, name: str, value: Any, spans: list[Span] | tuple[Span, ...], confidence: float
    ) -> None:
        """Keep a field unless one read with more confidence is already there."""
        current = self.found.get(name)
        if current is not None and current.confidence >= confidence:
            return
        # `_rounded(confidence)`, its look-up written out for a float seen before (most are)
        rounded = _ROUNDED.get(confidence) if type(confidence) is float else None
        if rounded is None:
            rounded = _rounded(confidence)
        self.found[name] = _new_field(ParsedField, (name, value, tuple(spans), rounded))

    def ask(
        self,
        name: str,
        spans: list[Span] | tuple[Span, ...],
        readings: tuple[Any, ...],
        reason: str,
    ) -> None:
        """Offer an ambiguous reading to the agent as a question (once per field)."""
        if all(question.name != name for question in self.questions):
            self.questions.append(Question(name, tuple(spans), readings, reason))

    def clause_start(self, position: int) -> int:
        """Where the clause holding `position` begins."""
        index = bisect.bisect_left(self.breaks, position)
        return self.breaks[index - 1] + 1 if index else 0

    def clause_end(self, position: int) -> int:
        index = bisect.bisect_left(self.breaks, position)
        return self.breaks[index] if index < len(self.breaks) else len(self.norm)

    def before(self, position: int, width: int) -> str:
        """Up to `width` characters before `position` within its clause."""
        breaks = self.breaks
        index = _bisect_left(breaks, position)  # clause_start, without a call
        start = breaks[index - 1] + 1 if index else 0
        return self.norm[start if start > position - width else position - width : position]

    def after(self, position: int, width: int) -> str:
        return self.norm[position : min(self.clause_end(position), position + width)]

    def first_free(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The first match of `pattern` on characters no reader has read yet."""
        claimed = self.claimed
        for match in pattern.finditer(self.norm):
            if claimed.find(1, *match.span()) < 0:
                return match
        return None

    def free_matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        claimed = self.claimed
        return [
            match for match in pattern.finditer(self.norm) if claimed.find(1, *match.span()) < 0
        ]

    def free_matches_between(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Matches on unread characters, looking again after a read stretch a match ran into
        ("联合国编号一七八九二十吨": the weight 二十吨 after the UN number read before it)."""
        claimed, norm = self.claimed, self.norm
        found: list[re.Match[str]] = []
        position = 0
        while (match := pattern.search(norm, position)) is not None:
            blocked = claimed.find(1, *match.span())
            if blocked < 0:
                found.append(match)
                position = max(match.end(), position + 1)
                continue
            position = claimed.find(0, blocked)
            if position < 0:
                break
        return found


def _rounded(confidence: float) -> float:
    """`round(confidence, 2)`, looked up for a float seen before (a positive one: -0.0 and 0.0
    are one key, and an int would come back a float)."""
    if type(confidence) is not float or not confidence > 0:
        return round(confidence, 2)
    rounded = _ROUNDED.get(confidence)
    if rounded is None:
        rounded = round(confidence, 2)
        if len(_ROUNDED) < 4096:
            _ROUNDED[confidence] = rounded
    return rounded
