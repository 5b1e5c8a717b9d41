"""How a figure says it is per box or per piece: "每柜20吨", "27t ea", "24 ton cada", "15.000 kg
por contenedor", "310 kg por pallet", "400 kg chacune", "12t/20GP"; the words they cannot be
written without. Split from message_cargo, which multiplies the figures out.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words

PER_BOX_BEFORE = compile_fast(
    r"(?:每柜|每个柜子?|每个货柜|每个框架|每箱|每个箱|单柜|每个|每台|各柜|各|一个柜子?|一柜|@|每个?罐"
    # "三个小柜 每个小柜二十四吨", "每个四十尺二十吨": each box named by its nickname or size.
    r"|每个?(?:(?:小|大|高|平|冷|冻|普通?)柜子?|(?:20|40|45|二十|四十)\s*(?:尺|')?(?:的|柜子?)?)"
    # "小柜高柜各一个 重量都是18吨", "1x20GP + 1x40HQ, both 11 tons": the same for every box.
    r"|(?:重量|货重|毛重)都是?|(?<![a-z])(?:both|all)(?:\s+(?:weigh|weighing|at|are|of))?"
    r"|each(?:\s*(?:unit|set|one|box|container|cntr))?|per\s*(?:container|cntr|ctnr|box|unit|set|(?:flat\s*)?rack|reefer|tank))"
    # "每柜还是20吨", "每柜重量不变22吨": a revision keeping the figure per box; "weight per
    # container is 19 t", "per container corrected from 28 t to 24 t": one said over.
    r"(?:\s*(?:都是|还是|不变|装|重量?|货重|毛重|约|大约|大概|是|about|around|approx\.?|[:：]"
    r"|(?:is|now|corrected|changed|revised)(?![a-z])|from\s+[\d.,]+\s*(?:t|tons?|kgs?|mt)?\s+to(?![a-z])"
    r"|从\s*[\d.]+\s*(?:吨|公斤|t)?\s*(?:改成|改为|变成|到)"
    # "每柜18-20吨", "each 18 to 20 tons": a range's first figure (the larger one is read).
    r"|\d[\d.]*\s*(?:吨|t|tons?)?\s*(?:[-~～–]|到|至|to(?![a-z]))"
    # "每个柜十八吨到二十吨": the same said in Chinese numerals, in speech.
    r"|[一二两三四五六七八九十]{1,3}\s*吨?\s*(?:到|至)"
    # "each 7.9 x 2.5 x 3.3 m and 10,500 kg": each unit's size, then its weight.
    r"|(?<=each)\s*[\d.,]+\s*[x×*]\s*[\d.,]+\s*[x×*]\s*[\d.,]+\s*(?:m|cm|mm|米)?\s*"
    r"and\s))*\s*$",
    re.I,
)
PER_PIECE_BEFORE = compile_fast(
    # "每桶25公斤", "每袋50公斤": a drum's, a bag's, a roll's figure.
    # "每个托盘四百公斤", "每个木箱": a pallet's or a crate's figure said with 个.
    r"(?:每件|每托|每个?(?:托盘|卡板|木托|木箱|纸箱)|每包|每桶|每袋|每卷|每捆|每盒|单件|单台|每节|每根"
    r"|每段|每块|per\s*(?:piece|pallet|pkg|package|carton|ctn(?!r)|crate|case)"
    # "each pallet 350 kg", "cada caja 20 kg", "chaque palette 300 kg": one piece's figure;
    # "10 drums x 200 kg": the count, then "x" and each one's.
    r"|(?:each|cada|chaque)\s+(?:piece|pallet|pkg|package|carton|ctn|crate|case|drum|bag|palet|paleta|palete"
    r"|caja|caixa|bulto|palette|colis|caisse)"
    r"|\d\s*(?:drums?|pallets?|ctns?|cartons?|crates?|cases?|bags?|pkgs?|palets?|cajas?|caixas?)\s*[x×*]"
    # "十箱货一箱大概五十公斤": one carton's guessed figure, after the count of them (not
    # "一托 四百公斤", the one pallet counted).
    r"|(?<![\d一二两三四五六七八九十百第])一[箱托件包袋桶](?=大概|大约|约|差不多|估计))"
    # "每托大概三百公斤": a guess is still the one pallet's.
    r"\s*(?:重量?|毛重|约|大概|大约|差不多|估计|[:：])*\s*$",
    re.I,
)
PER_BOX_AFTER = compile_fast(
    r"^\s*(?:/\s*(?:柜|个柜|个|箱|cntr|ctnr|ctr|tc(?![a-z])|cont(?![a-z])|container|box|unit|rack|each|ea\b|c(?![a-z])"
    r"|(\d{2})'?\s*(GP|HQ|HC|RF|OT|FR)"
    # "27T/HQ", "20MT/tank": the box said by its type's letters alone.
    r"|(?:hq|hc|gp|dv|rf|ot|fr|tank|iso\s*tank|flat\s*rack|reefer)(?![a-z])"
    # "27T/20'", "26t/40ft": the box said by its size alone.
    r"|(?:20|40|45)\s*(?:'|ft(?![a-z])|尺))"
    # "27吨一个", "8吨一柜": a figure, then the one box it is said for.
    r"|一个柜子?|一柜|一个(?!\s*[\d一二两三四五六七八九十小大高平冷开框半])"
    # "16吨每个": the same said with 每 after the figure (not "10吨 每个柜15吨").
    r"|每个(?:柜子?)?(?!\s*[柜箱托件台包\d一二两三四五六七八九十])"
    r"|每柜|per\s*(?:container|cntr|ctnr|ctr(?![a-z])|box|unit|(?:flat\s*)?rack|reefer|tank|feu|teu|fcl"
    r"|(?:20|40|45)\s*'?\s*(?:gp|hq|hc|rf|ot|fr|ft|dc)?(?![a-z\d]))"
    # "24 t for the 40'", "8t in the 20GP": the figure of the one box of that size.
    # "20 ton el 20'", "18 t pour le 40'", "12 t no 20'": the same in Spanish, French, Portuguese.
    r"|(?:(?:for|in)\s+(?:the|each|every)|(?:para\s+|en\s+)?el|(?:pour|dans)\s+le|no)\s+(?:20|40|45)\s*(?:'|ft|feet|foot)?\s*(?:gp|hq|hc|rf|ot|fr|dc)?(?![a-z\d])"
    r"|each\b(?!\s*(?:piece|pallet|pkg|carton|ctn))"
    # "26.5 MT in each container", "20 t in every box": the figure each box holds.
    r"|in\s+(?:each|every)(?![a-z])(?!\s*(?:piece|pallet|pkg|carton|ctn|bag|drum|crate))"
    # "27t ea", "24 ton cada", "15.000 kg por contenedor", "20 tons apiece".
    # "400 kg chacune": French for each.
    r"|ea(?![a-z])|cada(?![a-z])|c/u(?![a-z])|chacune?(?![a-z])|apiece|por\s*(?:contenedor|contentor|cont[eê]iner|container|caixa)"
    # "26 T par TC": a TC (tonneau conteneur) is a box in French e-mails.
    r"|par\s*(?:conteneur|tc(?![a-z]))"
    # "27.5T 各", "25t 各": shorthand for each box, the 各 after the figure (not "各一个").
    r"|各(?!\s*[\d一二两三四五六七八九十个柜自])"
    r"|/\s*罐|一罐)",
    re.I,
)
PER_PIECE_AFTER = compile_fast(
    r"^\s*(?:/\s*(?:件|托|包|台|套|辆|节|pc|pkg|piece|pallet|plt|carton|ctn(?!r)|crate|case|wooden\s*case)|每件|每托"
    # "三百公斤一托": the figure, then the one pallet it is said for.
    # "三百五十公斤一件", "12公斤一箱": the same for a piece or a carton.
    r"|一[托件箱包袋桶](?![\d一二两三四五六七八九十])"
    # "310 kg por pallet", "80 kg par palette", "40 kg por caixa".
    # "12 kg le carton", "15 kg por cartón": a carton's, in French and Spanish.
    r"|(?:por|par|le|la|el)\s*(?:pallets?|palets?|palettes?|paletes?|cajas?|caixas?|bultos?|colis"
    r"|volumes?|cartons?|cart[oó]n|caisses?|f[uû]ts?|sacs?|sacos?)(?![a-z])"
    r"|per\s*(?:piece|pallet|pkg|package|carton|ctn(?!r)|crate)|each\s*(?:piece|pallet))",
    re.I,
)


# What a figure said per box or per piece cannot be written without.
PER_WORDS = cue_words(
    "每",
    "单",
    "各",
    "一个柜",
    "一柜",
    "吨一个",
    "吨 一个",
    "方一个",
    "一件",
    "一箱",
    "一包",
    "一托",
    "@",
    "each",
    "per",
    "/",
    "重都",
    "重量都",
    "both",
    "all ",
    " ea",
    "cada",
    "chacun",
    "罐",
    "apiece",
    "por ",
    "par conteneur",
    "par ",
    " le ",
    " la ",
    "for the ",
    "in the ",
    "for each ",
    "in every ",
    # "20 ton el 20'", "22 t no 40'": a box's own figure in Spanish or Portuguese.
    "el 20",
    "el 40",
    "el 45",
    "no 20",
    "no 40",
    "no 45",
    # "chaque palette 250 kg"; "10 drums x 200 kg", "6 ctns * 25 kg": a count, then each one's.
    "chaque",
    "s x ",
    "s x",
    "s *",
    "s*",
)


# "2X27T", "2x25 tons": a count, then "x" and the figure of each one.
COUNT_TIMES = compile_fast(r"(?<![\d.x×*])([1-9]\d?)\s*[xX×*]\s*$")
EVERY_BOX = compile_fast(r"(?:每个?柜?子?|每箱|全部|所有的?柜?子?)都(?:是|重|装)?\s*$")
PER_UNIT_THEN_SIZE = compile_fast(
    # "每托 115*115*140 CM 重 650KG", "每箱 50x50x50 20kg": a pallet's or carton's too.
    # "每个 150×120×110 厘米 重 800 公斤": 每个 with a piece's size is the piece's too.
    r"(?:每(?:件|台|节|根|套|辆|段|托|箱|包|个)|(?<![a-z])each)\s*(?:尺寸|dims?|size)?\s*[:：]?\s*"
    # "每个一米二乘一米乘一米五 重六百公斤": the sizes said in Chinese numerals too.
    r"(?:(?:[\d.]+|[一二两三四五六七八九十百点]+)\s*(?:m|米[一二三四五六七八九]?|cm|mm|厘米|公分)?\s*"
    r"[x×*乘]\s*){2}(?:[\d.]+|[一二两三四五六七八九十百点]+)\s*(?:m|米[一二三四五六七八九]?|cm|mm|厘米|公分)?"
    r"[\s,，]*"
    r"(?:重量?|毛重|weight|[:：])*\s*$",
    re.I,
)
PER_CTN = compile_fast(r"\s*/\s*ctns?(?![a-z])", re.I)


# "3 road rollers, 12,500 kgs per roller", "2 excavators, 21 t per excavator": per the piece
# counted, named by its own word.
_PER_NAMED = compile_fast(r"\s*(?:per|por|par)\s+([^\W\d_]{3,})", re.I)


_BOX_NAMED = compile_fast(r"cont|cntr|ctnr|box|fcl|teu|feu|tc$", re.I)


def per_named_piece(after: str, norm: str, counted: tuple[int, int]) -> bool:
    """Whether the figure is said per the piece counted at `counted`, named after "per"."""
    named = _PER_NAMED.match(after)
    if named is None or _BOX_NAMED.match(named.group(1)):
        return False  # "1.040 sacos, 26 t por contêiner": the box, named near the count
    near = norm[counted[0] : counted[1] + 30].lower()
    return re.search(rf"(?<![^\W\d_]){re.escape(named.group(1).lower())}", near) is not None


# "25 kg bags", "in 50kg sacks", "50公斤袋装", "sacos de 50 kg", "drums of 200 kg": the weight
# of one bag or drum, the packing the goods come in, not the shipment's.
_PACKING_AFTER = compile_fast(
    r"\s*(?:bags?|sacks?|sacos?|sacs?|bolsas?|drums?|tambores?|f[uû]ts|袋装|袋|包装|桶装)(?![a-z])",
    re.I,
)
_PACKING_BEFORE = compile_fast(
    r"(?<![a-z])(?:bags?|sacks?|sacos?|sacs?|bolsas?|drums?|tambores?|f[uû]ts?)\s+(?:de|of|à|a)\s*$",
    re.I,
)


def packing_size(scan: Scan, start: int, end: int, before: str) -> bool:
    """Whether the weight read at `start`-`end` is the size of the packing, not a total."""
    return bool(_PACKING_AFTER.match(scan.norm, end) or _PACKING_BEFORE.search(before))
