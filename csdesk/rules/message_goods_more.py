"""One more word closing an English or Latin goods phrase read around a known name: after
"and" ("doors and windows"), after the "of" of a Latin name ("móveis de jardim") or after
what the goods are for ("spare parts for tractors") (split from message_goods)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS
from csdesk.rules.message_scan import Scan


def and_one_more(scan: Scan, words: list[re.Match[str]], last: int) -> int:
    """ "aluminium doors and windows,": one more word after "and", closing the list item;
    "pneus de carga,", "móveis de jardim.": or after the "of" of a Latin name."""
    if last + 2 >= len(words) or words[last + 1][0].lower() not in _ONE_MORE:
        return last
    after = words[last + 2]
    spaced = scan.norm[words[last].end() : after.start()] == f" {words[last + 1][0]} "
    closes = _ITEM_CLOSE.match(scan.norm, after.end()) is not None
    if not closes and words[last + 1][0].lower() in _FOR:  # "spare parts for tractors 18 tons"
        closes = _FIGURE_NEXT.match(scan.norm, after.end()) is not None
    plain = after[0].lower() not in NOT_GOODS
    return last + 2 if spaced and closes and plain else last


# "spare parts for tractors", "pièces pour tracteurs": what the goods are for is theirs too.
_FOR = frozenset(["for", "pour"])
_ONE_MORE = frozenset(["and", "de", "da", "do", "para", *_FOR])
_ITEM_CLOSE = compile_fast(r"\s*(?:[,;.\n]|$)")
_FIGURE_NEXT = compile_fast(r"\s+(?:(?:in|en|dans)\s+)?\d")
