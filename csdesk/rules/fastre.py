"""Compiling a pattern that `re` can skip through fast.

`re` searches a pattern at every position of the text unless it knows the characters a match
can begin with; a pattern opening with a look-behind, an optional group or a long alternation
hides them. `compile_fast` works those characters out from the parsed pattern and puts them in
front as a look-ahead (`(?=[...])`), which `re` then scans for in C. The pattern matches exactly
what it matched before on text folded by `textnorm.normalize`, where every decimal digit is an
ASCII digit (so `\\d` can start only with 0-9). When the first characters cannot be known (`.`,
`\\w`, a class such as `[^x]`) or are too many to gain from, it is compiled as written.

The parser's modules hold about 170 such patterns, and working them out and compiling them cost
a command that only stores an inquiry 150-170 ms of its start (issue 11). So `compile_fast`
hands back a `LazyPattern`, which does that work when the pattern is first used and from then
on answers `search`, `finditer`... with the compiled pattern's own methods, kept in slots: a
look-up costs less than a method look-up on a `re.Pattern` (which binds a new method each time).
"""

from __future__ import annotations

import functools
import re
from typing import Any, cast

from csdesk.rules import pattern_store
from csdesk.rules.trie_pattern import trie_alternatives

try:  # The parser of `re` itself: a private module, so any surprise falls back to plain re.
    import _sre as _sre_engine  # type: ignore[import-not-found]
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - an interpreter without them compiles plainly
    _sre = _sre_parse = _sre_compiler = _sre_engine = None


# A look-ahead over a large set costs more than it saves.
_MOST_FIRST_CHARS = 400


class _Unknown(Exception):
    """The first characters of a match cannot be listed."""


