"""Reading whether the goods are dangerous: the UN number, the class, a DG keyword, or the
customer's word that they are not ("非危", "non-DG"), which wins over a keyword."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from csdesk.rules.dg import DGKeywords
from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import ParsedField, Scan, cue_words

# "UN1263", "UN No. 1263", "UN#1263", "联合国编号 1263", "联合国危险品编号:3480"; "ONU 1263" as
# Spanish, Portuguese and French write the United Nations.
_UN = compile_fast(
    r"(?:(?<![a-z])(?:UN|ONU)\s*(?:no\.?|nr\.?|n[º°]\.?|number|编号|号)?|联合国(?:危险品|危规)?(?:编号|号码|号)?)"
    r"\s*[-#:：.]?\s*(\d{4}(?!\d)|[〇零一二三四五六七八九]{4}(?![〇零一二三四五六七八九]{1,3}(?![十百千万类])))",
    re.I,
)
# "联合国编号一二六三": digits said one by one in voice-to-text (and "…一二一零三类": the class
# said right after them).
_SAID_DIGITS = str.maketrans("〇零一二三四五六七八九点", "00123456789.")
# "class 3", "cl.2.1", "第三类", "3类", "三类危险品" (a numeral alone only where the goods are DG).
_CLASS = compile_fast(
    # "classe 3", "clase 8": the word in French, Portuguese or Spanish.
    r"(?:class(?:e)?|CLASS|clase|IMO|IMDG|(?<![a-z])cl(?:\.|(?=\s*\d))|第|危险品|危险)\s*[:：]?\s*"
    r"([1-9](?:\.[1-6])?|[一二三四五六七八九](?:点[一二三四五六])?(?=\s*类))(?![\d.])\s*类?"
    # "UN1823八类": a Chinese numeral may follow the UN number's digits; "二点一类" is 2.1.
    r"|(?:(?<![\d.])(?=\d)|(?<![十百千万点])(?=[一二三四五六七八九]))"
    r"([1-9](?:\.[1-6])?|[一二三四五六七八九](?:点[一二三四五六])?)\s*类"
    r"\s*(?:危险品|危险|危品|货(?![好在已])|DG)?"
    # "烟花 1.4G", "1.1D": an explosive's division with its compatibility group letter.
    r"|(?<![\d.])(1\.[1-6])(?-i:[A-HJLNS])(?![A-Za-z\d])",
    re.I,
)
_NOT_DG = compile_fast(
    # "非DG", "不是DG": the English letters after the Chinese denial.
    # "尿素 不危险", "不算危险品": the goods said to be harmless.
    r"(?:非危险品|非危品|非危|非\s*DG|不是\s*DG|(?<![算是属])不(?:属于|是|算)?危险(?:品|货)?|无危险|没有危险|普货"
    r"|non[-\s]?DG|non[-\s]?hazardous"
    r"|non[-\s]?dangerous|not\s*(?:DG|dangerous|hazardous)|general cargo"
    # "no peligroso", "não perigosa", "non dangereux": the same in Spanish, Portuguese, French.
    r"|no\s+peligros[oa]s?|n[aã]o\s+perigos[oa]s?|non\s+dangereu(?:x|ses?))",
    re.I,
)
# A denial of DG is written with one of these (case-folded).
_NOT_DG_WORDS = cue_words(
    "非危",
    "非dg",
    "非 dg",
    "不是dg",
    "不是 dg",
    "不危险",
    "不是危险",
    "不算危险",
    "不属于危险品",
    "无危险",
    "没有危险",
    "普货",
    "non",
    "not",
    "general cargo",
    "no peligros",
    "não perigos",
    "nao perigos",
)
# A class is written after one of these or before 类 (any one, in the case-folded text).
_CLASS_WORDS = cue_words(
    "class",
    "clase",
    "imo",
    "imdg",
    "cl",
    "第",
    "危险",
    "类",
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
)
# "CLASS:8", "IMO 3": a class under its Latin label, read before counts ("CLASS:8\nPKG: …"
# is no 8 packages).
_LABELLED_CLASS = cue_words("class", "clase", "imo", "imdg")
_UN_WORDS = cue_words("un", "onu", "联合国")
# "（不带电池）", "不含锂电池", "no battery", "without lithium batteries": the DG word denied.
_NEGATION_BEFORE = compile_fast(
    r"(?:非|不是|不含|不带|不|无|没有|non[-\s]?|not\s*|no\s*|without\s*|w/o\s*)"
    r"(?:锂|lithium\s*|li-ion\s*)?$",
    re.I,
)
_DG_WORDS = compile_fast(r"(?:危险品|危险|危品|\bDG\b|dangerous|hazardous|MSDS|IMDG)", re.I)
_DG_CUES = cue_words("危险", "危品", "dg", "dangerous", "hazardous", "msds", "imdg")


HintFinder = Callable[[str], Iterable[tuple[int, int]]]


def dg_hint_finder(keywords: DGKeywords) -> HintFinder:
    """Where the DG keywords sit in a text, for the parser to mark them."""
    return keywords.keyword_spans


def read_un_number(scan: Scan) -> None:
    """Read before weights: "联合国编号一七八九二十吨" holds a UN number, then a weight."""
    un = scan.first_free(_UN) if scan.has_any(_UN_WORDS) else None
    if un is not None:
        scan.claim(*un.span())
        scan.put("un_number", un.group(1).translate(_SAID_DIGITS), [un.span()], 0.95)
        scan.put("dg", True, [un.span()], 0.95)
    if scan.has_any(_LABELLED_CLASS):
        for match in scan.free_matches(_CLASS):
            if match.group(1) is not None and match[0][0] not in "第危":
                _put_class(scan, match, match.group(1), 0.9)
                break


def _put_class(scan: Scan, match: re.Match[str], written: str, dg_confidence: float) -> None:
    scan.claim(*match.span())
    scan.put("dg_class", written.translate(_SAID_DIGITS), [match.span()], 0.9)
    scan.put("dg", True, [match.span()], dg_confidence)


def read_dg(scan: Scan, hints: HintFinder | None) -> None:
    held = scan.cue_bits  # `scan.has_any(cue)` for each cue below, without a call each
    negations = scan.free_matches(_NOT_DG) if held & _NOT_DG_WORDS.bits else []  # type: ignore[attr-defined]
    un = scan.found.get("un_number")
    hint_spans = [
        (start, end)
        for start, end in (hints(scan.text) if hints else ())
        if not _NEGATION_BEFORE.search(scan.norm[max(0, start - 20) : start])
        and not any(n.start() <= start < n.end() for n in negations)
    ]
    dg_words = held & _DG_CUES.bits and _DG_WORDS.search(scan.norm)  # type: ignore[attr-defined]
    dg_context = bool(un or hint_spans or dg_words)
    classes = scan.free_matches(_CLASS) if held & _CLASS_WORDS.bits else []  # type: ignore[attr-defined]
    for match in classes:
        # "第1轮", "第2次": 第 before a figure names a class only with 类 or in a DG message.
        explicit = match.group(1) is not None and (match[0][0] != "第" or "类" in match[0])
        if explicit or dg_context:
            written = match.group(1) or match.group(2) or match.group(3)
            _put_class(scan, match, written, 0.9 if explicit else 0.8)
            break
    if negations and un is None:
        # "class 9? 不是，非危": the customer's denial wins over a class or a keyword.
        scan.found.pop("dg_class", None)
        scan.found["dg"] = ParsedField("dg", False, (negations[0].span(),), 0.9)
        return
    if hint_spans and "dg" not in scan.found:
        scan.put("dg", True, hint_spans[:3], 0.8)
