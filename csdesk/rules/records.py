"""Value classes written out rather than made by `@dataclass` (issue 11).

`@dataclass` writes each class's `__init__`, `__repr__` and `__eq__` (and `__hash__`,
`__setattr__`, `__delattr__` for a frozen one) as source text and `exec`s it when its module
is imported: about half a millisecond a class, which the parser's and the checks' value classes
made a third of what `csdesk inquiry add` spends above a listing. A class deriving from
`Record` (or `FrozenRecord`) names its fields in `_fields` and writes its own `__init__`,
compiled with its module and so read from byte-code; the rest behaves as `@dataclass` (or
`@dataclass(frozen=True)`) made it: the same repr, equal when of the same class with equal
fields, hashed on the fields when frozen (unhashable otherwise), and a frozen one refuses any
change with `dataclasses.FrozenInstanceError`. tests/unit/test_records.py checks each such
class against the dataclass it replaces. Classes that `dataclasses.replace`, `fields` or
`asdict` are used on stay dataclasses; `replace` is a method here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from operator import attrgetter
from typing import Any, ClassVar, Self


class Record:
    """A mutable value: `@dataclass` with its defaults (init, repr, eq)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    # The fields' values as one tuple, in `_fields` order (what the equality and hash compare).
    _values: ClassVar[Callable[[Any], tuple[Any, ...]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names = cls._fields
        if not names:  # FrozenRecord: no fields of its own
            return
        if len(names) == 1:  # attrgetter of one name gives the value, not a 1-tuple
            cls._values = staticmethod(lambda record: (getattr(record, names[0]),))
        else:
            cls._values = staticmethod(attrgetter(*names))
        cls.__match_args__ = names  # type: ignore[attr-defined,misc]

    def _assign(self, *values: Any) -> None:
        """The fields set in `_fields` order, as a generated `__init__` sets them."""
        try:
            self.__dict__.update(zip(self._fields, values, strict=True))
        except AttributeError:  # a class compiled by mypyc (csdesk.compiled) has no __dict__
            for name, value in zip(self._fields, values, strict=True):
                object.__setattr__(self, name, value)

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes`, as `dataclasses.replace` makes it."""
        return type(self)(**{name: getattr(self, name) for name in self._fields} | changes)

    def __reduce_ex__(self, protocol: Any) -> Any:
        """Pickled as `@dataclass` pickles it; a class compiled by mypyc (csdesk.compiled) has
        no __dict__ to restore, so it is made again from its fields (its `__init__` takes them
        in `_fields` order)."""
        if hasattr(self, "__dict__"):
            return super().__reduce_ex__(protocol)
        return (type(self), type(self)._values(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return type(self)._values(self) == type(self)._values(other)
        return NotImplemented


class FrozenRecord(Record):
    """An immutable, hashable value: `@dataclass(frozen=True)`."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(type(self)._values(self))

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
