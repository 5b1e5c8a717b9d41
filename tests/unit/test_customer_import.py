from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.i18n import CATALOGUES, LANGUAGES
from csdesk.rules.customer_import import (
    FIELDS,
    HEADERS,
    Match,
    ParsedRow,
    cell_text,
    column_letter,
    decide,
    find_matches,
    header_key,
    map_headers,
    neutralise_cell,
    parse_row,
    parse_value,
    phone_key,
    restore_cell,
)
from csdesk.rules.vocab import CUSTOMER_KINDS, OWNERSHIPS, SOURCES

ZH_HEADER = list(HEADERS.values())
EN_HEADER = list(FIELDS)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("客户名称", "name"),
        (" 客户 名称 ", "name"),
        ("客户名称*", "name"),
        ("Name", "name"),
        ("ＮＡＭＥ", "name"),
        ("Customer Name", "name"),
        ("类型", "kind"),
        ("KIND", "kind"),
        ("等级", "tier"),
        ("Tier", "tier"),
        ("客服", "owner"),
        ("owner", "owner"),
        ("联系人", "contact"),
        ("电话(手机)", "phone"),
        ("电话（手机）", "phone"),
        ("Phone", "phone"),
        ("微信", "wechat"),
        ("WeChat", "wechat"),
        ("邮箱", "email"),
        ("E-Mail", "email"),
        ("来源", "source"),
        ("性质", "ownership"),
        ("VIP", "vip"),
        ("vip", "vip"),
        ("备注", "note"),
        ("Remarks", "note"),
    ],
)
def test_headers_in_chinese_or_english_any_width_case_or_spacing(header: str, field: str) -> None:
    assert map_headers([header]).columns == {field: 0}


def test_unknown_and_repeated_headers_are_kept_for_the_report() -> None:
    headers = map_headers(["客户名称", "Foo", None, "电话", "Phone", "  "])
    assert headers.columns == {"name": 0, "phone": 3}
    assert headers.unknown == ["Foo"]
    assert headers.repeated == ["Phone"]
    assert headers.named == {0, 1, 3, 4}
    assert headers.label("phone") == "电话"
    assert headers.label("tier") == "等级"


@given(
    st.sampled_from([alias for alias in [*ZH_HEADER, *EN_HEADER]]),
    st.lists(st.sampled_from([" ", "　", "\t"]), max_size=3),
    st.booleans(),
    st.booleans(),
)
def test_any_spelling_of_a_known_header_maps_to_its_field(
    header: str, spaces: list[str], upper: bool, wide: bool
) -> None:
    field = map_headers([header]).columns
    text = header.upper() if upper else header
    if wide:
        text = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)
    text = "".join(spaces) + text[:1] + "".join(spaces) + text[1:] + "".join(spaces)
    assert map_headers([text]).columns == field


@given(st.lists(st.one_of(st.none(), st.text(max_size=20), st.integers()), max_size=15))
def test_every_header_is_mapped_reported_or_empty(cells: list[object]) -> None:
    headers = map_headers(cells)
    mapped = len(headers.columns) + len(headers.unknown) + len(headers.repeated)
    assert mapped == len(headers.named) == sum(1 for cell in cells if cell_text(cell))
    assert header_key(header_key("客户 名称")) == header_key("客户名称")


@pytest.mark.parametrize(
    ("field", "text", "value"),
    [
        ("kind", "直客", "direct"),
        ("kind", "同行", "peer"),
        ("kind", "外代", "agent"),
        ("kind", "PEER", "peer"),
        ("kind", "Overseas Agent", "agent"),
        ("tier", "a", "A"),
        ("tier", "Ｂ", "B"),
        ("tier", "C类", "C"),
        ("tier", "D", "D"),
        ("vip", "是", True),
        ("vip", "否", False),
        ("vip", "Y", True),
        ("vip", "n", False),
        ("vip", "1", True),
        ("vip", "0", False),
        ("vip", "TRUE", True),
        ("vip", "false", False),
        ("vip", "VIP", True),
        ("source", "自主开发", "own"),
        ("source", "离职业务员", "departed_sales"),
        ("source", "departed sales", "departed_sales"),
        ("source", "dormant_pool", "dormant_pool"),
        ("source", "VIP", "vip"),
        ("ownership", "国企", "soe"),
        ("ownership", "央企", "central_soe"),
        ("ownership", "民企", "private"),
        ("ownership", "外企", "foreign"),
        ("ownership", "Central SOE", "central_soe"),
        ("ownership", "central_soe", "central_soe"),
        ("note", "备注 [/] 结束", "备注 [/] 结束"),
    ],
)
def test_values_in_chinese_english_or_codes(field: str, text: str, value: object) -> None:
    assert parse_value(field, text) == (value, None)


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("kind", "客户"),
        ("tier", "E"),
        ("tier", "AA"),
        ("vip", "maybe"),
        ("source", "朋友"),
        ("ownership", "个体"),
    ],
)
def test_values_outside_the_vocabulary_are_problems(field: str, text: str) -> None:
    value, problem = parse_value(field, text)
    assert value is None
    assert problem is not None and problem[0] == "transfer.bad_choice"
    assert problem[1]["value"] == text


