"""What a message tells about a shipment before the one it asks for, set aside before any reader
runs: "上回上海到蒙巴萨那票…这次…", "元旦前那票…已经开船了。这次还有一票", "Last time we shipped
2x40RF…", "the PO for 2x40'HC is cancelled. New inquiry: …" (split from message_thread, which
sets aside the quoted thread and the signature)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_past_edges import RIGHT_ONE, SET_ASIDE_THEN
from csdesk.rules.message_scan import Scan, cue_words

# "上回上海到蒙巴萨那票…这次 厦门到达累斯萨拉姆", "之前从青岛走过一票冷柜…", "我们通过贵司走过
# 两个柜到拉各斯" (a verb with 过: done before), "Last time we
# shipped 2x40RF…": what is told about a past shipment, up to the words that bring the new one
# (or, without them, the end of its sentence), is not the inquiry.
# "上次那个客户又要走了", "之前那家工厂又有货": the one met before (a customer, a factory) names
# who ships now, not a past shipment.
_WHO_BEFORE = r"(?![那这]?[个位家]?的?(?:客户|客人|老板|朋友|工厂|厂家|供应商|发货人|买家|老外))"
_PAST = compile_fast(
    # "上次说的青岛到德班那个", "之前说的两个四十尺改成三个": the request talked of before, not
    # a past shipment.
    rf"(?:上回{_WHO_BEFORE}|上次(?!说的|讲的|问的|聊的){_WHO_BEFORE}|上一票|上票"
    rf"|(?<![\d号日月底末周天一二三四五六])(?:之前|以前)(?!说的|讲的|问的|聊的){_WHO_BEFORE}"
    r"|曾经|去年|上个月|上周|上礼拜"
    r"|前几天|前段时间|之前报的|年初"
    # "十月份那票厦门到特马…": a shipment named by the month it went in.
    r"|(?:[一二三四五六七八九十]{1,2}|\d{1,2})月份?(?:的)?那(?:一)?票"
    # "元旦前那票…已经开船了", "国庆节后那一票": a shipment named by the holiday it went by.
    r"|(?:元旦|春节|国庆|圣诞|中秋|五一|过年|年|节)节?(?:前|后|之前|之后|前后)的?那(?:一)?票"
    r"|(?<=[\u4e00-\u9fff])(?:走|发|出|做|运)过(?=[\d一二两三四五六七八九十几]|货|柜|的)"
    # "Correction to my previous mail: POD is …": what follows is the corrected request.
    r"|last time|last shipment|last order|last one (?:was|went)"
    # "Em relação à cotação anterior (Qingdao-Lobito 2x20')": the earlier quote, in PT/ES/FR.
    r"|(?:cotaç[aã]o|cotizaci[oó]n|consulta|pedido|embarque|cotation|demande|carga|env[ií]o)"
    r" (?:anterior|précédente)"
    # "La última vez enviamos 3 contenedores…", "la dernière fois": the last time, in ES/PT/FR.
    r"|(?<![a-z])(?:la|a) [úu]ltima vez|(?<![a-z])la derni[èe]re fois"
    # "o último embarque (2x40HC …)", "notre dernier envoi (1x40HC …)": the last shipment.
    r"|(?<![a-z])(?:o|a|el|la|le|nosso|nossa|nuestro|nuestra|notre|votre|seu|sua|su)"
    r" (?:[úu]ltim[oa]|derni[èe]re?) (?:embarques?|env[ií]os?|envois?|cargas?|exp[ée]ditions?"
    r"|pedidos?|commandes?|cont[eê]iner(?:es)?|contenedor(?:es)?|conteneurs?)(?![a-z])"
    # "1) pls confirm our booking for 2x20 to Tema … 2) another inquiry": a booking made.
    r"|(?<![a-z])(?:confirm|check|track) (?:our|my|the) (?:booking|shipment)s?(?![a-z])"
    r"|(?<!correction to my )(?<!correction to our )previous(?:ly)?"
    r"|last year|last month|last week|earlier inquiry|further to our|our last|we shipped"
    r"|we used to|(?:disregard|ignore|cancel) (?:my|our) (?:earlier|previous|last|first)"
    # "The last container we did with you (...)", "Please disregard my email of yesterday (...)".
    r"|last (?:container|booking|cargo|box|consignment)s?"
    # "the customer cancelled the Lagos booking (1x40HQ…). New request: …": what was called off.
    r"|(?<![a-z])cancell?ed (?:the|our|my|his|her|their|that) (?:[a-z]+ ){0,2}?"
    r"(?:booking|order|shipment|inquiry|enquiry|request|rfq|cargo|container)s?"
    # "we cancelled the 3x40HQ to Karachi. Now please quote …": the boxes called off.
    r"|(?<![a-z])cancell?ed (?:the|our|my) \d{1,2}\s*[x×*]\s*(?:20|40|45)"
    r"|(?:disregard|ignore|cancel|forget) (?:my|our|the) (?:[a-z-]+ ){0,2}?"
    r"(?:e-?mail|mail|message|request|inquiry|enquiry|rfq|booking|order|shipment)"
    # "Re your quote yesterday (USD 2,100 for 1x40HQ…)": the price and boxes already quoted.
    r"|(?<![a-z])(?:re:?|regarding|thanks for|thank you for) your (?:quote|quotation|offer|rate)s?"
    # "thanks for the quote on Ningbo-Lagos. Client declined. New one: …": the route quoted.
    r"|(?<![a-z])(?:re:?|regarding|thanks for|thank you for) the (?:quote|quotation|offer|rate)s?"
    r" (?:on|for)(?![a-z])"
    # "Your rate of USD 1,850 for Ningbo-Lagos last month was fine": a price already given.
    r"|(?<![a-z])your (?:rate|quote|price|offer) of"
    r"|you quoted|你们(?:之前|上次)?报的|上次报价"
    # "原来是到拉各斯 客户改港了 现在到…", "昨天问的…取消了 今天问个新的": what was asked before.
    r"|(?:原来|本来|原先)(?=(?:是|说|要)?(?:到|走|发|去))"
    # "上次说的青岛到拉各斯那票取消了": a request talked of before, called off.
    r"|(?:昨天|前天|刚才|之前|上次)(?:问|说|讲|聊)的(?=[^。\n]{0,24}(?:取消|不要了|不做了|不走了|算了))"
    # "节前那个 8个方 的拼箱取消了 现在是 12个方": the one asked before the holiday, called off.
    r"|(?:节前|年前|元旦前|国庆前|春节前|圣诞前|上周|昨天|前天)的?那(?:个|票|一票)"
    r"(?=[^。\n]{0,24}(?:取消|不要了|不做了|不走了|算了))"
    # "三个四十尺那个单子作废，重新报：…": the request called off, before the new one.
    r"|(?:^|(?<=[\s。!！]))(?=[^。\n，,:：]{1,24}?(?:作废|撤销|取消|不要了)[,，。\s]*(?:重新报|重报))"
    # "The shipment we did in October (…) was fine. New inquiry: …".
    r"|(?<![a-z])(?:the|our|that) (?:shipment|booking|container|order)s? we (?:did|shipped|made)"
    # "the shipment Qingdao-Lagos last month (4x40HQ) was cancelled": its route told first.
    r"|(?<![a-z])the (?:shipment|booking|order|po|inquiry|enquiry|request)s? (?=[^.\n]{0,40}?"
    # "Kindly note the PO for 2x40'HC to Jebel Ali is cancelled. New inquiry instead: …".
    r"(?:last (?:month|week|year)|(?:was|is|has been|got) cancell?ed)))",
    re.I,
)
_NOW = compile_fast(
    r"(?:这次|这回|本次|这一票|这票|现在|新的一票|新询价|新的询价|now we|new request"
    r"|(?<![a-z])(?:agora|ahora|maintenant|temos|tenemos)(?![a-z])"
    # "nous avons 2x40HC …", never "nous avons envoyé …" (what was done)
    r"|(?<![a-z])nous avons(?!\s+[a-zé]+é(?:e?s?)(?![a-z]))"
    r"|this time|this shipment|new one|new order|new inquiry|new shipment|this one|now need"
    r"|now please|we need|we have|please quote|pls quote|kindly quote|please offer|请报|麻烦报"
    r"|帮忙报|帮我报|another one|another shipment|another inquiry|another request|next one"
    r"|另外一票|还有一票|再报|再问(?:一个|个|一票|一下|下)?|重新报|重报|(?:今天)?(?:问|报)个新的|今天(?:又|再)?(?:来)?(?:个|一票)?新的"
    # "…提单收到了 新的：南沙到洛比托": the new one announced with a colon.
    # "去年给你们走过… 今年又有货了": goods come again.
    r"|改(?:港|成|到|为)|(?:今年|这次|现在)?又有(?:一票|新的?)?货了?"
    # "…已开船，新单：宁波到…": a new order announced.
    r"|新的?(?:一票|询价)?\s*[:：]|新的?(?:单子?|订单)(?![\u4e00-\u9fff]))",
    re.I,
)
# "…for Shanghai-Jeddah, the customer now wants Dammam instead": the route quoted, moved.
_MOVED_IN = compile_fast(r"now wants?\b|\binstead\b", re.I)
# Without the words that bring the new one, the past is told up to the end of its sentence.
_SENTENCE_END = compile_fast(r"[。!?！？\n;；]|\.(?:\s|$)")


PAST_WORDS = cue_words(
    "anterior",
    *("ltima vez", "dernière fois", "derniere fois", "confirm our", "confirm my", "confirm the"),
    *("check our", "check my", "check the", "track our", "track my", "track the"),
    "précédente",
    *("último", "ultimo", "última", "ultima", "dernier", "dernière", "derniere"),
    "重新报",
    "重报",
    "we did",
    "we made",
    "上回",
    "上次",
    "上一票",
    "上票",
    "之前",
    "以前",
    "曾经",
    "去年",
    "上个月",
    "上周",
    "上礼拜",
    "前几天",
    "前段时间",
    "年初",
    *("节前", "年前", "元旦前", "国庆前", "圣诞前", "昨天那", "前天那"),
    "那票",
    "那一票",
    "走过",
    "发过",
    "出过",
    "做过",
    "运过",
    "last",
    "previous",
    "earlier",
    "further to",
    "we shipped",
    "we used to",
    "disregard",
    "your quot",
    "the quot",
    "the offer",
    "the rate",
    "your offer",
    "your rate",
    "you quoted",
    "报的",
    "上次报价",
    "forget",
    "ignore my",
    "ignore our",
    "cancel my",
    "cancel our",
    "cancel the",
    "ignore the",
    "cancelled",
    "canceled",
    "原来",
    "本来",
    "原先",
    "问的",
    "说的",
    "讲的",
    "聊的",
)


# "increased to 2x40HC (was 1x40HC)", "改成两个（原来一个）": the figure it was, in brackets.
_WAS_BEFORE = compile_fast(
    r"[(（]\s*(?:was|previously|originally|before|原来是?|之前是?|原先是?)\s*[^()（）\n]{1,30}[)）]",
    re.I,
)


# "the 2x20GP to Lagos last week was cancelled", "the 3x40HQ we booked last month went well":
# the past shipment's boxes named before the words that date it, in a sentence told in the past.
_PAST_SUBJECT = compile_fast(r"(?<![a-z])(?:the|our|that)\s+[^.\n;:!?]{0,40}$", re.I)
# "Re: Qingdao to Callao quote last week - …": a reply's subject line, the route quoted then.
_RE_SUBJECT = compile_fast(r"(?:^|\n)\s*(?:re|aw|fw|fwd)\s*:\s*[^.\n;!?]{0,48}$", re.I)
_DATED = compile_fast(r"last (?:week|month|year|time)|we (?:shipped|booked|did|made)", re.I)
_TOLD_PAST = compile_fast(
    r"(?<![a-z])(?:was|were|went|cancell?ed|booked|shipped|arrived|delivered|did)(?![a-z])", re.I
)


def _past_start(scan: Scan, past: re.Match[str]) -> int:
    """Where the past is told from: the subject said before the words that date it, when the
    sentence is told in the past."""
    if _DATED.fullmatch(past.group()) is None:
        return past.start()
    start = max(0, past.start() - 56)
    replied = _RE_SUBJECT.search(scan.norm, start, past.start())
    if replied is not None:
        return replied.start()
    subject = _PAST_SUBJECT.search(scan.norm, start, past.start())
    if subject is None:
        return past.start()
    end = _SENTENCE_END.search(scan.norm, past.end())
    told = scan.norm[subject.start() : end.start() if end is not None else len(scan.norm)]
    return subject.start() if _TOLD_PAST.search(told) else past.start()


def set_aside_past(scan: Scan) -> None:
    if "(" in scan.norm or "（" in scan.norm:
        for was in scan.free_matches(_WAS_BEFORE):
            scan.claim(*was.span())
    past = _PAST.search(scan.norm) if scan.has_any(PAST_WORDS) else None
    if past is None:
        return
    if SET_ASIDE_THEN.match(scan.norm, past.start()):
        # "please ignore my previous mail, POD should be Tema": the mail set aside is not in
        # this one; what follows the comma is the new request.
        scan.claim(past.start(), past.end())
        return
    now = _NOW.search(scan.norm, past.end())
    end = _SENTENCE_END.search(scan.norm, past.end())
    # The sentence ends the past when the message goes on after it with the new inquiry.
    # (What a reply's blanked-out quote leaves is no text.)
    rest = len(scan.norm[end.end() :].strip(" \t\r\n。")) if end is not None else 0
    # ...unless it is told in the past ("Last month's shipment … went well."), at the end too.
    told = end is not None and _TOLD_PAST.search(scan.norm, past.end(), end.start()) is not None
    if end is not None and not told and (rest < 12 or rest * 5 < len(scan.norm) * 2):
        end = None
    # "in my previous mail I wrote 12/01 by mistake, the correct date is 12/12": the correction
    # said in the past's sentence is the new request.
    right = RIGHT_ONE.search(scan.norm, past.end(), end.start() if end else len(scan.norm))
    stops = [match.start() for match in (now, end, right) if match is not None]
    if stops and _MOVED_IN.search(scan.norm, past.end(), min(stops)) is not None:
        return  # "Further to your quote for A-B, the customer now wants C instead": a revision
    if stops:
        # The words that bring the new one ("今天问个新的"), right after the past's sentence
        # too ("…先不做了。今天新的："), are no field either.
        brought = now is not None and now.start() <= min(stops) + 2
        close = now.end() if brought and now is not None else min(stops)
        scan.claim(_past_start(scan, past), close)
