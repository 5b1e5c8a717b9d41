"""The words a customer takes a figure back with: "两个20GP 不对 是三个", "不对不是四个是五个",
"哦不好意思，是3个", "sorry, make it 2": what follows replaces what was said before."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import cue_words

# "两个20GP 不对 是三个": a correction replaces the count it follows.
CORRECTION_WORDS = (
    # "2x20GP 棉花 改 3x20GP": 改 alone before a new count of boxes.
    # "不对不是四个是五个": the count taken back, then the one meant.
    r"(?:不是\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个?\s*[,，]?\s*(?=是)"
    r"|不对|不是|错了|不好意思|抱歉|说错了|打错了|更正一下|更正|纠正一下|纠正|改一下|改成|改为|改(?=\s*(?:$|\d\s*[x×*个]))"
    r"|[哦噢啊呃]不|sorry|correction"
    r"|I mean|make (?:it|that)|change(?:d)? (?:it )?to|no wait|oh wait"
    # "20GP要两个…等下，客户刚说要三个": the customer's word, passed on, takes it back.
    r"|(?:等下|等一下|等等)\s*[,，。…]?\s*(?:客户|老板|他们)(?:刚刚?|又|现在)?(?:说|讲)?)\s*[,，。!！:：]?\s*"
    r"(?:(?:the\s+)?(?:container|cntr|equipment|box)\s+)?"
    # "哦不对 瓷砖要装二十尺", "sorry, we need 1x40HQ": the goods or the need said again first.
    r"(?:[\u4e00-\u9fff]{1,4}?(?=要装|要放|装))?"
    r"(?:应该是|应该|改为|改成|是|要装|要放|要|装|客户只有|只有|should be|it'?s|is|only|we need"
    r"|need)?\s*"
)
# Any correction is written with one of these (case-folded).
CORRECTION_CUE_WORDS = (
    "不对",
    "不是",
    "错了",
    "更正",
    "纠正",
    "改一下",
    "改成",
    "改为",
    "改",
    "sorry",
    "correction",
    "i mean",
    "make it",
    "make that",
    "change",
    "哦不",
    "噢不",
    "啊不",
    "呃不",
    "wait",
    "不好意思",
    "抱歉",
    "等下",
    "等一下",
    "等等",
)
CORRECTION_CUE = cue_words(*CORRECTION_CUE_WORDS)
CORRECTION = compile_fast(rf"{CORRECTION_WORDS}$", re.I)
