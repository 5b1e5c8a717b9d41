"""A reply that changes part of a request it quotes: "Please change to 3x40HQ, all else same",
"Customer now wants 2x40RF instead", "Further to below, 40HC instead of 40GP", "转发：【…】客户刚说
改成…", "改成下周五出 其他不变「…」".

The quoted request gives every field the reply does not name; the reply gives the ones it
changes. Each part is read on its own, the other blanked out at the same length (so every span
still points at the customer's text), and the two readings are merged field by field.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from csdesk.rules.fastre import compile_fast
from csdesk.rules.inquiry_fields import ContainerLine
from csdesk.rules.message_scan import ParsedField, Question, cue_words
from csdesk.rules.message_thread import THREAD_START
from csdesk.rules.textnorm import normalize, parse_count

# What a reply says when it changes part of the request below it and keeps the rest.
_REVISES = compile_fast(
    r"all else (?:is )?(?:the )?same|(?<![a-z])rest (?:is |are )?(?:the )?same|rest unchanged"
    r"|(?:other|all other) (?:details|info\w*|things?|terms)(?: (?:are|is|remain|stay|as))?"
    r" (?:the )?(?:same|unchanged|below|as below)|everything else (?:is |stays )?(?:the )?same"
    r"|same weight|same \d+\s*(?:tons?|t|kgs?)"
    r"|(?:please |pls |kindly )?change[ds]? (?:it |them )?to"
    r"|now wants?|instead of|(?:please|pls|kindly) revise|further to (?:the )?below"
    r"|same (?:commodity|goods|cargo|route|details|pol|pod)|add (?:one more|another)"
    r"|(?<![a-z])rest (?:is |are )?(?:as (?:before|below|per below)|unchanged)|one correction"
    # "Sorry, correction: it is 14 cartons, not 12", "Customer now confirms …".
    r"|customer (?:now )?confirms|(?<![a-z])correction(?![a-z])"
    r"|(?:ignore|disregard) (?:my|our|the) (?:e-?mail|mail|message) below"
    r"|(?<![a-z])add(?:ing)? (?=\d)"
    # "Update on the inquiry below: cargo now ready 21/12": the request below, changed.
    r"|update (?:on|to) (?:the|my|our) (?:inquiry|enquiry|request|rfq|quote request) below"
    # "cargo ready date moved to 22/12, weight is now 24 MT per box", "further to my mail
    # below, … switch to CIF", "el cliente confirma: no son 2 sino 1", "补充一下：每柜12吨".
    r"|(?<![a-z])(?:moved|postponed) to|(?:is|are) now|switch(?:ed)? to"
    r"|further to (?:my|our) (?:e-?mail|mail|message) below|confirma[:,]?\s|(?<![a-z])sino(?![a-z])"
    r"|mismo peso|misma carga|补充一下|补充[:：]"
    r"|其他不变|其余不变|其它不变|别的不变|其他都?一样|改成|改为|换成"
    # "your rate is too high, can you do 2,000?": the request below, bargained over.
    r"|too high|can you do (?:usd\s*)?\d|太高了?|能不能做到"
    # "Cambio: ahora son 2x40HC en vez de 1x40HC. Lo demás igual.", "corrijo: son 2, no uno",
    # "o resto igual", "le reste inchangé", "au lieu de": the same, in Spanish, Portuguese, French.
    r"|(?:lo|todo lo) dem[aá]s (?:sigue |queda |es )?igual|(?:el|o) resto (?:sigue |queda |fica "
    r"|continua |é |es )?igual|(?:tout )?le reste (?:est |reste )?(?:inchang[ée]|pareil|identique)"
    r"|en vez de|en lugar de|em vez de|no lugar de|au lieu de|(?<![a-z])corrij[oa](?![a-z])"
    r"|(?<![a-z])corrig[eé](?![a-z])|(?<![a-z])corre(?:[çc][aã]o|cci[oó]n)(?![a-z])",
    re.I,
)
_REVISE_WORDS = cue_words(
    "same",
    "unchanged",
    "change",
    "update",
    "instead",
    "now want",
    "revise",
    "further to",
    "as before",
    "correction",
    "as below",
    "ignore",
    "confirms",
    "add",
    "不变",
    "一样",
    "改成",
    "改为",
    "换成",
    "moved",
    "postponed",
    "now",
    "switch",
    "confirma",
    "sino",
    "mismo",
    "misma",
    "补充",
    "too high",
    "can you do",
    "太高",
    "能不能做到",
    "igual",
    "reste",
    "vez de",
    "lugar de",
    "au lieu",
    "corrij",
    "corrig",
    "correç",
    "correc",
)
# A request quoted in brackets in a chat: "转发：【宁波到拉各斯 2x40HQ 家具】", "「青岛到德班…」".
_BRACKET_QUOTE = compile_fast(r"[「【]([^」】]{8,})[」】]")
_THREAD_CUE = cue_words(">", "wrote", "original message", "sent:", "date:", "写道", "「", "【")
# "add 1x20GP, 12 tons": boxes added to those of the request.
_ADD = compile_fast(
    r"(?<![a-z])(?:(?:add|adding)(?:\s+(?:one|another|1)(?:\s+more)?)?|plus one more|one more)\s+$"
    r"|(?:再加|另加|加上|加)\s*(?:一个|[1１])?\s*$",
    re.I,
)
# "改成两个柜", "make it 3 containers": the request's boxes, counted again.
_RECOUNT = compile_fast(
    r"(?:改成|改为|换成|make it|change(?:d)? (?:it )?to)\s*(\d{1,2}|[一二两三四五六七八九十])\s*"
    r"(?:个柜|个|柜|containers?|boxes|units|cntrs?)",
    re.I,
)
# A price in the quoted request is the customer's target only when it says so.
_TARGET_SAID = compile_fast(r"target|tgt|budget|目标|心理价|预算|objetivo|alvo|cible", re.I)
# ...and our rate quoted back says how long it holds or what it includes.
_OUR_RATE = compile_fast(
    r"valid|all[\s-]*in(?![a-z])|有效期|全包|(?<![a-z])(?:o/?f|ocean freight|tarifa|tarif|frete"
    r"|our rate|we offer)(?![a-z])"
    # "> Estimado Luis, 2x20GP USD 1.950/cont.", "报价USD4200/柜": a rate per box, quoted back.
    r"|报价\s*(?:usd|us\$|\$|rmb|美金)|(?:usd|us\$|\$|eur|€)\s*[\d.,]+\s*/\s*(?:cont|cntr|ctnr|box|柜)",
    re.I,
)
_UNITS = compile_fast(r"(?<![a-z])units?(?![a-z])", re.I)

_QUOTED_LINES = compile_fast(r"(?:[ \t]*>[^\n]*(?:\n|$))+")

Fields = dict[str, ParsedField]


def _blank(text: str, start: int, end: int) -> str:
    """`text` with [start, end) blanked out, line breaks kept: each character becomes a full
    stop, which ends any value or clause running into it (spaces would let the readers'
    patterns backtrack over long blank runs)."""
    hidden = re.sub(r"[^\n]", "。", text[start:end])
    return text[:start] + hidden + text[end:]


def revision_parts(text: str) -> tuple[str, str] | None:
    """The reply and the quoted request it revises, each with the other blanked out; None when
    the message is no such reply."""
    if "\n" not in text and "【" not in text and "「" not in text:
        return None  # no quote: most chat messages
    folded = text.casefold()
    if _REVISE_WORDS.search(folded) is None or _THREAD_CUE.search(folded) is None:
        return None
    quote = _quote(normalize(text))
    if quote is None:
        return None
    start, end = quote
    reply = _blank(text, start, end)
    if _REVISES.search(normalize(reply)) is None:
        return None
    return reply, _blank(_blank(text, 0, start), end, len(text))


def _quote(norm: str) -> tuple[int, int] | None:
    for match in THREAD_START.finditer(norm):
        if norm[: match.start()].strip():
            # "> 1x40HQ, 25 tons\nPlease revise: now 2x40HQ": lines quoted with ">" end where
            # the reply goes on under them.
            marked = match.group().endswith(">")
            after = _QUOTED_LINES.match(norm, match.start()) if marked else None
            if after is not None and norm[after.end() :].strip():
                return match.start(), after.end()
            return match.start(), len(norm)
    bracket = _BRACKET_QUOTE.search(norm)
    return bracket.span() if bracket is not None else None


def merge(reply: Fields, quoted: Fields, text: str, quote: str = "") -> Fields:
    """The quoted request's fields, with the ones the reply changes; `text` is the reply's (the
    quote blanked out), `quote` the quoted part's."""
    fields = dict(quoted)
    ours = _OUR_RATE.search(quote) is not None and _TARGET_SAID.search(quote) is None
    if "target_price" in quoted and ours:
        # "> SZ-Lagos 1x40HC USD 2,650 valid till 15/12": our rate quoted back, no target.
        fields.pop("target_price")
        fields.pop("currency", None)
    for name, field in reply.items():
        keep = _KEEP_QUOTED.get(name)
        if name in quoted and keep is not None and keep(field, reply):
            continue
        fields[name] = field
    _pieces_recounted(fields, reply, quoted)
    _units_are_boxes(fields, reply, quoted, text)
    _recounted(fields, reply, quoted, text)
    _boxes_added(fields, reply, quoted, text)
    _weight_per_box(fields, reply, quoted)
    _loose_to_boxes(fields, reply, quoted)
    _new_weight_per_box(fields, reply, quoted, text)
    return fields


