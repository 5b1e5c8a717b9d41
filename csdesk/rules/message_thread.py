"""What a message says that is not the inquiry, set aside before any reader runs.

An e-mail read newest part first: the quoted thread under a reply and the signature under
the closing are set aside before any reader runs, so the rate quoted last week, the ports of
the office's letterhead and the sender's name are not read as the new inquiry.

The quoted part stays readable when the new part points at it ("see below", "如下") or holds
no figure of an inquiry (a bare "FW: pls quote" over a signature with a phone number).
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_interleaved import set_aside_interleaved
from csdesk.rules.message_scan import Scan, cue_words

# Where the earlier mail starts: a separator line, the client's "On ... wrote:", a header
# block ("From: ... Sent: ..."), or the first line quoted with ">".
_THREAD_START = compile_fast(
    r"^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|mensaje original|message d'origine"
    r"|mensagem original|ursprüngliche nachricht|原始邮件|转发邮件)[ \t]*-{2,}"
    r"|-*[ \t]*(?:on|el|em|le|am)[ \t][^\n]{4,120}(?:wrote|escribió|escreveu|a écrit|schrieb)"
    r"[ \t]*(?::|-{2,})"
    r"|在[^\n]{4,80}写道[ \t]*[:：]"
    r"|(?:from|发件人|de|von)[ \t]*[:：][^\n]*\n"
    r"[ \t]*(?:sent|date|发送时间|日期|enviado|enviada|gesendet|envoyé)[ \t]*[:：]"
    r"|>)",
    re.I | re.M,
)
THREAD_START = _THREAD_START
# The new part points at the quoted one: it is part of the inquiry then.
_REFERS_BELOW = compile_fast(
    r"(?<![a-z])(?:see|per|as|in|find)\s+(?:the\s+)?(?:mail\s+|e-?mail\s+|message\s+)?"
    r"(?:below|trail|thread)|below (?:mail|e-?mail|inquiry|request|details|message)"
    r"|(?:quote|check|advise|offer)\s+(?:the\s+|for\s+)?(?:inquiry\s+|request\s+)?below"
    r"|same as (?:below|before|last)|如下|见下|下面的?(?:邮件|询价|信息)|同下",
    re.I,
)
_THREAD_WORDS = cue_words(
    "original message",
    "forwarded message",
    "mensaje original",
    "message d'origine",
    "mensagem original",
    "ursprüngliche",
    "原始邮件",
    "转发邮件",
    "wrote",
    "escribió",
    "escreveu",
    "a écrit",
    "schrieb",
    "写道",
    "sent:",
    "date:",
    "发送时间",
    "日期",
    "enviad",
    "gesendet",
    "envoyé",
    ">",
)
# A closing on a line of its own (a name may follow it on that line: "Thanks, Kofi").
_CLOSING = compile_fast(
    r"^[ \t]*(?:(?:best|kind|warm|warmest|with best|many thanks and|thanks and|thanks &)\s+regards"
    r"|regards|best|br|b\.r\.|rgds|brgds|thanks|thank you|thx|many thanks|cheers|sincerely"
    r"|yours sincerely|yours faithfully|cordialement|saludos(?: cordiales)?|atentamente|abraços"
    r"|abraço|obrigad[oa]|atenciosamente|grüße|mit freundlichen grüßen|此致敬礼|此致|顺祝商祺|祝好)"
    r"[ \t]*[,，.!！]?[ \t]*(?-i:[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2})?[ \t]*$",
    re.I | re.M,
)
_CLOSING_WORDS = cue_words(
    "regards",
    "best",
    "br",
    "rgds",
    "thanks",
    "thank you",
    "thx",
    "cheers",
    "sincerely",
    "faithfully",
    "cordialement",
    "saludos",
    "atentamente",
    "abraço",
    "obrigad",
    "atenciosamente",
    "grüße",
    "此致",
    "顺祝",
    "祝好",
)
# A signature holds no inquiry: a line with a field label, a box or a weight is not one.
# A figure of an inquiry: boxes, a count times a size, a weight or a volume.
_FIGURE = (
    r"\d\s*[x*×]\s*\d|(?<![a-z])(?:20|40|45)\s*'?\s*(?:gp|hq|hc|rf|ot|fr|ft)(?![a-z])"
    r"|\d\s*(?:tons?|mt|kgs?|cbm|吨|公斤|方)(?![a-z])|[一二两三四五六七八九十]个(?:柜|高柜|小柜|四十尺|二十尺)"
    # "还是两个40尺冷柜，每柜二十五吨": a size in 尺 and a weight in Chinese numerals.
    r"|(?:20|40|45)\s*(?:尺|呎)|[一二两三四五六七八九十]\s*吨"
)
_HAS_FIGURE = compile_fast(_FIGURE, re.I)
_NOT_SIGNATURE = compile_fast(
    r"(?:^|\n)[ \t]*(?:pol|pod|commodity|goods|cargo|weight|equipment|container|shipper|ready"
    r"|origin|destination|etd|eta|target|budget|price|hs\s*code|un\s*no|class|temp(?:erature)?"
    r"|dims?|dimensions|volume|pieces|pallets|qty|quantity|incoterms?|terms|consignee|pickup"
    r"|品名|起运港|目的港|货物|重量|货好|目标价|提货地址)\s*[:：]"
    r"|(?<![a-z])(?:usd|us\$|\$)\s*\d|\d\s*(?:usd|美金|美元)|\d{1,2}/\d{1,2}/\d{2,4}"
    rf"|{_FIGURE}",
    re.I,
)
_SIGNATURE_LINES = 8
_SIGNATURE_LINE_WIDTH = 80


def set_aside_thread(scan: Scan) -> None:
    """Claim the quoted thread and the signature of an e-mail, so no reader takes them."""
    norm = scan.norm
    if "\n" not in norm:
        return
    end = len(norm)
    if norm.lstrip().startswith(">") and set_aside_interleaved(scan):
        if scan.has_any(_CLOSING_WORDS):
            _set_aside_signature(scan, end)
        return
    if scan.has_any(_THREAD_WORDS):
        end, kept = _thread_start(norm)
        scan.claim(end, len(norm))
        if kept:
            # "Same as below, but from Qingdao": what the new part names wins over the quote.
            scan.quoted_from = end = kept
            _set_aside_our_rate(scan, kept)
    if scan.has_any(_HEADER_WORDS):
        for header in _HEADER.finditer(norm):
            scan.claim(*header.span())
    if scan.has_any(_FROM_WORDS):
        for header in _FROM_THEN_DATE.finditer(norm):
            scan.claim(*header.span(1))
    if scan.has_any(_CLOSING_WORDS):
        _set_aside_signature(scan, end)


# A mail's header line: who sent it and when is no figure of the inquiry ("Sent: Wednesday,
# December 9, 2026" is no cargo date).
_HEADER = compile_fast(
    r"^[ \t>]*(?:(?:sent|发送时间|enviado|gesendet|envoyé)[ \t]*[:：]"
    r"|-*[ \t]*(?:on|el|em|le|am)[ \t][^\n]{4,120}(?:wrote|escribió|escreveu|a écrit|schrieb))"
    r"[^\n]*",
    re.I | re.M,
)
# "From: Sandra\nDate: 25/11/2026": the date a quoted mail was sent, under its sender.
_FROM_THEN_DATE = compile_fast(
    r"^[ \t>]*(?:from|发件人)[ \t]*[:：][^\n]*\n(?:[ \t>]*[^\n:：]{2,12}[:：][^\n]*\n){0,3}?"
    r"([ \t>]*(?:date|日期|时间|fecha|data)[ \t]*[:：][^\n]*)",
    re.I | re.M,
)
_FROM_WORDS = cue_words("from:", "from :", "发件人")
_HEADER_WORDS = cue_words(
    "sent", "发送时间", "enviad", "gesendet", "envoy", "wrote", "escri", "écrit", "schrieb"
)


def _thread_start(norm: str) -> tuple[int, int]:
    """Where the quoted earlier mail starts (the end of the text when it stays readable), and
    where it starts when it stays readable (0 when it does not)."""
    for match in _THREAD_START.finditer(norm):
        start = match.start()
        new_part = norm[:start]
        if not new_part.strip():
            continue  # a forwarded mail with nothing written above it: the quote is the inquiry
        # (A phone number in the new part's signature is no figure of an inquiry.)
        if _REFERS_BELOW.search(new_part) or _HAS_FIGURE.search(new_part) is None:
            return len(norm), start
        return start, 0
    return len(norm), 0


def _set_aside_signature(scan: Scan, end: int) -> None:
    """The lines under the last closing before `end`, when they read as a signature."""
    closings = list(_CLOSING.finditer(scan.norm, 0, end))
    if not closings:
        return
    closing = closings[-1]
    block = scan.norm[closing.start() : end]
    lines = block.strip().split("\n")
    if len(lines) > _SIGNATURE_LINES or any(len(line) > _SIGNATURE_LINE_WIDTH for line in lines):
        return
    if _NOT_SIGNATURE.search(block):
        return
    scan.claim(closing.start(), end)


# "Same as before. > 2x40HQ Ningbo-Lagos USD 2,600/cntr valid till 15/12": the rate we quoted,
# kept readable under a reply, says how long it holds or what it includes; no target.
_OUR_RATE = compile_fast(
    r"valid|有效期|all[\s-]*in(?![a-z])|全包|(?<![a-z])o/?f(?![a-z])|our rate", re.I
)
_TARGET_SAID = compile_fast(r"target|tgt|budget|目标|心理价|预算|objetivo|alvo|cible", re.I)
_PRICE = compile_fast(r"(?:usd|us\$|\$|eur|€|rmb)\s*\d[\d.,]*|\d[\d.,]*\s*(?:usd|美金|美元)", re.I)


def _set_aside_our_rate(scan: Scan, start: int) -> None:
    quote = scan.norm[start:]
    if _OUR_RATE.search(quote) is None or _TARGET_SAID.search(quote) is not None:
        return
    for price in _PRICE.finditer(scan.norm, start):
        scan.claim(*price.span())
