"""Countries said before (or after) a port in voice-to-text: "越南海防", "肯尼亚蒙巴萨",
"卡亚俄秘鲁". The country's name is no part of the port's: hidden from the port finder so that
its last character and the port's first do not make another port ("越南海防" is not 南海)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast

# Countries of the desk's lanes, in Chinese; none of them is a port's name too (吉布提, 新加坡,
# 科威特, 卡塔尔, 突尼斯 are, and stay out).
COUNTRY_NAMES = (
    "越南|泰国|柬埔寨|缅甸|马来西亚|印尼|印度尼西亚|菲律宾|孟加拉|巴基斯坦|印度|斯里兰卡|肯尼亚|坦桑尼亚"
    "|尼日利亚|加纳|科特迪瓦|塞内加尔|喀麦隆|贝宁|多哥|安哥拉|莫桑比克|南非|埃及|摩洛哥|阿尔及利亚"
    "|利比亚|埃塞俄比亚|刚果金|刚果布|刚果|几内亚|秘鲁|智利|巴西|阿根廷|乌拉圭|厄瓜多尔|哥伦比亚"
    "|墨西哥|委内瑞拉|危地马拉|多米尼加|阿联酋|沙特阿拉伯|沙特|伊拉克|伊朗|阿曼|也门|约旦|黎巴嫩"
    "|土耳其|以色列|俄罗斯|韩国|日本|澳大利亚|新西兰"
)
# The same countries as e-mails write them after a port ("Manzanillo, México."), case-folded.
LATIN_COUNTRY_NAMES = frozenset(
    [
        "méxico",
        "mexico",
        "perú",
        "peru",
        "chile",
        "colombia",
        "ecuador",
        "brasil",
        "brazil",
        "argentina",
        "panamá",
        "panama",
        "nigeria",
        "ghana",
        "kenya",
        "tanzania",
        "sénégal",
        "senegal",
        "cameroun",
        "cameroon",
        "angola",
        "mozambique",
        "moçambique",
    ]
)
# The longest name first where one begins another ("印度尼西亚" before "印度").
_COUNTRIES = compile_fast("|".join(sorted(COUNTRY_NAMES.split("|"), key=len, reverse=True)))


def without_countries(text: str, names: list[tuple[int, int]]) -> str:
    """`text` with every country name blanked out, the same length (spans stay valid), except
    inside a port's `names` that hold it whole ("巴西古当", "突尼斯拉德斯")."""
    if text.isascii() or _COUNTRIES.search(text) is None:  # (every name is in Chinese)
        return text

    def blank(match: re.Match[str]) -> str:
        start, end = match.span()
        if any(s <= start and end <= e for s, e in names):
            return match.group()
        return " " * (end - start)

    return _COUNTRIES.sub(blank, text)