# What a compiled pattern answers, kept on a LazyPattern once it is compiled.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A `re.Pattern` compiled by `compile_fast` on its first use; until then, only text.

    No `__getattr__`: a class with one has every attribute looked up through it, uncached, and
    the parser looks up a hundred methods and cue bits a message (about 1% of a parse). The
    methods below are reached only before the first use; `compiled` then puts the compiled
    pattern's own in the instance's dict, which a look-up finds first from then on."""

    __slots__ = ("__dict__", "_compiled", "_flags", "_plain", "_source")

    def __init__(self, source: str, flags: int, plain: bool = False) -> None:
        """`plain`: compiled as written, without the look-ahead of its first characters."""
        self._source, self._flags, self._plain = source, flags, plain
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = _stored(self._source, self._flags, self._plain)
            self.__dict__.update({name: getattr(compiled, name) for name in _METHODS})
            self._compiled = compiled
        return compiled

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().scanner(*args, **kwargs)  # type: ignore[attr-defined]

    @property
    def pattern(self) -> str:
        return self.compiled().pattern

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: object) -> LazyPattern:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self._source, self._flags, self._plain))


class Cue(LazyPattern):
    """A cue's pattern, with the bits of its words (see `Scan.cue_bits`); the pattern's text,
    a trie of the words, is written only when a reader first searches with it (most cues are
    only ever answered from `cue_bits`: writing all ~57 on import cost `inquiry add` ~3 ms).

    Here rather than beside `cue_words` in message_scan: that module is compiled by mypyc
    (csdesk.compiled), whose classes cannot derive from one with slots and a __dict__."""

    __slots__ = ("_words", "bits")
    bits: int

    def __init__(self, words: tuple[str, ...]) -> None:
        super().__init__("", 0, plain=True)
        self._words: tuple[str, ...] | None = words

    def compiled(self) -> re.Pattern[str]:
        words = self._words
        if words is not None:
            self._source, self._words = trie_alternatives(words), None
        return super().compiled()

    def __reduce__(self) -> tuple[Any, ...]:
        self.compiled()
        return super().__reduce__()


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` with the look-ahead of its first characters, compiled when first used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def compile_plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled as written (the program `re.compile` makes), when first used: a
    module's patterns cost its import nothing, and those a run uses come from the store."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags, plain=True))


def _stored(source: str, flags: int, plain: bool) -> re.Pattern[str]:
    """The pattern made from its program kept between runs (csdesk.rules.pattern_store), or
    compiled and its program kept."""
    key = (source, int(flags), plain)
    entry = pattern_store.get(key)
    if entry is not None and _sre_engine is not None:
        try:
            return cast("re.Pattern[str]", _sre_engine.compile(*entry))
        except Exception:  # a damaged entry: compiled again below
            pattern_store.forget(key)
    compiled, entry = _compile_entry(source, flags, plain)
    if entry is not None:
        pattern_store.put(key, entry)
    return compiled


# A compiled pattern's program as `_sre.compile` takes it: (text, flags, code, groups,
# groupindex, indexgroup).
_Entry = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _compile(pattern: str, flags: int, plain: bool = False) -> re.Pattern[str]:
    return _compile_entry(pattern, flags, plain)[0]


def _compile_entry(pattern: str, flags: int, plain: bool) -> tuple[re.Pattern[str], _Entry | None]:
    """The pattern with its look-ahead (unless `plain`), and its program for the store, from
    one parse: working out the first characters and compiling share the parse tree."""
    if _sre_parse is None:
        return re.compile(pattern, flags), None
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except re.error:
        return re.compile(pattern, flags), None  # raises the error as `re` words it
    try:
        first = set() if plain else _first_chars(parsed, flags)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        first = set()
    if not first or len(first) > _MOST_FIRST_CHARS:
        return _from_tree(pattern, parsed, flags)
    ahead = f"(?=[{''.join(re.escape(char) for char in sorted(first))}])"
    source = f"{ahead}(?:{pattern})"
    try:
        # `(?=[...])(?:pattern)`: the look-ahead's items, then the pattern's, in sequence (a
        # top-level alternation is a single BRANCH item, so it stays whole).
        parsed.data[:0] = _sre_parse.parse(ahead, flags).data
    except (re.error, AttributeError, TypeError):
        return re.compile(source, flags), None
    return _from_tree(source, parsed, flags, _scanned_chars(first, flags))


def _from_tree(
    source: str, parsed: Any, flags: int, scanned: set[str] | None = None
) -> tuple[re.Pattern[str], _Entry | None]:
    """What `re.compile(source, flags)` returns, from `source` already parsed (the steps of
    `re._compiler.compile` after its parse), with its program; any surprise compiles plainly.
    `scanned`: characters every match begins with, for `re` to skip to in C (see `_skipping`)."""
    try:
        state = parsed.state
        code = [int(word) for word in _sre_compiler._code(parsed, flags)]
        if scanned:
            code = _skipping(code, scanned, flags)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        entry: _Entry = (
            source,
            int(flags | state.flags),
            code,
            state.groups - 1,
            dict(state.groupdict),
            tuple(indexgroup),
        )
        return _sre_engine.compile(*entry), entry
    except Exception:  # pragma: no cover - another interpreter's internals
        return re.compile(source, flags), None


# Characters outside ASCII that `re.IGNORECASE` matches with an ASCII letter (every other
# character it matches with one is that letter's other case); tests/unit/test_fastre_skip.py
# asks all of Unicode.
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _scanned_chars(first: set[str], flags: int) -> set[str] | None:
    """Every character a match of a pattern opening with `(?=[first])` can begin with, as `re`
    compares them (under IGNORECASE, each case), or None when that cannot be told cheaply (a
    letter with cases outside ASCII) or `re` could not use them (LOCALE)."""
    if flags & re.LOCALE:
        return None
    if not flags & re.IGNORECASE:
        return first
    chars: set[str] = set()
    for char in first:
        if char.isascii():
            lower = char.lower()
            chars.update((lower, char.upper()), _CASE_EXTRAS.get(lower, ""))
        elif char.lower() == char == char.upper():
            chars.add(char)
        else:
            return None
    return chars


def _skipping(code: list[int], scanned: set[str], flags: int) -> list[int]:
    """The program with `scanned` as the characters its matches begin with, in its INFO block,
    as `re` writes one for a pattern opening with a class: a search then steps over every
    other character in C instead of trying the pattern there (a pattern opening with a
    look-ahead or a look-behind is tried at every position otherwise). The look-ahead of
    `compile_fast` already fails anywhere else, so the matches are the same."""
    info, skip, mask, low = code[0], code[1], code[2], code[3]
    if info != _sre.INFO or mask or not low:  # a prefix of its own, or a match can be empty
        return code
    charset, _ = _sre_compiler._optimize_charset([(_sre.LITERAL, ord(c)) for c in scanned])
    block = [_sre.INFO, 0, _sre.SRE_INFO_CHARSET, low, code[4]]
    _sre_compiler._compile_charset(charset, flags, block)
    block[1] = len(block) - 1
    return [int(word) for word in block] + code[skip + 1 :]


def _first_chars(parsed: Any, flags: int) -> set[str]:
    if _re_sees_the_start(list(parsed), flags):
        return set()
    chars, can_be_empty = _firsts(list(parsed), flags)
    if can_be_empty:
        raise _Unknown
    if flags & re.IGNORECASE:
        chars |= {char.swapcase() for char in chars} | {char.lower() for char in chars}
    return chars


def _re_sees_the_start(items: list[Any], flags: int) -> bool:
    """`re` finds a pattern fast on its own when it opens with a character, a class, an anchor
    or (case-sensitive) alternatives that each open with a character."""
    while items and items[0][0] is _sre.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return False
    op, argument = items[0]
    if op in (_sre.LITERAL, _sre.IN, _sre.AT):
        return True
    if op is _sre.BRANCH and not flags & re.IGNORECASE:
        return all(branch and branch[0][0] is _sre.LITERAL for branch in argument[1])
    return False


def _firsts(items: list[Any], flags: int) -> tuple[set[str], bool]:
    """(characters the sequence can start with, whether it can match empty)."""
    chars: set[str] = set()
    for op, argument in items:
        found, empty = _first_of(op, argument, flags)
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _first_of(op: Any, argument: Any, flags: int) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {chr(argument)}, False
    if op is _sre.IN:
        return _in_class(argument), False
    if op is _sre.NOT_LITERAL or op is _sre.ANY:
        raise _Unknown
    if op is _sre.SUBPATTERN:
        return _firsts(list(argument[-1]), flags)
    if op is _sre.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in argument[1]:
            found, branch_empty = _firsts(list(branch), flags)
            chars |= found
            empty = empty or branch_empty
        return chars, empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = argument
        found, empty = _firsts(list(body), flags)
        return found, empty or low == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    raise _Unknown


@functools.cache
def _unicode_chars(test: str) -> frozenset[str]:
    """Every character `\\s` (str.isspace) matches in a str pattern."""
    return frozenset(chr(code) for code in range(0x3001) if getattr(chr(code), test)())


def _in_class(items: list[Any]) -> set[str]:
    chars: set[str] = set()
    for op, argument in items:
        if op is _sre.LITERAL:
            chars.add(chr(argument))
        elif op is _sre.RANGE and argument[1] - argument[0] <= 200:
            chars.update(chr(code) for code in range(argument[0], argument[1] + 1))
        elif op is _sre.CATEGORY and argument is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")  # normalize() made every decimal digit ASCII
        elif op is _sre.CATEGORY and argument is _sre.CATEGORY_SPACE:
            chars.update(_unicode_chars("isspace"))
        else:
            raise _Unknown
    return chars
