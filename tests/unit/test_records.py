"""The value classes written out on csdesk.rules.records behave as the dataclasses they
replace: the same constructor, repr, equality, hash and refusal to change when frozen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import inspect
import pickle
import sys
from typing import Any

import pytest

from csdesk import compiled
from csdesk.commands.common import GlobalOptions
from csdesk.desk.handle import AgentInfo
from csdesk.desk.inquiry_add import AddedInquiry
from csdesk.desk.reference import PortSearch
from csdesk.rules.commodities import Commodity
from csdesk.rules.containers import ContainerSpec
from csdesk.rules.dg import DGKeyword, DGScan
from csdesk.rules.findings import Finding, Localized
from csdesk.rules.inquiry_fields import ContainerLine, Dimensions, InquiryFields
from csdesk.rules.intake import CheckContext, CheckResult
from csdesk.rules.lanes import Asker, LaneInfo
from csdesk.rules.mentions import Alias
from csdesk.rules.message_box_counts import Box
from csdesk.rules.message_bulk import _Item
from csdesk.rules.message_parser import ParseResult
from csdesk.rules.ports import PortRef
from csdesk.rules.records import FrozenRecord, Record
from csdesk.rules.sla import Clock, HitRate
from csdesk.tui_start import TuiOptions

# Each class with the values of one instance and of another that differs in its last field.
CASES: list[tuple[type[Record], tuple[Any, ...], tuple[Any, ...]]] = [
    (
        PortRef,
        ("CNNGB", "Ningbo", "宁波", "CN", "FE", ("NB",)),
        ("CNNGB", "Ningbo", "宁波", "CN", "FE"),
    ),
    (
        ContainerSpec,
        ("40HQ", "45G1", "HQ", 2, 26500, 76.3, False, ("40HC",)),
        ("40HQ", "45G1", "HQ", 2, 26500, 76.3, False),
    ),
    (
        Commodity,
        ("furniture", ("家具",), ("furniture",), 150.0, 450.0),
        ("furniture", ("家具",), ("furniture",), 150.0, 451.0),
    ),
    (DGKeyword, ("锂电池", "zh", "9", "[/] note"), ("锂电池", "zh", "9", "")),
    (DGScan, ((), ("UN3480",), ("9",), ("UN3480",)), ((), ("UN3480",), ("9",), ())),
    (
        LaneInfo,
        ("WAF", "西非", "West Africa", True, False),
        ("WAF", "西非", "West Africa", True, True),
    ),
    (Asker, ("peer", True, "宁波海天"), ("peer",)),
    (Alias, ("Ningbo", 1, True), ("Ningbo", 1)),
    (PortSearch, ([], []), ([], [1])),
    (Box, ("40HQ", 2, True, (0, 4), True, False), ("40HQ", 2, True, (0, 4))),
    (_Item, (3, "crates", (0, 8), 9, 1.5, (10, 14)), (3, "crates", (0, 8), 9)),
    (AddedInquiry, (7, "open", None, None), (7, "open", None, 1)),
    (Localized, ("西非", "West Africa"), ("西非", "WAF")),
    (Finding, ("E1", "pol", "intake.x", {"a": 1}, "text"), ("E1", "pol", "intake.x")),
    (ContainerLine, ("40HQ", 2), ("40HQ", 3)),
    (Dimensions, (120.0, 80.0, 60.0), (120.0, 80.0, 61.0)),
    (Clock, (True, False, dt.timedelta(minutes=4), None), (True, False, dt.timedelta(0), True)),
    (HitRate, (3, 4), (3, 5)),
    (
        AgentInfo,
        (1, "li", "李", "agent", "A", dt.date(2026, 1, 5)),
        (1, "li", "李", "agent", "A", None),
    ),
    (GlobalOptions, ("x.db", "li", "en", dt.date(2026, 11, 30)), ()),
    (TuiOptions, ("x.db", "li", "en", None, "2026-12-07T10:00+08:00"), ("x.db", "li", "en", None)),
    (
        CheckResult,
        (InquiryFields(), ["pol"], [], [], [], True, {"pol": "Lagoss"}, {}),
        (InquiryFields(), ["pol"], [], [], []),
    ),
    (ParseResult, ("2x40HQ", {}, {"pod": None}, []), ("2x40HQ", {})),
    (
        InquiryFields,
        (
            "FCL",
            "CNNGB",
            "DEHAM",
            [ContainerLine("40HQ", 2)],
            "家具",
            18000.0,
            None,
            None,
            Dimensions(1, 2, 3),
            "FOB",
            dt.date(2026, 12, 7),
        ),
        ("FCL", "CNNGB", "DEHAM", [ContainerLine("40HQ", 2)], "家具", 18000),
    ),
    (
        CheckContext,
        (dt.date(2026, 11, 30), None, None, None, {"WAF": None}, Asker("peer"), len),
        (dt.date(2026, 11, 30),),
    ),
]
# Fields a dataclass filled from a factory (a new empty dict or list): None stands for it in
# the written-out constructor.
FACTORIES: dict[tuple[type[Record], str], Any] = {
    (Finding, "params"): dict,
    (CheckResult, "port_texts"): dict,
    (CheckResult, "ports"): dict,
    (ParseResult, "unresolved"): dict,
    (ParseResult, "questions"): list,
    (InquiryFields, "containers"): list,
    (CheckContext, "lanes"): dict,
}  # fmt: skip


def _pure_class(cls: type[Record]) -> type[Record]:
    """`cls`, or its pure-Python twin when its module is compiled (csdesk.compiled): mypyc
    keeps no signature of the methods it compiles."""
    module = sys.modules[cls.__module__]
    if (module.__file__ or "").endswith(".py"):
        return cls
    spec = importlib.util.spec_from_file_location(
        f"pure_{module.__name__}", compiled.source_path(module.__name__)
    )
    assert spec is not None and spec.loader is not None
    pure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pure)
    twin: type[Record] = getattr(pure, cls.__qualname__)
    return twin


def _vars(record: Any) -> dict[str, Any]:
    """The record's attributes (a class compiled by mypyc keeps them in slots, not a dict)."""
    try:
        return vars(record)
    except TypeError:
        return {name: getattr(record, name) for name in type(record)._fields}


