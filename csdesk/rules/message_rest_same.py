"""A reply changing one figure of a request says the rest stays as it was: "Lo demás igual",
"rest unchanged", "everything else the same", "o resto igual", "le reste inchangé". The words
keep the request's other fields; they are never the goods, and are set aside before any reader
runs (with or without the request quoted under them)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words

_REST_WORDS = cue_words(
    "igual", "same", "unchanged", "inchang", "pareil", "identique", "inalterad", "sans changement"
)
# "misma mercancía", "mesma mercadoria", "même marchandise": the goods kept.
_KEPT_WORDS = cue_words("mism", "mesm", "même", "meme")
# What a reply keeps "the same" of the request it answers.
_KEPT = (
    r"(?:commodity|goods|cargo|product|ready date|cargo ready date|date|route|pol|pod|weight"
    r"|details|mercanc[ií]a|mercader[ií]a|carga|producto|fecha|mercadoria|produto|data"
    r"|marchandise|produit|date)"
)
_REST_SAME = compile_fast(
    # Spanish and Portuguese: "todo lo demás igual", "el resto sigue igual", "o resto fica igual".
    r"(?<![a-z])(?:(?:todo )?lo dem[aá]s|(?:todo )?(?:el |o )?resto)"
    r"(?: (?:sigue|queda|est[aá]|es|é|fica|continua|segue|permanece))? (?:igual|inalterado)"
    # French: "le reste inchangé", "tout le reste est pareil".
    r"|(?<![a-z])(?:tout )?le reste(?: (?:est|reste|demeure))?"
    r" (?:inchang[ée]e?s?|pareil|identique|sans changement)"
    # English: "rest unchanged", "the rest is the same", "everything else stays the same".
    r"|(?<![a-z])(?:(?:the )?rest|everything else|all else|all other (?:details|info))"
    r"(?: (?:is|are|stays|stay|remains|remain))? (?:the same|same|unchanged)(?![a-z])"
    # "same commodity and ready date", "misma mercancía y fecha", "mesma mercadoria",
    # "même marchandise": the request's goods (and date) kept, never goods called "and".
    rf"|(?<![a-z])(?:the )?(?:same|mism[oa]s?|mesm[oa]s?|m[êe]mes?) {_KEPT}"
    rf"(?:(?:,| and| y| e| et| &)(?: the| la| el| a| o| le)?"
    r" (?:same |mism[oa] |mesm[oa] |m[êe]me )?"
    # ("Misma mercancía (neumáticos)": the goods named again in brackets are read.)
    rf"{_KEPT})*(?![a-z])(?!\s*[(（:：])",
    re.I,
)


def set_aside_rest_same(scan: Scan) -> None:
    if not scan.has_any(_REST_WORDS) and not scan.has_any(_KEPT_WORDS):
        return
    for said in scan.free_matches(_REST_SAME):
        scan.claim(*said.span())