# "the weight is now 18 tons per container", "每柜改成22吨": a new figure for each box.
_PER_BOX_WEIGHT = compile_fast(
    r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s*(?:tons?|mts?|t|吨)\s*"
    r"(?:per\s*(?:container|cntr|box)|each|/\s*(?:cntr|container|柜)|每柜|一柜)"
    r"|(?:每柜|每个柜)\s*(?:改成|改为|是)?\s*(\d{1,2}(?:\.\d{1,2})?)\s*(?:吨|t)",
    re.I,
)


def _new_weight_per_box(fields: Fields, reply: Fields, quoted: Fields, text: str) -> None:
    """ "Update on the inquiry below: weight is 18 tons per container": the request's boxes,
    at the weight per box the reply gives (a figure per box the reply alone cannot total)."""
    boxes = quoted.get("containers")
    if boxes is None or "containers" in reply:
        return  # "补充一下：每柜12吨" read alone is 12 t; said per box, it is per box
    said = _PER_BOX_WEIGHT.search(text)
    if said is None:
        return
    tons = float(said.group(1) or said.group(2))
    total = tons * 1000 * sum(line.qty for line in boxes.value)
    spans = ((said.start(), said.end()), *boxes.spans)
    fields["weight_kg"] = ParsedField("weight_kg", total, spans, 0.7)


