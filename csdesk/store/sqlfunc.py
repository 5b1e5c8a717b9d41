"""SQL functions that differ between SQLite and PostgreSQL, under one portable name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class position_in(GenericFunction[int]):
    """1-based position of a substring (0 when absent): SQLite's instr, PostgreSQL's strpos.

    Unlike LIKE it has no wildcards to escape and no case folding to pay for, and it finds one
    or two characters, which trigram indexes cannot.
    """

    type = Integer()
    inherit_cache = True
    name = "position_in"


@compiles(position_in, "sqlite")
def _instr(element: Any, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(position_in, "postgresql")
def _strpos(element: Any, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"
