"""Which cue words a message holds, for all the cues at once (see `message_scan.cue_words`).

Each word gets a key that must be in the message for the word to be: a character of its own
for a word holding a Chinese (or other non-ASCII) character, a pair of ASCII characters for a
word written in ASCII alone. A message is asked for its characters and its ASCII pairs once;
only the words whose key it holds are then looked for with `in`. The keys are chosen rare in
customers' messages, so few words are looked for in vain: the answer never depends on the
choice, only the time does.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from csdesk.rules.fastre import compile_plain

# Characters frequent in customers' messages, the most frequent first (from the intake corpus):
# a word keyed by one of them would be looked for in most messages.
_COMMON_CJK = (
    "到吨柜个每宁波货月拉上具海品箱斯价家一托各拼号出目青岛方标达深圳大萨高下天件好吉尺津门美电两"
    "周日金是不的要"
)
# Latin letters from the most to the least common in English.
_COMMON_LETTERS = "etaoinsrhldcumfpgwybvkxjqz"
# The most common pairs of letters in English text: poor keys.
_COMMON_PAIRS_TEXT = (
    "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le"
    " ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns ge ly ei os no"
    " pe do su pa ec ac rt di ol tr sa"
)
_COMMON_PAIRS = frozenset(_COMMON_PAIRS_TEXT.split())


class CueKeys(NamedTuple):
    """The cue words by key: `singles` are words of one character (their bits), `by_char` the
    words keyed by one of their characters, `by_pair` those keyed by two ASCII characters."""

    singles: dict[str, int]
    by_char: dict[str, tuple[tuple[str, int], ...]]
    by_pair: dict[tuple[str, str], tuple[tuple[str, int], ...]]
    pair_keys: frozenset[tuple[str, str]]
    # The key characters as one class: `findall` makes a string only of those in a message.
    char_finder: re.Pattern[str]


def _char_cost(char: str) -> int:
    index = _COMMON_CJK.find(char)
    return len(_COMMON_CJK) - index if index >= 0 else 0


def _ascii_cost(char: str) -> int:
    return 26 - _COMMON_LETTERS.find(char) if char.isalpha() else 30


def _pair_cost(pair: str) -> int:
    return _ascii_cost(pair[0]) + _ascii_cost(pair[1]) + (30 if pair in _COMMON_PAIRS else 0)


def _char_class(chars: set[str]) -> re.Pattern[str]:
    """One class of `chars`, its program kept between runs (csdesk.rules.pattern_store)."""
    if not chars:
        return compile_plain("(?!)")
    return compile_plain(f"[{''.join(map(re.escape, sorted(chars)))}]")


def build_keys(bits: dict[str, int]) -> CueKeys:
    """The keys of every cue word (`bits`: the bits each word stands for)."""
    singles: dict[str, int] = {}
    by_char: dict[str, list[tuple[str, int]]] = {}
    by_pair: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for word, bit in bits.items():
        if len(word) == 1:
            singles[word] = singles.get(word, 0) | bit
        elif not word.isascii():
            char = min((char for char in word if not char.isascii()), key=_char_cost)
            by_char.setdefault(char, []).append((word, bit))
        else:
            pair = min((word[start : start + 2] for start in range(len(word) - 1)), key=_pair_cost)
            by_pair.setdefault((pair[0], pair[1]), []).append((word, bit))
    return CueKeys(
        singles,
        {key: tuple(words) for key, words in by_char.items()},
        {key: tuple(words) for key, words in by_pair.items()},
        frozenset(by_pair),
        _char_class({*singles, *by_char}),
    )


def message_bits(keys: CueKeys, folded: str) -> int:
    """The bits of every cue word in `folded` (the message case-folded)."""
    bits = 0
    singles, by_char = keys.singles, keys.by_char
    for char in set(keys.char_finder.findall(folded)):
        bits |= singles.get(char, 0)
        for word, bit in by_char.get(char, ()):
            if word in folded:
                bits |= bit
    # The ASCII characters alone: a pair of ASCII characters in the message is in them (those
    # left side by side by a character taken out only cost a word looked for in vain).
    ascii_only = folded if folded.isascii() else folded.encode("ascii", "ignore").decode("ascii")
    # The pairs as tuples of two characters, paired in C, each ASCII character a shared object;
    # the keys among them picked straight from the pairing (a set of every pair first cost
    # about 1.3 us a message more).
    by_pair = keys.by_pair
    for pair in keys.pair_keys.intersection(pairwise(ascii_only)):
        for word, bit in by_pair[pair]:
            if word in folded:
                bits |= bit
    return bits