@pytest.mark.parametrize(
    ("prefix", "field", "codes"),
    [
        ("kind", "kind", CUSTOMER_KINDS),
        ("ownership", "ownership", OWNERSHIPS),
        ("source", "source", SOURCES),
    ],
)
def test_every_label_the_desk_shows_reads_back(
    prefix: str, field: str, codes: tuple[str, ...]
) -> None:
    for lang in LANGUAGES:
        for code in codes:
            assert parse_value(field, CATALOGUES[lang][f"{prefix}.{code}"]) == (code, None)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        (13812345678, "13812345678"),
        (13812345678.0, "13812345678"),
        (1.5, "1.5"),
        (True, "true"),
        (dt.datetime(2026, 11, 30), "2026-11-30"),
        (dt.datetime(2026, 11, 30, 8, 30), "2026-11-30 08:30:00"),
        (dt.date(2026, 11, 30), "2026-11-30"),
        ("  宁波 海天  ", "宁波 海天"),
        ("a\x07b\x00c", "abc"),
        ("line\r\nbreak", "line\nbreak"),
        ("'=HYPERLINK(1)", "=HYPERLINK(1)"),
        ("'plain", "'plain"),
    ],
)
def test_cell_text(cell: object, text: str) -> None:
    assert cell_text(cell) == text


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ('=HYPERLINK("http://x","点我")', '\'=HYPERLINK("http://x","点我")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        # Control characters go before the check: a sheet drops them, and what is left must
        # not start a formula (issue 10: `\x01=HYPERLINK` exported as a live formula).
        ("\rx", "x"),
        ('\x01=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("\x1b\x9b+1", "'+1"),
        ("'=1", "''=1"),
        ("宁波海天", "宁波海天"),
        ("'quoted", "'quoted"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(text: str, safe: str) -> None:
    assert neutralise_cell(text) == safe
    assert restore_cell(safe) == strip_cell_controls(text)


def strip_cell_controls(text: str) -> str:
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text)


@given(st.text())
def test_neutralised_cells_never_start_a_formula_and_restore_exactly(text: str) -> None:
    safe = neutralise_cell(text)
    assert not re.match(r"[=+\-@\t\r]", safe)
    # A sheet drops control characters, so the check must not count on them either.
    assert not re.match(r"[=+\-@\t\r]", strip_cell_controls(safe))
    assert restore_cell(safe) == strip_cell_controls(text)


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letters(index: int, letter: str) -> None:
    assert column_letter(index) == letter


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("13812345678", "+86 138-1234-5678"),
        ("13812345678", "0086 138 1234 5678"),
        ("021-6234 5678", "+86 21 6234 5678"),
        ("１３８１２３４５６７８", "138 1234 5678"),
    ],
)
def test_the_same_phone_written_differently_has_one_key(one: str, other: str) -> None:
    assert phone_key(one) == phone_key(other) is not None


@pytest.mark.parametrize("phone", [None, "", "8001", "ext 12", "无"])
def test_short_or_missing_phones_identify_nothing(phone: str | None) -> None:
    assert phone_key(phone) is None


HEADERS_ZH = map_headers(ZH_HEADER)


def row(number: int, **values: str) -> list[str]:
    return [values.get(field, "") for field in FIELDS]


def test_a_good_row_gives_the_model_values() -> None:
    cells = row(
        2,
        name="宁波海天有限公司",
        kind="同行",
        tier="a",
        owner="li",
        phone="138 1234 5678",
        vip="是",
        note="=1+2",
    )
    parsed = parse_row(2, cells, HEADERS_ZH)
    assert parsed.problems == []
    assert parsed.values == {
        "name": "宁波海天有限公司",
        "kind": "peer",
        "tier": "A",
        "owner": "li",
        "phone": "138 1234 5678",
        "vip": True,
        "note": "=1+2",
    }
    assert parsed.has_contact and parsed.name_key == "宁波海天"


@pytest.mark.parametrize(
    ("values", "column", "key"),
    [
        ({"tier": "A"}, "客户名称", "error.required"),
        ({"name": "Co., Ltd."}, "客户名称", "transfer.name_no_key"),
        ({"name": "！！！"}, "客户名称", "transfer.name_no_key"),
        ({"name": "x" * 201}, "客户名称", "error.too_long"),
        ({"name": "甲", "tier": "E"}, "等级", "transfer.bad_choice"),
        ({"name": "甲", "email": "not-mail"}, "邮箱", "error.bad_email"),
        ({"name": "甲", "phone": "12"}, "电话", "error.bad_phone"),
        ({"name": "甲", "contact": "张" * 101}, "联系人", "error.too_long"),
        ({"name": "甲", "note": "长" * 32_768}, "备注", "error.too_long"),
    ],
)
def test_bad_rows_name_their_column_and_reason(
    values: dict[str, str], column: str, key: str
) -> None:
    parsed = parse_row(7, row(7, **values), HEADERS_ZH)
    assert [(p.row, p.column, p.key) for p in parsed.problems] == [(7, column, key)]


