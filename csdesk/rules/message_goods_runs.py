"""Goods said in runs a reader of labels and known names misses: each box's own goods, one
box at a time ("一个装窗帘 十吨 一个装床单"); several named one after the other with no
separator ("袜子手套帽子这些"); a kind, then the goods themselves ("干货 干香菇"); the goods
said after a figure or run on after the port in voice text ("两吨是缝纫机啊", "到吉达冻罗非鱼
每个柜…"); Latin goods after a weight or a count ("12 t of carpets", "cada uno de muebles de
jardín"). Split from message_goods.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS
from csdesk.rules.message_scan import Scan, Span, cue_words
from csdesk.rules.message_slot import ZH_STOP
from csdesk.rules.message_weights import BOX_HOLDS

# "袜子手套帽子这些", "杯子盘子碗之类的": two-character names run together, each ending as the
# names of goods end, before the word saying they are examples.
_RUN_OF_NAMES = compile_fast(
    r"(?:^|(?<=[\s,，、:：吧啊呢嗯是有]))"
    r"((?:[\u4e00-\u9fff][子套巾具鞋帽袜衣裤裙杯碗筷盘灯锅壶包袋带伞表机器品料布纸线板瓶椅桌架垫毯]){2,6})"
    r"(?:这些|那些|之类的?|什么的|等等)"
)
# A kind of goods, not the goods: "是干货 干香菇" names the goods right after it.
_KINDS = frozenset(["干货", "杂货", "普货", "百货", "小商品", "日用品", "日杂"])
_NAME_AFTER = compile_fast(
    r"[^\S\n]*[,，:：]?[^\S\n]*([\u4e00-\u9fff]{2,6}?)(?=[\s,，。;；]|$|每|各|\d)"
)
# "总重大概两吨是缝纫机啊": the goods said after the figure, ended by a particle or the day.
_AFTER_FIGURE = compile_fast(
    r"(?:是(?<=[吨方件托箱]是)|就是(?<=[吨方件托箱]就是))(?:那个)?([\u4e00-\u9fff]{2,6}?)"
    r"(?=[啊呀吧嗯哦]|然后|[\s,，。]|$|下周|这周|明天|今天|[上中下]旬|月底)"
)
# "…到吉达冻罗非鱼每个柜二十七吨": in voice text, the goods run on after the port of discharge,
# up to the figure for each box or the weight.
_AFTER_PORT = compile_fast(
    r"([\u4e00-\u9fff]{2,6}?)(?=每个?柜|各|[\d一二两三四五六七八九十]+(?:点[一二三四五六七八九])?"
    r"\s*(?:吨|公斤|方|件|托|个柜))"
    # "…宁波到吉布提 床上用品 你帮忙…": or a word of its own after the route, spaced apart.
    r"|[^\S\n]+([\u4e00-\u9fff]{2,6})(?=[^\S\n]|$|[,，。])"
)
# Words of a day, a sailing, a box or a request: never goods after the route.
_NOT_AFTER_PORT = compile_fast(r"[月号周天船柜箱走出问吗呢啊吧拼整散价]")
# "con calamar congelado a -25", "with frozen peas at -18": reefer goods, then their set point.
_KEPT_AT = compile_fast(
    r"(?<![a-z])(?:con|com|avec|with|de)\s+([a-z\u00c0-\u00ff]{3,}(?:\s+[a-z\u00c0-\u00ff]{3,}){0,2}?)"
    r"\s+(?:a|à|at|@|em|en)\s*[-+−]?\s*\d",
    re.I,
)
# "12 t of carpets", "18 MT of steel coils": the goods each weight is of.
_WEIGHT_OF = compile_fast(
    r"\d(?:[.,]?\d)*\s*(?:t|tons?|tonnes?|toneladas|mt|kgs?)\s+(?:of|de)\s+"
    r"([a-z\u00c0-\u00ff][a-z\u00c0-\u00ff -]{2,40}?)"
    r"(?=\s*(?:[,.;\n]|$)|\s+(?:and|y|e|et|in|for|on|at|en|para|pour)\s)",
    re.I,
)
# "uno de muebles de jardín", "de baldosas porcelánicas", "of steel pipes": the word before the
# goods that says whose or how many, not part of their name.
_LATIN_LEAD = compile_fast(
    r"(?:(?:cada\s+)?(?:uno|una|um|uma|un|une|one|each|a)\s+)?"
    # "un conteneur de meubles de bureau": the box before the goods it holds.
    r"(?:(?:conteneur|contenedor|cont[êe]iner|container|contentor)\s+)?(?:de|of|du|des|do|da|dos|das)\s+"
    r"(?=[a-z\u00c0-\u00ff]{3})",
    re.I,
)


def goods_in_runs(scan: Scan) -> None:
    goods = scan.found.get("commodity")
    norm = scan.norm
    listed = scan.has_any(_RUN_WORDS)  # (one look at the message's cue bits for all five)
    if listed and "具体" not in norm and _run_of_names(scan):
        return
    if listed and "具体" in norm and _specific(scan):
        return
    if goods is not None and "是做" in str(goods.value):
        trade = _TRADE.search(str(goods.value))  # "客户说他那边是做灯具": the trade's goods
        if trade is not None:
            start = goods.spans[0][0] + trade.start(1)
            span = (start, start + len(trade.group(1)))
            scan.found["commodity"] = goods._replace(value=trade.group(1), spans=(span,))
        return
    if goods is not None and goods.value in _KINDS and len(goods.spans) == 1:
        after = _NAME_AFTER.match(norm, goods.spans[0][1])
        if after is not None and scan.is_free(*after.span(1)) and _plain(after.group(1)):
            scan.found["commodity"] = goods._replace(value=after.group(1), spans=(after.span(1),))
        elif goods.value == "普货":  # the settled case: general cargo names no goods (dg False)
            del scan.found["commodity"]
        return
    if goods is None and "是" in norm:
        said = _AFTER_FIGURE.search(norm)
        if said is not None and scan.is_free(*said.span(1)) and _plain(said.group(1)):
            scan.put("commodity", said.group(1), [said.span(1)], 0.6)
            return
    if goods is None and "temperature_c" in scan.found:
        kept = _KEPT_AT.search(norm)
        if kept is not None and scan.is_free(*kept.span(1)):
            scan.put("commodity", " ".join(kept.group(1).split()), [kept.span(1)], 0.6)
            return
    if goods is None:
        if "pod" in scan.found:
            _after_port(scan)
    elif len(goods.spans) == 1 and isinstance(goods.value, str) and goods.value:
        start = goods.spans[0][0]
        if goods.value[-1] in "到去往":
            _route_word_after(scan)
        elif start and norm[start - 1] in "冻鲜活" and "pod" in scan.found:
            _kind_before(scan)
    folded = scan.folded
    if " of " in folded or " de " in folded:
        _weights_of(scan)
    if goods is not None:
        _latin_lead(scan)


# The words before which goods are named in a run or one by one.
_RUN_WORDS = cue_words("这些", "之类", "什么的", "等等", "具体")
_TRADE = compile_fast(r"是做([\u4e00-\u9fff]{2,6})$")
# "是杂货 具体是 塑料盆 水桶": the goods named one by one after 具体.
_SPECIFIC = compile_fast(
    r"具体(?:是|有|为|的是)?[^\S\n]*[:：]?[^\S\n]*"
    r"([\u4e00-\u9fff]{2,6}(?:[^\S\n]*[、,，/][^\S\n]*|[^\S\n]+)?){1,4}"
)
_ITEM = compile_fast(r"[\u4e00-\u9fff]{2,6}")


def _specific(scan: Scan) -> bool:
    said = _SPECIFIC.search(scan.norm)
    if said is None:
        return False
    names: list[str] = []
    spans: list[Span] = []
    for item in _ITEM.finditer(scan.norm, said.start(), said.end()):
        if item.start() < said.start() + 2:
            continue  # 具体是 itself
        if not scan.is_free(*item.span()) or not _plain(item.group()):
            break
        names.append(item.group())
        spans.append(item.span())
    if not names:
        return False
    scan.found.pop("commodity", None)
    scan.put("commodity", "/".join(names[:3]), spans[:3], 0.75)
    return True


def _plain(word: str) -> bool:
    return ZH_STOP.search(word) is None and word not in NOT_GOODS and word not in _KINDS


def _run_of_names(scan: Scan) -> bool:
    run = scan.first_free(_RUN_OF_NAMES)
    if run is None:
        return False
    start = run.start(1)
    names = [run.group(1)[index : index + 2] for index in range(0, len(run.group(1)), 2)]
    spans = [(start + index * 2, start + index * 2 + 2) for index in range(len(names))]
    scan.found.pop("commodity", None)
    scan.put("commodity", "/".join(names[:3]), spans[:3], 0.7)
    return True


def _after_port(scan: Scan) -> None:
    end = scan.found["pod"].spans[0][1]
    run = _AFTER_PORT.match(scan.norm, end)
    group = 1 if run is not None and run.group(1) else 2
    if run is None or not scan.is_free(*run.span(group)) or not _plain(run.group(group)):
        return
    if group == 2 and _NOT_AFTER_PORT.search(run.group(2)) is not None:
        return
    scan.put("commodity", run.group(group), [run.span(group)], 0.6)


# "…到釜山冻鱿鱼每个柜…": how the goods are kept, said between the port and their name.
_KEPT_BEFORE = compile_fast(r"(?:冷冻|新鲜|冰鲜|冻|鲜|活)$")


def _kind_before(scan: Scan) -> None:
    goods = scan.found["commodity"]
    if len(goods.spans) != 1 or not isinstance(goods.value, str):
        return
    start = goods.spans[0][0]
    end = scan.found["pod"].spans[0][1]
    if not 0 < start - end <= 2 or scan.norm[start:].startswith(goods.value) is False:
        return
    kept = _KEPT_BEFORE.search(scan.norm, end, start)
    if kept is not None and kept.start() == end and scan.is_free(end, start):
        value = scan.norm[end:start] + goods.value
        scan.found["commodity"] = goods._replace(value=value, spans=((end, goods.spans[0][1]),))


def _route_word_after(scan: Scan) -> None:
    """ "…高柜瓷砖到吉达": the route's word between the goods and the port is not theirs."""
    goods = scan.found["commodity"]
    start, end = goods.spans[0]
    value = str(goods.value)
    if len(value) >= 3 and value[-1] in "到去往" and scan.claimed[end : end + 1] == b"\x01":
        scan.found["commodity"] = goods._replace(value=value[:-1], spans=((start, end - 1),))