def _loose_to_boxes(fields: Fields, reply: Fields, quoted: Fields) -> None:
    """ "please quote 1x20GP instead of LCL": the pallets and cubic metres of the quoted
    consolidation are not the boxes' cargo."""
    mode = quoted.get("mode")
    if mode is None or mode.value != "LCL" or "containers" not in reply:
        return
    for name in ("pieces", "volume_cbm"):
        if name not in reply:
            fields.pop(name, None)


# A reply's reading that does not replace the request's: goods read only by position next to
# words of the reply ("all else same"), a mode said by no box, DG not mentioned.
_KEEP_QUOTED: dict[str, Callable[[ParsedField, Fields], bool]] = {
    "commodity": lambda field, reply: field.confidence < 0.8,
    "mode": lambda field, reply: "containers" not in reply,
    "dg": lambda field, reply: not field.value,
    "pieces": lambda field, reply: "containers" not in reply,
}


def _pieces_recounted(fields: Fields, reply: Fields, quoted: Fields) -> None:
    """ "correction: it is 14 cartons, not 12" over a consolidation of loose pieces: the
    pieces counted anew (over boxes, a count in the reply is kept as the request's)."""
    pieces = reply.get("pieces")
    if pieces is not None and "containers" not in quoted and "containers" not in reply:
        fields["pieces"] = pieces