def _changed(value: Any) -> Any:
    """Another value of the same type (a class compiled by mypyc checks its fields' types)."""
    return value + 1 if type(value) is int else "changed"


def _reference(cls: type[Record]) -> type:
    """The dataclass `cls` was before: the same fields, defaults and frozenness."""
    parameters = inspect.signature(_pure_class(cls).__init__).parameters
    specs = [
        (name, Any, dataclasses.field(default_factory=FACTORIES[cls, name]))
        if (cls, name) in FACTORIES
        else (name, Any) if parameters[name].default is inspect.Parameter.empty
        else (name, Any, dataclasses.field(default=parameters[name].default))
        for name in cls._fields
    ]  # fmt: skip
    frozen = issubclass(cls, FrozenRecord)
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=frozen)


@pytest.mark.parametrize(("cls", "values", "other"), CASES, ids=lambda case: str(case)[:20])
def test_a_written_out_class_behaves_as_its_dataclass(
    cls: type[Record], values: tuple[Any, ...], other: tuple[Any, ...]
) -> None:
    reference = _reference(cls)
    assert list(inspect.signature(_pure_class(cls)).parameters) == list(cls._fields)
    record, twin, different = cls(*values), cls(*values), cls(*other)
    expected, expected_other = reference(*values), reference(*other)
    # The same repr but for the class's own qualified name.
    assert repr(record).split("(", 1)[1] == repr(expected).split("(", 1)[1]
    assert repr(record).startswith(f"{cls.__qualname__}(")
    assert _vars(record) == vars(expected) and _vars(different) == vars(expected_other)
    assert record == twin and record != different and (record == expected) is False
    assert vars(cls)["__match_args__"] == vars(reference)["__match_args__"]
    if cls is not CheckContext:  # holds a function
        assert pickle.loads(pickle.dumps(record)) == record
    first, changed = cls._fields[0], _changed(values[0])
    assert record.replace(**{first: changed}) == cls(changed, *values[1:])  # type: ignore[call-arg]
    assert _vars(record.replace()) == vars(dataclasses.replace(expected))
    with pytest.raises(TypeError):
        record.replace(no_such_field=1)
    if issubclass(cls, FrozenRecord):
        try:
            expected_hash = hash(expected)
        except TypeError:  # a field holds a list: neither can be hashed
            with pytest.raises(TypeError):
                hash(record)
        else:
            assert hash(record) == expected_hash == hash(twin)
        with pytest.raises(dataclasses.FrozenInstanceError):
            record.__setattr__(cls._fields[0], None)
        with pytest.raises(dataclasses.FrozenInstanceError):
            record.__delattr__(cls._fields[0])
    else:
        assert reference.__hash__ is None and cls.__hash__ is None  # type: ignore[comparison-overlap]
        setattr(record, first, changed)
        assert getattr(record, first) == changed


def test_a_record_of_one_field_compares_its_value_as_a_tuple() -> None:
    class Single(FrozenRecord):
        value: float
        _fields = ("value",)

        def __init__(self, value: float) -> None:
            self._assign(value)

    nan = float("nan")
    reference = dataclasses.make_dataclass("Single", [("value", float)], frozen=True)
    assert (Single(nan) == Single(nan)) is (reference(nan) == reference(nan)) is True
    assert hash(Single(2.0)) == hash(reference(2.0))
    assert repr(Single(2.0)).endswith("Single(value=2.0)")


def test_a_field_made_by_a_factory_is_new_for_each_record() -> None:
    first, second = Finding("E1", None, "k"), Finding("E1", None, "k")
    assert first.params == {} and first.params is not second.params
    questions: list[Any] = []
    assert ParseResult("x", {}, None, questions).questions is questions
    assert CheckResult(InquiryFields(), [], [], [], []).ports is not (
        CheckResult(InquiryFields(), [], [], [], []).ports
    )
