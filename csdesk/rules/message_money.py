"""Reading the prices of a message: a target price with its currency, or the cargo's value.

Split from message_terms: each way of writing a price is looked for only when a word it cannot
be written without (a currency, a target's label) is in the message.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import NUM, Scan, Span, cue_words
from csdesk.rules.textnorm import CN_NUMERAL, CN_NUMERAL_CHARS, EN_NUMERAL, en_number, parse_number

# ("u$s 2.600": the dollar as Argentina and Uruguay write it)
_CURRENCY_BEFORE = r"US\$|u\$s|USD|\$|美金|美元|RMB|CNY|¥|人民币|EUR|€"
_CURRENCY_AFTER = (
    r"\$|€|USD|US\s*dollars?|dollars?|d[oó]lar(?:es)?|美金|美元|刀|RMB|CNY|元|人民币|EUR|欧元"
)
# "2 900,00 €", "3.100,00 USD": thousands set off with a space or a dot, then decimal cents.
_CENTS_NUM = r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+,\d{2}(?![\d,])"
# "8千人民币", "1万2人民币", "3千5美金": the thousands or ten-thousands, and the next digit down.
_SCALE = r"[万千][一二两三四五六七八九1-9]?(?![\d.])|k"
_MONEY = compile_fast(
    # "3 100 USD": thousands set apart by a space, as French writes them.
    # ("11/15 USD4500": the figure after a day's slash is the day's, the currency the next's)
    rf"(?:({_CURRENCY_BEFORE})\s*({_CENTS_NUM}|{NUM})\s*({_SCALE})?|(?<![\d.])(?<!\d,)(?<!\d\s)(?<!\d/)"
    # "七吨三一千七美金": the 三 is the weight's tenth (7.3 t), the price 一千七.
    rf"({_CENTS_NUM}|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,])|{NUM}"
    rf"|(?!(?<=吨)[一二两三四五六七八九][一二两三四五六七八九][千百]){CN_NUMERAL})\s*({_SCALE})?\s*"
    # ("12/14 $1100": a sign before the next figure is that figure's)
    rf"({_CURRENCY_AFTER})(?!(?<=[$€])\s*\d))(?![a-z])",
    re.I,
)
# "目标价3500", "target 1800/柜": a number right after a target's label is a price without a
# currency named.
# "目标价三千二一个柜美金": the numeral stops before the 一 of "一个柜", and the currency said
# after "a box" is the price's.
_CN_PRICE = rf"(?:(?!一个?柜|一箱)[{CN_NUMERAL_CHARS}])+"
_LABELLED_TARGET = compile_fast(
    # "our target is around 2k per box": the label's words may come two at a time.
    rf"(?:目标(?:价格?)?|心理价位?|target\s*(?:price|rate)?|(?<![a-z])tgt|budget|预算"
    rf"|(?:precio|pre[cç]o|valor)\s+(?:objetivo|alvo)|prix\s+cible|objectif(?:\s+client)?)"
    rf"(?:\s*(?:是|为|在|约|大概|about|around|is|approx\.?|approximately)){{0,2}}\s*[:：]?\s*({NUM}|{_CN_PRICE})\s*({_SCALE})?(?!\d|\.\d)"
    rf"(?:\s*(?:一个柜|一柜|每柜|每个柜|/\s*柜|一箱)?\s*(美金|美元|刀|人民币|元))?",
    re.I,
)
_PER_BOX_PRICE = compile_fast(
    rf"(?<![\d.])(?<!\d,)({NUM})\s*/\s*(?:柜|个柜|cntr|container|box)", re.I
)
_CURRENCY_CODE = {
    "us$": "USD",
    "u$s": "USD",
    "usd": "USD",
    "$": "USD",
    "美金": "USD",
    "美元": "USD",
    "刀": "USD",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "dollar": "USD",
    "dollars": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "dólar": "USD",
    "dolar": "USD",
    "eur": "EUR",
    "€": "EUR",
    "欧元": "EUR",
}
_VALUE_LABEL = compile_fast(
    r"(?:货值|货物价值|价值|发票金额|申报价值|invoice value|cargo value|goods value|value|declared"
    # "valor de la carga", "valor da mercadoria", "valeur de la marchandise": the same in
    # Spanish, Portuguese and French.
    # "Valor mercancía USD 48.000": the "de la" left out.
    r"|valor(?:\s+(?:(?:de|da|do|del)(?:\s+la)?\s+)?(?:carga|mercanc[ií]a|mercader[ií]a|mercadoria"
    r"|factura|fatura|nota))?(?:\s+declarado)?"
    # "Valeur facture : 9 800 EUR": the invoice's value in French.
    r"|valeur(?:\s+(?:de\s+la\s+)?marchandises?|\s+déclarée|\s+(?:de\s+la\s+)?facture)?)"
    # "valor FOB USD 38.000", "FOB value: USD 20,000": the value said on its terms.
    r"(?:\s*(?:FOB|CIF|EXW|CFR))?"
    # "货值是两万一美金", "货值大概是…": the value said with 是 too.
    r"(?:\s*(?:约|大概|大约|是|为|about|around|is|of|aprox\.?)){0,2}\s*[:：]?\s*$",
    re.I,
)
_TARGET_LABEL = compile_fast(
    r"目标价|心理价|target|(?<![a-z])tgt|budget|预算|希望|能做到|做到|能到|idea"
    # "precio objetivo", "preço alvo", "prix cible": the target in Spanish, Portuguese, French.
    r"|objetivo|(?<![a-z])alvo|(?<![a-z])cible|objectif",
    re.I,
)
# The label right before a price is read with it ("tgt USD1700"): it is not the goods.
_LABEL_BEFORE = compile_fast(
    r"(?<![a-z])(?:target|tgt|budget)\s*(?:price|rate)?\s*[:：]?\s*$", re.I
)
# "your rate of USD 2,250", "你们报的2300": our price said back to us.
_YOUR_RATE = compile_fast(
    r"(?<![a-z])your\s+(?:rate|price|quote|quotation|offer)\s*(?:of|is|at|was)?\s*[:：]?\s*$"
    r"|你们?报的(?:价格?)?\s*$",
    re.I,
)
# A price said about the past is not the customer's target...
_PAST_PRICE = compile_fast(r"上次|去年|以前|之前|last time|last year|previous|before", re.I)
# ...unless a target is named between them ("比上次低点 目标1500美金").
_TARGET_SAID = compile_fast(
    r"目标|心理价|target|(?<![a-z])tgt|budget|预算|objetivo|(?<![a-z])alvo|cible|objectif", re.I
)


def _amount(number_text: str, scale: str | None) -> float | None:
    said = "".join(number_text.split())
    if _CENTS.fullmatch(said):  # "3.100,00": the dots part thousands, the comma the cents
        said = said.replace(".", "").replace(",", ".")
    number = parse_number(said)
    if not number:
        return None
    if scale:
        unit = 10_000 if scale[0] == "万" else 1_000
        # "1万2" is 12,000 and "3千5" 3,500: the digit after is a tenth of the unit.
        number = number * unit + unit // 10 * (parse_number(scale[1:]) or 0)
    return number


_CENTS = compile_fast(r"\d{1,3}(?:\.?\d{3})+,\d{2}")


def _put_price(scan: Scan, span: Span, number: float, currency: str | None) -> None:
    before = scan.before(span[0], 14)
    if _VALUE_LABEL.search(scan.before(span[0], 28)):
        scan.put("cargo_value", number, [span], 0.9)
        if currency:
            scan.put("cargo_value_currency", currency, [span], 0.9)
        return
    past = _PAST_PRICE.search(before)
    if past is not None and not _TARGET_SAID.search(before, past.end()):
        return  # (not "比上次低点 目标1500美金": the target said after the past one)
    if _YOUR_RATE.search(scan.before(span[0], 24)):
        # "your rate of USD 2,250 is too high": our rate said back; its currency is the one
        # the customer bargains in, the figure is no target.
        if currency:
            scan.put("currency", currency, [span], 0.7)
        return
    confidence = 0.9 if _TARGET_LABEL.search(scan.before(span[0], 20)) else 0.8
    label = _LABEL_BEFORE.search(scan.norm, max(0, span[0] - 14), span[0])
    if label is not None:
        scan.claim(label.start(), span[0])
    if "target_price" in scan.found and scan.corrected(span[0]):
        confidence = 0.95  # "目标价3000美金 不好意思打错了 是3300美金"
    elif "target_price" in scan.found and confidence < 0.9:
        return
    scan.put("target_price", number, [span], confidence)
    if currency:
        scan.put("currency", currency, [span], confidence)


# "two thousand one hundred dollars", "three thousand USD".
_WORDED_MONEY = compile_fast(
    rf"({EN_NUMERAL})\s*(?:(US\s*dollars?|dollars?|USD|bucks)|(euros?|EUR))(?![a-z])"
    rf"|(?:(USD|US\$|\$)|(EUR|€))\s*({EN_NUMERAL})(?![a-z])",
    re.I,
)


def _worded_money(scan: Scan) -> None:
    if "thousand" not in scan.norm and "hundred" not in scan.norm:
        return
    for match in scan.free_matches(_WORDED_MONEY):
        number = en_number(match.group(1) or match.group(6))
        if number:
            scan.claim(*match.span())
            usd = match.group(2) or match.group(4)
            _put_price(scan, match.span(), float(number), "USD" if usd else "EUR")


# What each price pattern cannot match without (any one of them, in the case-folded text).
_CURRENCY_WORDS = cue_words(
    "$",
    "usd",
    "美金",
    "元",
    "rmb",
    "cny",
    "¥",
    "人民币",
    "eur",
    "€",
    "刀",
    "dollar",
    "dólar",
    "dolar",
)
_TARGET_WORDS = cue_words(
    "目标", "心理价", "target", "tgt", "budget", "预算", "objetivo", "alvo", "cible", "objectif"
)


# "目标价两千到两千二美金之间", "budget USD 1500-1800": a range of prices is asked, not filled in.
_PRICE_RANGE = compile_fast(
    r"(?:目标(?:价格?)?|心理价位?|target\s*(?:price|rate)?|(?<![a-z])tgt|budget|预算)\s*"
    r"(?:是|为|在|约|大概|about|around|is|between)?\s*[:：]?\s*"
    rf"(?:(?:{_CURRENCY_BEFORE})\s*)?({NUM}|{_CN_PRICE})\s*(?:{_CURRENCY_AFTER})?\s*(?:-|~|～|到|至|to|and)\s*"
    rf"(?:(?:{_CURRENCY_BEFORE})\s*)?({NUM}|{_CN_PRICE})(?![\d.])\s*(?:{_CURRENCY_AFTER})?(?:\s*之间)?",
    re.I,
)


def _price_range(scan: Scan) -> None:
    match = scan.first_free(_PRICE_RANGE)
    if match is None:
        return
    low, high = parse_number(match.group(1)), parse_number(match.group(2))
    if low and high and low < high:
        scan.claim(*match.span())
        scan.ask("target_price", [match.span()], (low, high), "price_range")


def read_money(scan: Scan) -> None:
    held = scan.cue_bits  # `scan.has_any(cue)` for each cue below, without a call each
    if held & _TARGET_WORDS.bits:  # type: ignore[attr-defined]
        _price_range(scan)
    _worded_money(scan)
    if held & _CURRENCY_WORDS.bits:  # type: ignore[attr-defined]
        _currency_money(scan)
    if held & _TARGET_WORDS.bits:  # type: ignore[attr-defined]
        _labelled_money(scan)
    if "/" in scan.norm and _TARGET_LABEL.search(scan.norm):
        _per_box_money(scan)
    if "target_price" not in scan.found and "千" in scan.norm and "柜" in scan.norm:
        _box_price_zh(scan)
    if "target_price" not in scan.found and held & _ASKED_WORDS.bits:  # type: ignore[attr-defined]
        _asked_price(scan)
    if "target_price" in scan.found and scan.corrections:
        _corrected_bare_price(scan)


# "一千五一个柜", "一个柜两千八": thousands said for one box, with no unit, are its price.
_ZH_THOUSANDS = "[一二两三四五六七八九]千[零一二两三四五六七八九百]*"
_BOX_PRICE_ZH = compile_fast(
    rf"(?:^|(?<=[\s,，。]))(?:({_ZH_THOUSANDS})\s*(?:一个柜|一柜|每柜)|(?:一个柜|一柜|每柜)\s*({_ZH_THOUSANDS}))"
    r"\s*(美金|美元|刀)?(?=\s|$|[,，。!！])"
)


def _box_price_zh(scan: Scan) -> None:
    for match in scan.free_matches(_BOX_PRICE_ZH):
        said = 1 if match.group(1) else 2
        number = parse_number(match.group(said))
        if number and number >= 500:
            scan.claim(*match.span())
            _put_price(scan, match.span(said), number, "USD" if match.group(3) else None)
            return


# "能做到3500吗", "2800能做吗", "can you do 2600?": a price the customer asks us to meet is
# their target, said without its label.
_ASKED_PRICE = compile_fast(
    rf"(?:能不能|能否|可不可以|可以|能)(?:做到|做|到|走)\s*({NUM}|{_CN_PRICE})(?![\d.吨方公kK件托个柜月号日天%])"
    rf"|(?<![\d.])({NUM}|{_CN_PRICE})\s*(?:能不能|能否|可不可以|可以|能)(?:做|走|接|行)?\s*(?:吗|嘛|不)"
    rf"|(?<![a-z])(?:can|could)\s+(?:you|u)\s+(?:do|make\s+it|offer|match)\s+(?:at\s+)?({NUM})"
    r"(?![\d.]|\s*(?:tons?|t|kgs?|cbm|x|days?)(?![a-z]))",
    re.I,
)
_ASKED_WORDS = cue_words("能", "可以", "can you", "could you", "can u", "could u")


def _asked_price(scan: Scan) -> None:
    for match in scan.free_matches(_ASKED_PRICE):
        said = next(index for index in (1, 2, 3) if match.group(index))
        number = parse_number(match.group(said))
        if number and 300 <= number <= 20_000:
            scan.claim(*match.span(said))
            _put_price(scan, match.span(said), number, None)
            return


# "目标价2500美金 哦不 2300": a bare number closing the clause right after a correction.
_BARE_PRICE = compile_fast(
    rf"\s*(?:是|is|it'?s)?\s*({NUM}|{_CN_PRICE})\s*(?:美金|美元|刀|usd)?\s*(?=$|[,，。.!！;；\n])",
    re.I,
)


def _corrected_bare_price(scan: Scan) -> None:
    """A price said again after a correction, without its currency, near the one it replaces."""
    said = scan.found["target_price"]
    for end in scan.corrections:
        match = _BARE_PRICE.match(scan.norm, end)
        if match is None or end < said.spans[0][1] or not scan.is_free(*match.span(1)):
            continue
        number = parse_number(match.group(1))
        if number and said.value / 2 <= number <= said.value * 2:
            scan.claim(*match.span(1))
            scan.put("target_price", number, [match.span(1)], 0.95)


def _currency_money(scan: Scan) -> None:
    for match in scan.free_matches(_MONEY):
        if match.group(2):
            number = _amount(match.group(2), match.group(3))
            symbol = match.group(1)
        else:
            number = _amount(match.group(4), match.group(5))
            symbol = match.group(6)
        scan.claim(*match.span())
        said = match.group(2) or match.group(4)
        if number and number < 100 and _DOTTED_THOUSANDS.fullmatch(said):
            # "USD 2.900", "3.600 USD": thousands set off with a dot, as Latin America and
            # much of Europe write them, whichever side the currency is on.
            number *= 1000
        if number:
            code = _CURRENCY_CODE.get(" ".join(symbol.lower().split()).removeprefix("us "))
            _put_price(scan, match.span(), number, code)


_DOTTED_THOUSANDS = compile_fast(r"\d{1,2}\.\d{3}")


def _labelled_money(scan: Scan) -> None:
    for match in scan.free_matches(_LABELLED_TARGET):
        number = _amount(match.group(1), match.group(2))
        if number and number < 100 and _DOTTED_THOUSANDS.fullmatch(match.group(1)):
            number *= 1000  # "target 2.600": a target of 2.6 is thousands with a dot
        said = scan.found.get("target_price")
        # "tgt 1600. sorry, tgt 1650": a target said over after a correction replaces it.
        over = said is not None and scan.corrected(match.start(), said.spans[0][1])
        if number and (said is None or over):
            scan.claim(*match.span())
            scan.put("target_price", number, [match.span(1)], 0.95 if over else 0.85)
            if match.group(3):
                scan.put("currency", _CURRENCY_CODE[match.group(3)], [match.span(3)], 0.85)


def _per_box_money(scan: Scan) -> None:
    """ "target 1800/柜": a price per box, taken only after a target's label."""
    for match in scan.free_matches(_PER_BOX_PRICE):
        number = parse_number(match.group(1))
        if number and _TARGET_LABEL.search(scan.before(match.start(), 20)):
            scan.claim(*match.span())
            _put_price(scan, match.span(), number, None)