def _weights_of(scan: Scan) -> None:
    """Goods said after each weight ("12 t of carpets, … 18 t of floor tiles"): all of them,
    when the goods read are one of these."""
    found = list(_WEIGHT_OF.finditer(scan.norm))
    names = [" ".join(match.group(1).split()) for match in found]
    goods = scan.found.get("commodity")
    if any(name.lower() in NOT_GOODS for name in names):
        return
    if len(found) == 1 and goods is None and scan.is_free(*found[0].span(1)):
        # "1x40HC con 20 toneladas de vajilla de cerámica": the one weight's goods.
        scan.put("commodity", names[0], [found[0].span(1)], 0.6)
        return
    if len(found) < 2 or len(set(names)) < 2:
        return
    if goods is not None and goods.value not in names:
        return
    scan.found.pop("commodity", None)
    scan.put("commodity", "/".join(names[:3]), [match.span(1) for match in found[:3]], 0.7)


_LEADS = frozenset("uUdDoOcCeEaA")


def _latin_lead(scan: Scan) -> None:
    goods = scan.found.get("commodity")
    if goods is None:
        return
    value = goods.value
    # (the words it cuts begin so: "uno de", "de", "of", "un conteneur de", "a", "each")
    if not isinstance(value, str) or (value[:1] not in _LEADS and "/" not in value):
        return
    parts = value.split("/")
    spans: list[Span] = list(goods.spans)
    changed = False
    for index, part in enumerate(parts):
        lead = _LATIN_LEAD.match(part)
        if lead is not None and len(part) - lead.end() >= 3:
            parts[index] = part[lead.end() :]
            if index < len(spans) and len(spans) == len(parts):
                spans[index] = (spans[index][0] + lead.end(), spans[index][1])
            changed = True
    if changed:
        scan.found["commodity"] = goods._replace(value="/".join(parts), spans=tuple(spans))


# "一个装窗帘 十吨 一个装床单 十二吨": each box's own goods, one box at a time.
_BOX_GOODS = compile_fast(
    r"(?:^|(?<=[\s,，、]))一个(?:柜子?)?(?:装的?是?|放的?是?)([\u4e00-\u9fff]{1,6}?)"
    r"(?=\s|[,，、]|(?:\d+|[一二两三四五六七八九十]+)\s*(?:吨|公斤))"
)


def box_by_box_goods(scan: Scan) -> bool:
    """Each box's goods named one box at a time: all of them, joined."""
    if scan.norm.count("一个") < 2:
        return False
    found = [match for match in _BOX_GOODS.finditer(scan.norm) if scan.is_free(*match.span(1))]
    if len(found) < 2:  # "一个装石材一个装瓷砖 石材…": run together, each box's goods
        found = [match for match in BOX_HOLDS.finditer(scan.norm) if scan.is_free(*match.span(1))]
    names = list(dict.fromkeys(match.group(1) for match in found))
    if len(found) < 2 or len(names) < 2:
        return False
    scan.put("commodity", "/".join(names[:3]), [match.span(1) for match in found[:3]], 0.7)
    return True
