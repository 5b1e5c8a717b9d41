"""Where an address written after its label begins and ends: "our warehouse at Plot 9, …" is
the address from "Plot"; it ends where the message goes on (the route, the goods, the next
sentence). Split from message_terms, with the pickup place named after EXW."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan

# Addresses keep their commas ("12 George St, Parramatta"); other values end at any comma.
ADDRESS_END = compile_fast(
    r"[\n;。!?；]|,(?=\s*[\u4e00-\u9fff])|，|\s{2,}"
    r"|(?<=[\u4e00-\u9fff])(?:然后|要去|要发|要走|那边|这边)"  # "货在佛山然后呢要去…"
    # "…, Dubai 上海出 1x40HQ", "…, Dubai 货值 USD…": a Latin address ends where Chinese goes on.
    r"|(?<=[A-Za-z0-9.])\s+(?=[\u4e00-\u9fff]{1,4}(?:出|到|发|走|港)"
    r"|货值|货物|货重|品名|目标价|重量|毛重|体积|报价|麻烦|谢谢|请)"
    # "…盛泽镇纺织城 走上海 到卡拉奇": a Chinese one where the route goes on after a space.
    # "…杨村路88号 宁波到拉各斯": or where a route of two places begins.
    # "…振安路16号 盐田走 到阿比让": or where the port it leaves from is named, then 走.
    r"|(?<=[\u4e00-\u9fff])\s+(?=(?:走|到|去|发往|运往|从)[\u4e00-\u9fff]{2}"
    r"|[\u4e00-\u9fff]{2,4}[出走](?![a-z\u4e00-\u9fff])"
    r"|[\u4e00-\u9fff]{2,4}(?:到|至)[\u4e00-\u9fff]{2})"
    # "…纺织科技园 货：涤纶面料": the next label, with its colon, after a space.
    r"|\s+(?=(?:货物?|货品|品名|产品|重量|毛重|体积|件数|箱型|柜型)\s*[:：])"
    # "…百福路18号 钢管 2x20GP", "…西二环路1288号 货是涤纶面料": a street number closes it.
    r"|(?<=\d号)\s+(?=[\u4e00-\u9fff])"
    # "…东华路八号大概七吨半": voice text runs on after the number with no space, into a figure,
    # a day or a request ("…8号3栋" goes on: a building's number).
    r"|(?<=[\d一二三四五六七八九十百零〇]号)(?=大概|大约|约|左右|重|毛重|货重|总共|一共|共|下周|明天"
    r"|今天|这周|本周|月底|可以|需要|麻烦|谢谢|请|报价|多少|然后"
    # "…一百二十号货是注塑模具": or into the goods' sentence.
    r"|货是|货都是|货物|货品|品名|产品是"
    r"|[\d一二两三四五六七八九十]+(?:点[\d一二三四五六七八九])?(?:吨|个|件|方|托|箱|柜))"
    # "…, Riyadh. From Ningbo via Dammam": a full stop, then the e-mail's next sentence.
    r"|\.\s+(?=(?:From|Via|POL|POD|Cargo|Goods|Commodity|Please|Pls|Kindly|Ready|Weight|Volume"
    r"|Container|LCL|FCL|We|The|Shipper|Thanks|Thank|Regards|Best|ETD|Target|Terms|Incoterm|Equipment"
    # "…, Xiamen. Merci": a sign-off in French, Spanish or Portuguese.
    r"|Merci|Gracias|Obrigad[oa]|Saludos|Cordialement|Atentamente|Atenciosamente|Thx|Tks|Rgds|BR"
    # "…, Guangdong. Ship from Shekou to Tema": the route said as a sentence of its own.
    r"|Ship|Shipping|Ship(?:ment)?\s+(?:from|to|via)|Loading|Load|Port"
    # "…, Foshan. Livraison à notre entrepôt : …": the door, the next sentence.
    r"|Livraison|Entrega|Delivery|Deliver|Door|Destino|Destination"
    # "…, Casablanca. Prêt le 17/12": when the goods are ready, in French, Spanish, Portuguese.
    r"|Prêt|Prête|Pret|Listo|Lista|Pronto|Pronta|Marchandise|Mercancía|Mercadoria|Carga)\b"
    # ...or the route or the boxes: "…, Kampala. Ningbo to Mombasa 1x40HQ", "…. 2x20GP".
    # "…, Zhejiang. To Tema 2x40HQ": the port of discharge as the next sentence.
    r"|[A-Z][a-z]+\s*(?:to|->|→|-)\s*[A-Z]|To\s+[A-Z]|\d{1,2}\s*[x×*]\s*\d"
    # ...or the goods and their figure: "…, Dar es Salaam. Tiles 26 tons".
    # ("…, Nairobi. Furniture, 12 tons": with a comma before the figure too).
    r"|[A-Z][a-z]+(?:\s+[a-z]+)?,?\s+\d[\d.,]*\s*(?:t|tons?|mt|kgs?|cbm)(?![a-z]))"
    # "…, Foshan, POL Nansha": the port of loading named after the address.
    r"|,\s*(?=(?:POL|POD|port of loading|loading port)(?![a-z]))"
    # "…Huancheng Road, Yiwu, to Ningbo port, then to Jeddah": the route after the address.
    # "…, Guangdong, load at Nansha, to Dar": where it is loaded, said after the address.
    r"|,\s*(?=(?:then\s+)?(?:to|via|thru|through|load(?:ing|ed)?\s+(?:at|in|from)"
    r"|ship(?:ped|ping)?\s+(?:from|out\s+of))\s+[A-Z])"
    # "…, Yuyao, Zhejiang via Ningbo to Lagos": the route run on after it without a comma.
    r"|(?<=[a-z])\s+(?=(?:via|to)\s+[A-Z][a-z])"
)
# "deliver to our warehouse at Plot 14 …": whose place it is, said before the address.
_PLACE_LEAD = compile_fast(
    r"(?:(?:to|at)\s+)?(?:our|my|the|customer'?s?|consignee'?s?)\s+(?:own\s+)?"
    # "delivery to our shop: Plot 24, …": or with a colon before the address.
    r"(?:warehouse|store|premises|factory|office|site|shop)"
    r"(?:\s+(?:at|in|on|located\s+at)\s+|\s*[:：]\s*)(?=\S)",
    re.I,
)


def address_start(norm: str, start: int) -> int:
    """Where the address said from `start` begins, past whose place it is."""
    lead = _PLACE_LEAD.match(norm, start)
    return lead.end() if lead is not None else start


# "EXW 永康 一个工厂", "EXW Foshan, 2 factories": the town of an EXW term is the pickup place.
_EXW_PLACE = compile_fast(
    # ("EXW报价：佛山市…12号 提货": the address after the quote asked for, and its colon)
    r"(?:(?<![a-z])EXW|ex[-\s]?works|工厂交货)\s*(?:(?:报价|条款)\s*(?=[:：]))?[:：]?\s*"
    r"(?!价|报|条款|术语|的|还|或|和|到|去|备注|注|另|麻烦|谢|请|也|都|可以|要|需|包|含|不|没|吗|地址"
    r"|Rate|Price|Term|Basis|Inquiry|Quot|Offer|Cost|Charge)"
    # A street address from its province or city to its number ("河北省沧州市…锦绣路6号"); a
    # town: two to four characters, or more ending as towns do (义乌市, 永康县).
    # ("…振安路 5号": a space before the number)
    r"([\u4e00-\u9fff]{1,6}[省市][\u4e00-\u9fff\d]{2,30}?[^\S\n]?\d+号(?:楼|院)?"
    # "EXW 苏州工业园区星湖街328号": a street and its number, no province said.
    r"|[\u4e00-\u9fff]{2,16}?[路街道][^\S\n]?\d+号(?:楼|院)?"
    # "EXW天津静海区大邱庄工业园": a city, its district or town, then the park in it.
    r"|[\u4e00-\u9fff]{2,10}?[区县镇][\u4e00-\u9fff]{2,8}?(?:工业园区?|工业区|开发区|产业园|工业城)"
    # ...or from its province to its district or town, and the site named after it ("…湖塘镇
    # 纺织厂", "…北滘镇 美的工业城") before the pickup or the port ("提货", "上海走").
    r"|[\u4e00-\u9fff]{1,6}[省市][\u4e00-\u9fff]{2,24}?(?:区|县|市|镇|乡|街道|工业园|工业区|园区)"
    r"(?:\s[\u4e00-\u9fff]{1,8}?(?:厂|工业园|工业城|工业区|园区|仓库|基地|公司))?"
    r"(?=\s+(?:提货|[\u4e00-\u9fff]{2,3}(?:走|出)(?![\u4e00-\u9fff])))"
    r"|[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{2,8}?[市县区镇]"
    r"|(?-i:[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){0,2}))"
    r"(?:的?工厂|厂|那边|提货)?(?=[\s,，。;；()（）.!]|$)",
    re.I,
)


# "我们在东莞有个厂", "在义乌有家工厂": where the factory stands, not a port.
_FACTORY_TOWN = compile_fast(r"在([\u4e00-\u9fff]{2,4}?)有(?:个|家|一个|一家|自己的)?(?:工厂|厂)")
_OUR_TOWN = compile_fast(
    r"(?:我们|我司|我这边|我们这边|我们公司)是(?:一家)?(?!做|搞|卖|生产|专)([\u4e00-\u9fff]{2,3}?)(?:市)?的"
    r"[\u4e00-\u9fff]{0,6}?(?:工厂|厂家|厂|公司)"
)


def read_exw_place(scan: Scan) -> None:
    """The pickup place named right after EXW, unless an address is labelled; not claimed, so
    a port named there is still read (and is the POL when no other Chinese port is named)."""
    if "有" in scan.norm and "厂" in scan.norm:
        for town in scan.free_matches(_FACTORY_TOWN):
            scan.claim(*town.span(1))  # the factory's town, said in passing, names no port
    if "是" in scan.norm and ("厂" in scan.norm or "公司" in scan.norm):
        for town in scan.free_matches(_OUR_TOWN):
            scan.claim(*town.span(1))  # "我们是佛山的家具厂": who we are, not where it ships
    if "exw" in scan.folded and _exw_address(scan):
        return
    if "pickup_address" in scan.found or ("exw" not in scan.folded and "工厂交货" not in scan.norm):
        return
    match = _EXW_PLACE.search(scan.norm)
    if match is not None and scan.is_free(*match.span(1)):
        street = _street_after(scan, match.end(1)) if "地址" in scan.norm else None
        if street is not None:  # "EXW 苏州 地址 苏州工业园区星湖街328号": the address said next
            scan.put("pickup_address", scan.norm[street[0] : street[1]], [street], 0.8)
            return
        scan.put("pickup_address", match.group(1), [match.span(1)], 0.8)
        if " " in match.group(1):  # "…陈埭镇 鞋厂": the site named after the town is no goods
            scan.claim(match.start(1) + match.group(1).rindex(" "), match.end(1))


_ADDRESS_SAID = compile_fast(r"[^\S\n]*(?:工厂|提货)?地址[^\S\n]*(?:是|在)?[^\S\n]*[:：]?[^\S\n]*")
# A street address: its number, or the district, town or park it is in.
_STREET = compile_fast(
    r"\d+号|[路街道]\d|[区县镇](?:[\u4e00-\u9fff]{2,8}?)?(?:园区?|工业区|开发区|产业园)"
)


def _street_after(scan: Scan, start: int) -> tuple[int, int] | None:
    """The street address said after the EXW town and the word 地址, up to where it ends."""
    said = _ADDRESS_SAID.match(scan.norm, start)
    if said is None or not scan.is_free(*said.span()):
        return None
    stop = ADDRESS_END.search(scan.norm, said.end())
    end = stop.start() if stop is not None else len(scan.norm)
    taken = scan.claimed.find(1, said.end(), end)
    end = taken if taken >= 0 else end
    while end > said.end() and scan.norm[end - 1] in " ,，.。":
        end -= 1
    if end - said.end() < 6 or _STREET.search(scan.norm, said.end(), end) is None:
        return None
    return said.end(), end


# "en EXW: Baiyun District, Guangzhou, Huangshi East Road 318", "(EXW factory: No. 66 Jinshan
# Road, Yongkang)": the address said after the term and its colon.
_EXW_COLON = compile_fast(
    r"(?<![a-z])EXW\s*(?:factory|usine|f[áa]brica|warehouse|工厂)?\s*[:：][^\S\n]*(?=\S)", re.I
)


def _exw_address(scan: Scan) -> bool:
    """The address after "EXW:" (a street's number or a town after a comma in it), put unless
    an address was read from elsewhere; one read around it (its bracket, the town before it)
    gives way to it."""
    match = _EXW_COLON.search(scan.norm)
    if match is None:
        return False
    start = match.end()
    stop = ADDRESS_END.search(scan.norm, start)
    end = stop.start() if stop is not None else len(scan.norm)
    opened = scan.norm.rfind("(", scan.norm.rfind("\n", 0, start) + 1, match.start())
    close = scan.norm.find(")", start, end) if opened >= 0 else -1
    if close >= 0:
        end = close
    while end > start and scan.norm[end - 1] in " ,.;:":
        end -= 1
    value = scan.norm[start:end]
    if not any(char.isdigit() for char in value) and "," not in value:
        return False
    found = scan.found.get("pickup_address")
    if found is not None and not any(a <= match.start() < b for a, b in found.spans):
        return False
    scan.found.pop("pickup_address", None)
    scan.put("pickup_address", " ".join(value.split()), [(start, end)], 0.85)
    return True
