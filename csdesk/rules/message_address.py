"""Where an address written after its label begins and ends: "our warehouse at Plot 9, …" is
the address from "Plot"; it ends where the message goes on (the route, the goods, the next
sentence). Split from message_terms."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast

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
    # "…, Riyadh. From Ningbo via Dammam": a full stop, then the e-mail's next sentence.
    r"|\.\s+(?=(?:From|Via|POL|POD|Cargo|Goods|Commodity|Please|Pls|Kindly|Ready|Weight|Volume"
    r"|Container|We|The|Shipper|Thanks|Thank|Regards|Best|ETD|Target|Terms|Incoterm|Equipment"
    # "…, Xiamen. Merci": a sign-off in French, Spanish or Portuguese.
    r"|Merci|Gracias|Obrigad[oa]|Saludos|Cordialement|Atentamente|Atenciosamente|Thx|Tks"
    # "…, Guangdong. Ship from Shekou to Tema": the route said as a sentence of its own.
    r"|Ship|Shipping|Ship(?:ment)?\s+(?:from|to|via)|Loading|Load|Port)\b"
    # ...or the route or the boxes: "…, Kampala. Ningbo to Mombasa 1x40HQ", "…. 2x20GP".
    # "…, Zhejiang. To Tema 2x40HQ": the port of discharge as the next sentence.
    r"|[A-Z][a-z]+\s*(?:to|->|→|-)\s*[A-Z]|To\s+[A-Z]|\d{1,2}\s*[x×*]\s*\d"
    # ...or the goods and their figure: "…, Dar es Salaam. Tiles 26 tons".
    r"|[A-Z][a-z]+(?:\s+[a-z]+)?\s+\d[\d.,]*\s*(?:t|tons?|mt|kgs?|cbm)(?![a-z]))"
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
    r"(?:warehouse|store|premises|factory|office|site|shop)\s+(?:at|in|on|located\s+at)\s+(?=\S)",
    re.I,
)


def address_start(norm: str, start: int) -> int:
    """Where the address said from `start` begins, past whose place it is."""
    lead = _PLACE_LEAD.match(norm, start)
    return lead.end() if lead is not None else start
