"""One regular expression for a long list of words, shaped as a trie.

Python's `re` tries the alternatives of `a|b|c` one after another at every position; with the
words folded into a trie ("sofa(?:s)?", "钢(?:管|材)") each position costs one branch per
character, which makes a few hundred names as cheap to find as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching exactly `words`, the longest first at each position (greedy)."""
    return _emit(_trie(words)) or r"(?!)"


def trie_alternatives(words: Iterable[str]) -> str:
    """The same as `trie_pattern`, its first level left as bare alternatives ("a…|b…|钢…"):
    `re` then scans for their first characters in C, as it does for a plain "a|b|c"."""
    root = _trie(words)
    if _END in root:
        return _emit(root) or r"(?!)"
    branches = [re.escape(char) + _emit(child) for char, child in sorted(root.items())]
    return "|".join(branches) or r"(?!)"


def _trie(words: Iterable[str]) -> _Node:
    root: _Node = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _emit(node: _Node) -> str:
    ends_here = _END in node
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else f"(?:{'|'.join(branches)})"
    return f"{body}?" if ends_here else body