def test_every_problem_of_a_row_is_reported() -> None:
    cells = row(3, tier="Z", kind="x", email="bad", vip="maybe")
    parsed = parse_row(3, cells, HEADERS_ZH)
    assert sorted(p.column for p in parsed.problems) == sorted(
        ["客户名称", "等级", "类型", "邮箱", "VIP"]
    )


def test_a_short_row_reads_as_empty_cells() -> None:
    parsed = parse_row(4, ["宁波海天"], HEADERS_ZH)
    assert parsed.values == {"name": "宁波海天"} and parsed.problems == []


@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.text(
                alphabet=st.characters(codec="utf-8", categories=["Cc", "Zs", "Lo"]), max_size=10
            ),
            st.integers(),
            st.floats(),
            st.none(),
        ),
        max_size=14,
    )
)
def test_any_cells_give_values_or_problems_never_an_error(cells: list[object]) -> None:
    parsed = parse_row(9, cells, HEADERS_ZH)
    assert set(parsed.values) <= set(FIELDS)
    assert {p.column for p in parsed.problems} <= set(ZH_HEADER)
    for value in parsed.values.values():
        if isinstance(value, str):
            assert value == value.strip()
            assert all(unicodedata.category(ch) != "Cc" for ch in value if ch not in "\n\t")


def parsed_rows(*specs: tuple[int, str, str]) -> list[ParsedRow]:
    return [
        parse_row(number, row(number, name=name, phone=phone), HEADERS_ZH)
        for number, name, phone in specs
    ]


def test_matches_by_name_key_then_phone_store_before_file() -> None:
    rows = parsed_rows(
        (2, "宁波海天 有限责任公司", ""),
        (3, "ＡＢＣ Trading Co., Ltd.", ""),
        (4, "新客户甲", "+86 139 0000 1111"),
        (5, "新客户乙", "13900002222"),
        (6, "新客户乙 有限公司", ""),
        (7, "新客户丙", "139 0000 2222"),
        (8, "新客户丁", ""),
    )
    matches = find_matches(rows, {"宁波海天": 11, "abctrading": 12}, {"13900001111": 13})
    assert matches == {
        2: Match(True, "name", 11),
        3: Match(True, "name", 12),
        4: Match(True, "phone", 13),
        6: Match(False, "name", 5),
        7: Match(False, "phone", 5),
    }


@pytest.mark.parametrize(
    ("mode", "actions", "problems"),
    [
        (
            "error",
            [(2, "create", None)],
            [(3, "客户名称", "transfer.dup_store.name"), (4, "电话", "transfer.dup_file.phone")],
        ),
        ("skip", [(2, "create", None), (3, "skip", 11), (4, "skip", None)], []),
        (
            "update",
            [(2, "create", None), (3, "update", 11)],
            [(4, "电话", "transfer.dup_file.phone")],
        ),
    ],
)
def test_duplicates_under_each_mode(
    mode: str, actions: list[tuple[int, str, int | None]], problems: list[tuple[int, str, str]]
) -> None:
    rows = parsed_rows((2, "甲", "13900001111"), (3, "宁波海天", ""), (4, "乙", "13900001111"))
    matches = find_matches(rows, {"宁波海天": 11}, {})
    done, found = decide(rows, matches, mode, {11: "宁波海天有限公司"}, HEADERS_ZH)
    assert [(a.row, a.action, a.customer_id) for a in done] == actions
    assert [(p.row, p.column, p.key) for p in found] == problems


def test_two_rows_updating_one_customer_is_a_problem() -> None:
    rows = parsed_rows((2, "宁波海天", ""), (3, "宁波海天有限公司", ""))
    matches = find_matches(rows, {"宁波海天": 11}, {})
    done, found = decide(rows, matches, "update", {11: "宁波海天"}, HEADERS_ZH)
    assert [(a.row, a.action) for a in done] == [(2, "update")]
    assert [(p.row, p.key, p.params) for p in found] == [
        (3, "transfer.dup_update_twice", {"other": 2, "id": 11})
    ]


def test_headers_and_values_broken_over_lines_read_on_one_line() -> None:
    headers = map_headers(["客户\n名称", "等级", "外部\n编号"])
    assert headers.columns == {"name": 0, "tier": 1}
    assert headers.unknown == ["外部 编号"]
    assert parse_value("tier", "A\nB")[1] == (
        "transfer.bad_choice",
        {"value": "A B", "choices": "A B C D"},
    )
