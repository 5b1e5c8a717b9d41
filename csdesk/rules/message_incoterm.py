"""Reading the incoterm of a message ("FOB", "CIF Lagos", "EXW 工厂"), unless it is denied or
only a side of a route ("SH-FOB" is no term). Split from message_terms."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, Span, cue_words

_INCOTERM = compile_fast(
    r"(?<![a-z])(EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DAT|DDP|DDU)(?![a-z])"
    r"|(双清包税|双清不包税|不包税|包税|工厂交货)",
    re.I,
)
_INCOTERM_ALIASES = {
    "CNF": "CFR",
    "C&F": "CFR",
    "DAT": "DPU",
    "双清包税": "DDP",
    "包税": "DDP",
    "双清不包税": "DDU",
    "不包税": "DDU",
    "工厂交货": "EXW",
}


_INCOTERM_WORDS = cue_words(
    "exw",
    "fca",
    "fas",
    "fob",
    "cfr",
    "cnf",
    "c&f",
    "cif",
    "cpt",
    "cip",
    "dap",
    "dpu",
    "dat",
    "ddp",
    "ddu",
    "包税",
    "工厂交货",
)


_TERM_DENIED = compile_fast(
    r"[^.,;\n]{0,24}?(?:(?<![a-z])(?:is|are)\s+)?(?:not\s+(?:needed|required|necessary)|no\s+need)"
    r"|[^，。,;\n]{0,10}?(?:不需要|不用)"
    # "DAP Nairobi? no, DDU…", "CIF拉各斯? 不是 CFR": a term asked about and denied.
    r"|[^.,;?？\n]{0,24}?[?？]\s*(?:不是|不不|不对|no|nope|not)(?![a-z])",
    re.I,
)


# "Not CIF Tema any more: … DAP Kumasi", "不是FOB 是CIF", "no longer EXW": the term given up.
# (not "FOB宁波? 不是 CIF拉各斯": the 不是 answers the question, the term after it is meant)
_NOT_BEFORE = compile_fast(
    r"(?<![?？])(?<![?？]\s)(?:(?<![a-z])not|no\s+longer|不是|不要|不做)\s*$", re.I
)


# "SH-CPT", "NB/CPT": a term's letters on the right of a route in port codes are a port's.
_ROUTE_LEFT = compile_fast(r"(?<![A-Za-z])([A-Z]{2,3})\s*(?:-+>?|~|/|>)\s*$")


_VALUE_TERM = compile_fast(r"(?:valor|value|valeur|货值|发票)\s*[:：]?\s*$", re.I)


# Every term but the delivered ones (DAP, DPU, DDP, DDU) and EXW itself.
_NOT_DOOR = frozenset(["FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP"])


def _route_side(scan: Scan, start: int) -> bool:
    left = _ROUTE_LEFT.search(scan.norm, max(0, start - 8), start)
    return left is not None and _INCOTERM.fullmatch(left.group(1)) is None


def read_incoterm(scan: Scan) -> None:
    terms: dict[str, list[Span]] = {}
    for match in scan.free_matches(_INCOTERM) if scan.has_any(_INCOTERM_WORDS) else ():
        word = match.group(0).upper()
        if match.group(0).isupper() and _route_side(scan, match.start()):
            continue
        if _VALUE_TERM.search(scan.norm, max(0, match.start() - 10), match.start()):
            continue  # "valor FOB USD 38.000", "FOB value": the goods' value, not the terms
        terms.setdefault(_INCOTERM_ALIASES.get(word, word), []).append(match.span())
    if len(terms) > 1:  # "DDU Nairobi is not needed, just CFR Mombasa": not the denied one
        terms = {
            term: spans
            for term, spans in terms.items()
            if _TERM_DENIED.match(scan.norm, spans[0][1]) is None
            and _NOT_BEFORE.search(scan.norm, max(0, spans[0][0] - 12), spans[0][0]) is None
        }
    if len(terms) == 2 and "EXW" in terms and not terms.keys() & _NOT_DOOR:
        # "quote DDP door to door … (EXW factory: …)": the pickup at the factory is part of a
        # delivered term's door to door; the delivered term is the quote's.
        del terms["EXW"]
    if len(terms) > 1:  # "FOB Xiamen, CIF Lagos? Sorry, need CFR": the corrected one
        terms = {term: spans for term, spans in terms.items() if scan.corrected(spans[0][0])}
    if len(terms) == 1:
        term, spans = next(iter(terms.items()))
        scan.put("incoterm", term, spans, 0.9)
        for span in spans:
            scan.claim(*span)