def _units_are_boxes(fields: Fields, reply: Fields, quoted: Fields, text: str) -> None:
    """ "customer confirms 2 units now": units of one kind of box the request named."""
    pieces, boxes = reply.get("pieces"), quoted.get("containers")
    if pieces is None or boxes is None or "containers" in reply or len(boxes.value) != 1:
        return
    start, end = pieces.spans[0]
    if _UNITS.search(text, start, end + 8) is None:
        return
    line = ContainerLine(boxes.value[0].type, int(pieces.value))
    fields["containers"] = ParsedField("containers", [line], pieces.spans, pieces.confidence)
    fields.pop("pieces", None)


def _recounted(fields: Fields, reply: Fields, quoted: Fields, text: str) -> None:
    """ "【青岛到德班 1x20GP …】 改成两个柜": the one kind of box the request named, counted
    anew."""
    boxes = quoted.get("containers")
    if boxes is None or "containers" in reply or len(boxes.value) != 1:
        return
    said = _RECOUNT.search(normalize(text))
    count = parse_count(said.group(1)) if said is not None else None
    if said is None or not count:
        return
    line = ContainerLine(boxes.value[0].type, count)
    fields["containers"] = ParsedField("containers", [line], (said.span(),), 0.8)


def _boxes_added(fields: Fields, reply: Fields, quoted: Fields, text: str) -> None:
    """ "add 1x20GP, 12 tons": the request's boxes and weight, and the added ones."""
    added, boxes = reply.get("containers"), quoted.get("containers")
    if added is None or boxes is None:
        return
    start = added.spans[0][0]
    if _ADD.search(normalize(text[max(0, start - 12) : start])) is None:
        return
    lines = [*boxes.value, *added.value]
    sure = min(added.confidence, boxes.confidence)
    fields["containers"] = ParsedField("containers", lines, (*boxes.spans, *added.spans), sure)
    weight, before = reply.get("weight_kg"), quoted.get("weight_kg")
    if weight is not None and before is not None:
        total = before.value + weight.value
        spans = (*before.spans, *weight.spans)
        fields["weight_kg"] = ParsedField("weight_kg", total, spans, weight.confidence)


def _weight_per_box(fields: Fields, reply: Fields, quoted: Fields) -> None:
    """ "change to 3x40HQ, all else same" under "9 tons per container": the weight per box
    stays, the boxes change."""
    boxes, before, weight = (
        reply.get("containers"),
        quoted.get("containers"),
        quoted.get("weight_kg"),
    )
    if boxes is None or before is None or weight is None or "weight_kg" in reply:
        return
    if len(before.value) != 1 or before.spans[0] not in weight.spans[1:]:
        return  # the request's weight was no figure per box
    if fields["containers"] is not boxes or {line.type for line in boxes.value} != {
        before.value[0].type
    }:
        return  # "1x40HQ instead of 2x20GP": the goods moved to other boxes weigh the same
    per_box = weight.value / before.value[0].qty
    total = per_box * sum(line.qty for line in boxes.value)
    spans = (weight.spans[0], *boxes.spans)
    fields["weight_kg"] = ParsedField("weight_kg", total, spans, weight.confidence)


def questions(reply: list[Question], quoted: list[Question], fields: Fields) -> list[Question]:
    """The questions of both parts, but not one about a field the reply has settled."""
    return [*reply, *(question for question in quoted if question.name not in fields)]
