"""The goods read by where they stand, for names no table knows ("编织袋", "roofing sheets").

Customers name the goods in a fixed place: in Chinese right after the boxes (or 拼箱, or a
count of machines, "两台变压器"), before the weight or a "每柜"; in English as a comma-separated
phrase of a few plain words after the equipment ("3x40HC Qingdao - Tema, roofing sheets, 24 MT").
Read only what no other reader took, and never past a filler, a figure or a signature.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import (
    MODEL_CODE,
    NOT_SLOT_GOODS,
    SPOKEN_FILLER,
    goods_and_more,
    has_stop_word,
)
from csdesk.rules.message_goods_tail import asks_for_a_rate
from csdesk.rules.message_scan import Scan, Span

# What stands between the boxes and the goods: counts (a bare one too: "40HQ 1 化纤布"), 各, 的,
# spaces, fillers ("货是那个").
# "柜子里装的是瓷砖", "装轮毂", "里面是布料": the box and the loading verb lead to the goods.
_ZH_LEAD = compile_fast(
    r"(?:[\s,，、:：|｜]|各?(?:[0-9]+|[一二两三四五六七八九十]+)个(?!柜)|[0-9]{1,2}\s+(?=[\u4e00-\u9fff])|货物?是|都是|是|要|的"
    # "货从木门改成铁门了", "品名不变还是玻璃": the goods changed to, or kept.
    r"|货?(?:从|由)[\u4e00-\u9fff]{1,6}?(?:改成|改为|换成|变成)|不变|没变"
    r"|" + SPOKEN_FILLER + r"|货?还是|这次|这回"
    r"|[平高小大]?(?:柜子|箱子|货柜|柜|箱(?!包))(?:里面?|内)?|里面|里头|都(?=装|放)"
    # "小柜子轮胎": the 子 of a box's name read without it.
    r"|(?<=[柜箱])子"
    # "🛋沙发": a picture before the goods.
    r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]"
    # "三件木箱…是阀门": the packing is not the goods.
    r"|(?:(?<=件)|(?<=件\s))(?:木箱|纸箱|托盘|卡板|木托)"
    r"|装(?!饰|载|修|配|甲|备|卸)(?:的是|的|了|满)?|放的是|放"
    # ...and what stands between the boxes and the goods without being either: the way to the
    # port ("去科托努都是..."), a total, a DG remark ("一个二十尺 危险品 次氯酸钙").
    r"|去|到|至|发往|运往|一共|总共|合计|总计|共计|危险品|危险货物?|危品|普货"
    # ...and a second place offered instead of the first ("阿拉木图不行的话到卡拉奇").
    r"|(?:[\u4e00-\u9fff]{2,6}?)?(?:不行的话|不行)就?(?:改到|到|去|走)"
    # ...and the mode said twice ("散货拼箱去…").
    r"|拼箱|拼柜"
    # ...and who loads them ("我们是装那个电缆桥架").
    r"|(?:我们|我)(?=是?装)"
    # ...and the label of a UN number ("编号UN1993 易燃液体").
    r"|(?:联合国)?编号)+"
)
# Where the goods end: a per-box figure, a vague word, a temperature, a size, a DG remark, a
# price, a date.
ZH_STOP = compile_fast(
    r"每|各|预计|一个柜|一柜|大概|大约|左右|约|温度|零下|尺寸|体积|货重|毛重|重|危险|不是|非危|联合国"
    # ...how near a figure is, said after it ("五百公斤不到", "三百公斤多一点").
    r"|不到|不足|多一点|出头|以内"
    # ...a question about the price after them ("瓷砖多少钱", "钢管怎么收").
    r"|多少|怎么收|咋收|几多钱|什么价"
    # ...the pieces it ships in ("破碎机分两件").
    r"|分(?:成|为)?(?=\s*(?:\d|[一二两三四五六七八九十])+\s*(?:件|段|节|块|部分))"
    r"|目标|心理|预算|运费|价|报|下周|这周|本周|明天|下个月|发货|货好|麻烦|请|很|谢|急|尽快|帮|辛苦"
    r"|拜托|老客户|客户|你好|您好|老板|看下|看一下|[一二两三四五六七八九十]+[吨方个]"
    r"|不对|说错|错了|更正|一共|总共|共计|不好意思|抱歉|含|带电|内置|[0-9]"
    # ...a word said after them ("瓷砖哦不对", "衣服打包好的").
    # ...and a filler or a size remark after them ("家具 然后下周", "设备超高").
    r"|[哦噢呃](?![\u4e00-\u9fff]{0,1}[哦噢])|然后|就是那?种|超[高宽长重](?=$|[\s,，。了])|打包好|打好包|已打包|包装好"
    # ...a word of doubt or of a change ("化肥吧应该是…", "铁门了 每柜十吨").
    r"|吧(?=应该|可能|大概|估计|好像|我)|了(?=\s|[,，。]|$)"
    # ...or an order called off ("的拼箱取消了", "那票作废").
    r"|取消|作废|不做了"
    # ...a total or a lot after the name ("服装总共二十二吨", "设备一批").
    r"|总共|一共|合计|总计|共计|一批|这批|那批"
    # ...the biggest piece of a break-bulk lot ("3件 最大件24m…").
    r"|最大|最重|最长"
    # ...and the route told after the goods ("餐具从广州走").
    r"|从(?=[\u4e00-\u9fff]{2})"
    # ...when the goods are ready ("布料中旬出货"), and the 的 closing "做卫浴的".
    r"|[上中下]旬|月底|月初|出货|的(?=$|[\s,，。])"
    # ...and a question about them ("瓷砖这个能装吗", "钢管能不能装").
    r"|这个(?=[能可行])|能不能|能否|能装|可以装|可不可以|可以吗|行吗|装得下"
)
_ZH_MAX = 8
# "一台推土机要走框架箱": where the goods go next ends them too.
_GOING = compile_fast(r"要(?=走|发|运|从|去|出)")
# ("motos ? Marchandise…", "slabs? Sorry, …": a question ends the phrase, "no" answers it)
_EN_SEGMENT = compile_fast(r"[^,;\n.()/?]+(?:\?(?!\s+[A-Z])[^,;\n.()/?]*)*")
# "one road roller", "1 unit of boiler", "3 x cranes", "2 x 40HQ of tiles": a count (or the
# "of" after the boxes) before the goods is not part of their name.
# "óleo de silicone", "éponges": a word may begin with an accented letter too.
_LETTER = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_EN_WORD = rf"[{_LETTER}][{_LETTER}'’-]*"
_EN_WORD_NEXT = (
    r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'’-]*"
    r"(?![A-Za-z0-9])"
)
# "repuestos para celulares en 20 cajas": what they are for, then the boxes they are in.
_FOR_THEN_PIECES = (
    rf"(?:{_EN_WORD})(?:\s+{_EN_WORD_NEXT})?\s+(?:para|pour|for)\s+{_EN_WORD_NEXT}"
    r"(?=\s+(?:en|em|in|dans)\s+\d)"
)
_EN_WORDS = compile_fast(
    r"\s*(?:(?:one|two|three|four|five|six|a|an|\d{1,2})\s*(?:[x×*]\s*)?\s"
    # "8.800 kg de juguetes": the "of" in Spanish, Portuguese or French too.
    # "one 40HQ with office chairs", "all plastic chairs": "with", "all" are not part of them.
    # "2 x 20' con tubería de acero", "com azulejos", "avec des tuiles": with, in Latin languages.
    r"(?:(?:units?|sets?|pcs|nos?)\s+)?)?(?:(?:of|de|des|du|with|all|con|com|avec(?:\s+des?)?)\s+)?"
    # Letters with accents too: "materiais de construção", "repuestos de motos", "encre
    # d'imprimerie", "peinture à l'eau".
    # "repuestos para maquinas de coser", "pièces de rechange pour véhicules": a longer name
    # held together by "of" words...
    r"((?:" + _EN_WORD + r")(?:\s+" + _EN_WORD_NEXT + r")?"
    r"(?:\s+(?:de|para|pour|por|for|of|da|do|des|du)\s+"
    + _EN_WORD_NEXT
    + r"(?:\s+"
    + _EN_WORD_NEXT
    + r")?){2}(?=\s*(?:$|[,.;:\n(]))"
    r"|(?:" + _EN_WORD + r")(?:\s+" + _EN_WORD_NEXT + r"){0,2}"
    # "bombas de água e acessórios": one more word joined by "and" in any of the languages...
    # ("vermicelli & noodles": & is one of them; "water pumps and pipe fittings": two words).
    r"\s*(?:(?<=\s)(?:and|e|y|et)|&)\s+[" + _LETTER + r"]{3,}"
    # ("bisutería y accesorios de cabello": the word after "and" held by "of" to one more).
    r"(?:\s+(?:(?:de|of|da|do|du|des)\s+)?(?!(?:from|to|via|for|ex|in|at|on|by|with|about|approx|each|per|only)(?![a-z]))["
    + _LETTER
    + r"]{3,})?(?![A-Za-z0-9])"
    # "artículos plásticos para el hogar", "ustensiles pour la cuisine": what they are for.
    r"|(?:" + _EN_WORD + r")(?:\s+" + _EN_WORD_NEXT + r")?\s+(?:para|pour|por)\s+"
    r"(?:el|la|los|las|le|les|o|a|os|as)\s+" + _EN_WORD_NEXT + r"(?=\s*(?:$|[,.;:\n(]))"
    r"|" + _FOR_THEN_PIECES + r"|(?:" + _EN_WORD + r")(?:\s+" + _EN_WORD_NEXT + r"){0,3})",
    re.I,
)
_SIGNATURE = compile_fast(
    r"(?<![a-z])(?:regards|thanks|thank you|best|br|rgds|cordialement|cdlt|saludos|sincerely|merci"
    # "Att," / "Atenciosamente," (Portuguese), "Cordiales saludos", "Un saludo": a closing too.
    r"|gracias|obrigad[oa]|atentamente|atte|att(?=\s*$)|atenciosamente|cumprimentos|abra[cç]os"
    r"|cordiales|un saludo|saudações|bien à vous|salutations"
    # "Quedo atenta,", "Fico no aguardo", "Dans l'attente": waiting for the reply, then the name.
    r"|qued[oa]\s+atent[oa]|quedamos\s+atentos|fico\s+no\s+aguardo|no\s+aguardo"
    r"|dans\s+l'attente)(?![a-z])",
    re.I,
)


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _zh_slot(scan: Scan, anchor: int) -> Span | None:
    norm, claimed = scan.norm, scan.claimed
    position = anchor
    while position < len(norm):
        if claimed[position]:
            position += 1
            continue
        lead = _ZH_LEAD.match(norm, position)
        if lead is None:
            break
        position = lead.end()
    end = position
    while end < len(norm) and end - position <= _ZH_MAX and not claimed[end]:
        if not "\u4e00" <= norm[end] <= "\u9fff":  # (`_is_cjk`, without a call a character)
            # "LED显示屏", "PVC管": Latin letters that run into the Chinese name are part of it.
            latin = _LATIN_PREFIX.match(norm, end)
            if latin is None or not scan.is_free(*latin.span()):
                break
            end = latin.end()
            continue
        if ZH_STOP.match(norm, end) is not None or _GOING.match(norm, end) is not None:
            break
        end += 1
    taken_back = _TAKEN_BACK.match(norm, end) if "不是" in norm else None
    if taken_back is not None and end > position:  # "袋装化肥不是 是袋装盐": the one said instead
        return _zh_slot(scan, taken_back.end())
    return (position, end) if 2 <= end - position <= _ZH_MAX + 4 else None


_TAKEN_BACK = compile_fast(r"\s*不是\s*[,，]?\s*(?:而是|是)")


_LATIN_PREFIX = compile_fast(r"[A-Za-z]{1,5}(?=[\u4e00-\u9fff])")


def _en_slot(scan: Scan, anchor: int, limit: int | None = None) -> Span | None:
    """The first comma-separated phrase after `anchor` that is a few plain, unread words, with
    nothing after them in its segment that no other reader took ("plastic chairs 7 tons")."""
    closed = False
    for segment in _EN_SEGMENT.finditer(scan.norm, anchor):
        if closed:
            return None  # nothing after a signature's word is read as goods
        signed = _SIGNATURE.search(segment.group(0))
        closed = signed is not None
        # "1x40HQ tiles 18 tons thanks": a closing word after the goods ends them, not the read.
        if signed is not None and not segment.group(0)[: signed.start()].strip():
            return None
        stop = segment.start() + signed.start() if signed is not None else segment.end()
        if limit is not None:
            if segment.start() >= limit:
                return None
            stop = min(stop, limit)
        if scan.norm[segment.start() - 1 : segment.start()] == "(" and segment.start() > anchor:
            continue  # "Manzanillo (México), juguetes": a remark in brackets, not the goods
        first = segment.start()
        # "12.5t/c LED panels": past the figures other readers took; "Shanghai - Jebel Ali for
        # a boiler", "\n- ventiladores de teto": past a route's dash and a list's bullet.
        while first < stop and (scan.claimed[first] or scan.norm[first] in " -–—→>•*"):
            first += 1
        words = _EN_WORDS.match(scan.norm, first, stop)
        if words is None:
            continue
        start, end = words.span(1)
        end = _before_stop_word(scan.norm, start, end)
        if has_stop_word(scan.norm[start:end]) or not scan.is_free(start, end):
            # "1x20ft from Nansha to Lagos for LED TVs": the goods after "for".
            goods = _FOR_GOODS.search(scan.norm, segment.start(), stop)
            if goods is None:
                continue
            group = goods.lastindex or 1
            start, end = goods.span(group)
            said = goods.group(group).split()
            if group == 2:  # "cerámica para baño": a joining word inside a Latin name
                said = [said[0], said[-1]]
            if any(word.lower() in NOT_SLOT_GOODS for word in said):
                continue
        if _NO_NAME.search(scan.norm[start:end]) is not None:
            continue  # "Chargement prévu le", "en novembre", "m", "MSDS attached"
        answered = _answered(scan, start, end, stop)
        if answered is None:
            continue
        start, end = answered
        packed = _PACKED_TAIL.match(scan.norm, end, stop)  # "caustic soda in 25kg bags"
        if packed is None:  # "repuestos para celulares en 20 cajas": the pieces read
            packed = _IN_PIECES.match(scan.norm, end, stop)
            packed = packed if packed is not None and scan.claimed[packed.end()] else None
        after = packed.end() if packed is not None else end
        if scan.is_free(start, end) and not _unread_after(scan, after, stop):
            return start, end
        held = _HELD_AFTER.search(scan.norm, end, stop) if scan.is_free(start, end) else None
        # "nous avons 2x40HC de tôles galvanisées", "we have 3x20GP of tiles": the goods after
        # the boxes read, not the words before them.
        if (
            held is not None
            and scan.claimed[held.start() - 1]
            and scan.is_free(*held.span(1))
            and _NO_NAME.search(held.group(1)) is None
        ):
            return held.span(1)
    return None


_HELD_AFTER = compile_fast(
    rf"(?<=\S)\s+(?:of|de|com|con|with|avec)\s+({_EN_WORD}(?:\s+{_EN_WORD}){{0,3}})\s*$", re.I
)


# How the goods are packed or carried, after their name: "in 25kg bags", "on cradle".
_PACKED_TAIL = compile_fast(
    r"\s+(?:in|on)\s+(?:\d+(?:\.\d+)?\s*(?:kgs?|l|lt|ltrs?)\s+)?(?:jumbo\s+|pp\s+|steel\s+)?"
    r"(?:bags?|sacks?|bales?|drums?|cartons?|ctns|boxes|crates?|cases?|pallets?|rolls?|coils?"
    r"|bundles?|ibcs?|cradles?|skids?|flexitanks?)(?![a-z])",
    re.I,
)


_IN_PIECES = compile_fast(r"\s+(?:en|em|in|dans)\s+(?=\d)", re.I)


def _answered(scan: Scan, start: int, end: int, stop: int) -> Span | None:
    """The goods read, or the ones said instead when they were asked about ("frozen? no, dry
    cargo"); None when asked and not answered."""
    if scan.norm[end : end + 2].strip()[:1] not in ("?", "？"):
        return start, end
    answer = _ANSWER.match(scan.norm, end, stop)
    if answer is None and (scan.norm.startswith(" ?", end) or asks_for_a_rate(scan.norm, start)):
        return start, end  # "…pièces de motos ?", "Can you quote … stone slabs?": a request
    if answer is None:  # "PET preforms? no - PET bottles": the goods said instead
        return None
    words = _EN_WORDS.match(scan.norm, answer.end(), stop)
    if words is None or not words.group(1):
        return None
    start, end = words.span(1)
    end = _before_stop_word(scan.norm, start, end)
    if any(word.lower() in NOT_SLOT_GOODS for word in scan.norm[start:end].split()):
        return None
    return start, end


_ANSWER = compile_fast(r"\s*[?？]\s*(?:no|nope|not|non|não|nao)(?![a-z])\s*[-–—:,]*\s*", re.I)


def _before_stop_word(norm: str, start: int, end: int) -> int:
    """ "roofing sheets ready in Tianjin": the goods end at a word never part of them (but
    "general cargo" names no goods)."""
    for word in _ALNUM_RUN.finditer(norm, start, end):
        folded = word.group().lower()
        if folded not in NOT_SLOT_GOODS or goods_and_more(norm, word.end(), end, folded):
            continue
        if word.start() == start or folded in ("cargo", "goods", "commodity"):
            return end
        return start + len(norm[start : word.start()].rstrip())
    return end


_FOR_GOODS = compile_fast(
    r"(?<![a-z])for\s+(?:(?:a|an|some)\s+)?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,3})"
    r"\s*$"
    # "… vers Dakar : riz parfumé", "… pour un transformateur de 24 t", "… con cerámica para
    # baño": the goods after a colon, or after for/with in French, Spanish or Portuguese.
    rf"|(?:(?<![a-z])(?:pour|con|com|avec)\s+(?:(?:un|une|uma?|des)\s+)?|:\s*)"
    rf"({_EN_WORD}(?:\s+{_EN_WORD}){{0,3}}?)(?:\s+de)?(?=\s+\d|\s*$)",
    re.I,
)
# Words in the goods' place that name none: a phrase ending on a preposition ("Chargement
# prévu le"), a month ("en novembre", "in December"), a lone unit letter ("m"), papers sent
# along ("MSDS attached").
_NO_NAME = compile_fast(
    r"^[A-Za-z]$"
    r"|(?<![^\s])(?:le|la|les|de|du|des|da|do|del|à|a|au|en|em|el|on|by|the|to|from|for|pour|para"
    r"|por)$"
    r"|^(?:in|en|em|au|de)?\s*(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
    r"|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho"
    r"|setembro|outubro|novembro|dezembro)$"
    r"|(?<![^\s])(?:attached|enclosed|ci-joint|ci-jointe?s?|en anexo|em anexo|anexo)$",
    re.I,
)


def _unread_after(scan: Scan, start: int, end: int) -> bool:
    """Whether a letter or digit no reader took stands in [start, end), outside the words that
    are never goods ("ready in" after "roofing sheets")."""
    claimed, norm = scan.claimed, scan.norm
    for word in _ALNUM_RUN.finditer(norm, start, end):
        unread = claimed.find(0, word.start(), word.end()) >= 0
        if unread and norm.startswith("%", word.end()):
            continue  # "sulphuric acid 98%": the goods' strength
        model = word.start() == start + 1 and MODEL_CODE.fullmatch(word.group())  # "loader ZL50G"
        if unread and word.group().lower() not in NOT_SLOT_GOODS and not model:
            return True
    return False


_ALNUM_RUN = compile_fast(r"[^\W_]+")


# Chinese, or full-width forms: not the Latin script of an English, Spanish or Portuguese name
# (a full stop alone is no Chinese: a reply's blanked-out quote is written with them).
_CJK = compile_fast(r"[\u3000\u3001\u3003-\u9fff\uff00-\uffef]")


def _has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK.search(text) is not None
