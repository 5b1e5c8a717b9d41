"""Places a message names that are not its route: where the writer sits ("Greetings from
Mombasa", "our Dubai branch") and where the writer's company or factory stands ("我们是广州白云区
的贸易公司", "我是做陶瓷的佛山这边", "EXW usine Foshan"). Split from message_ports."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words

# "Greetings from Mombasa", "Warm greetings from Kolkata", "来自迪拜的问候": where the writer
# sits, not where the goods load.
_GREETING_BEFORE = compile_fast(
    r"(?:greetings?|regards|wishes|hello|hi|good\s+(?:morning|afternoon|evening|day)|bom dia"
    # ...not "Dar es Salaam from Ningbo": a port's name ending in a greeting's word.
    r"|boa tarde|buenos d[ií]as|buenas tardes|bonjour|(?<!es\s)(?<!es-)salaam)\s+from\s*$|来自\s*$"
    # "(Lima office)", "our Dubai branch": where the writer's office is.
    r"|(?:our|the)\s+$|[(（]\s*$",
    re.I,
)
_OFFICE_AFTER = compile_fast(r"\s*(?:office|branch|team|side|办事处|分公司)(?![a-z])", re.I)
_GREETING_AFTER = compile_fast(r"\s*的?\s*问候")
_GREETING_WORDS = cue_words("greeting", " from", "问候", "office", "branch", "办事处", "分公司")


def greeted_from(scan: Scan, start: int, end: int) -> bool:
    if not scan.has_any(_GREETING_WORDS):
        return False
    before = scan.norm[max(0, start - 20) : start]
    greeting = _GREETING_BEFORE.search(before)
    if greeting is None:
        return False
    if "来自" in greeting.group():
        return _GREETING_AFTER.match(scan.norm, end) is not None
    if "from" not in greeting.group().lower():
        return _OFFICE_AFTER.match(scan.norm, end) is not None
    return True


# "广州白云区的贸易公司", "宁波北仑区的工厂": the port's city, then a district of it and the
# company or factory there.
_COMPANY_AFTER = compile_fast(
    r"市?[\u4e00-\u9fff]{0,4}?[区县镇]的?[\u4e00-\u9fff]{0,4}?(?:公司|工厂|厂家|厂|工贸|外贸|商行)"
)
# "我是做陶瓷的佛山这边想发…": the writer's side of the country, unless the goods leave from it
# ("宁波这边出", "这边走").
_THIS_SIDE_AFTER = compile_fast(r"(?:这边|那边)(?!\s*(?:出|走|装|起运|发货|港))")
_WRITER_BEFORE = compile_fast(r"(?:我|我们|我司|咱们)(?:是|在)?[\u4e00-\u9fff]{0,8}$")
# "EXW usine Foshan", "EXW factory in Dongguan", "我们工厂在东莞…EXW": the factory's town
# where the goods are picked up ("Our factory in Ningbo will load…" names the loading port).
_FACTORY_BEFORE = compile_fast(
    r"(?:(?<![a-z])(?:EXW|ex[-\s]?works)\s+(?:usine|factory|f[áa]brica)(?:\s+(?:à|a|in|en|em|at|de))?"
    r"|工厂在|厂在)\s*$",
    re.I,
)
# (asked once by read_ports for all the mentions)
_PLACES = ("区", "县", "镇", "这边", "那边", "usine", "factory", "fábrica", "fabrica")
PLACE_WORDS = cue_words(*_PLACES, "loading", "loaded", "shipping")
# "tiles from Foshan, loading at Nansha": where the goods come from, then the port they load at.
_LOADING_AFTER = compile_fast(
    r"\s*,?\s*(?:loading|loaded|to\s+be\s+loaded|shipping|shipped)\s+(?:at|from|out\s+of|via)\s",
    re.I,
)
_FROM_BEFORE = compile_fast(r"(?<![a-z])from\s+$", re.I)


def where_the_writer_is(scan: Scan, start: int, end: int) -> bool:
    """Whether the port named at `start:end` is only where the writer's company or factory
    is: an inland town or district, never the port the goods leave from (asked only of a
    message holding one of PLACE_WORDS)."""
    norm = scan.norm
    if _COMPANY_AFTER.match(norm, end) is not None:
        return True
    side = _THIS_SIDE_AFTER.match(norm, end)
    if side is not None and _WRITER_BEFORE.search(norm, max(0, start - 12), start) is not None:
        return True
    if _FROM_BEFORE.search(norm, max(0, start - 6), start) and _LOADING_AFTER.match(norm, end):
        return True
    return _FACTORY_BEFORE.search(norm, max(0, start - 16), start) is not None
