from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.rules.names import fold, name_key, phone_digits, pinyin_keys


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("宁波海天国际贸易有限公司", "宁波海天国际贸易有限责任公司"),
        ("宁波海天国际贸易有限公司", "宁波海天国际贸易 有限公司"),
        ("ＡＢＣ Trading Co., Ltd.", "abc trading"),
        ("ABC Trading Co.,Ltd", "ABC TRADING LIMITED"),
        ("深圳华强（集团）股份有限公司", "深圳华强(集团)"),
    ],
)
def test_same_company_written_differently_has_one_key(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)


def test_different_companies_keep_different_keys() -> None:
    assert name_key("宁波海天") != name_key("宁波海运")
    assert name_key("有限公司") != ""  # a name that is only a suffix is kept, not emptied


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("中国银行", "zhongguoyinhang", "zgyh"),
        ("Lagos Freight", "lagosfreight", "lf"),
        ("重庆长安", "chongqingchangan", "cqca"),
    ],
)
def test_pinyin_keys(name: str, full: str, initials: str) -> None:
    assert pinyin_keys(name) == (full, initials)


def test_phone_digits_and_fold() -> None:
    assert phone_digits("+86 138-1234 5678") == "8613812345678"
    assert phone_digits("１３８") == "138"
    assert phone_digits("无") is None
    assert fold("ＡＢＣ  公司") == "abc 公司"


@given(st.text(max_size=60))
def test_keys_never_raise_on_any_text(text: str) -> None:
    name_key(text)
    pinyin_keys(text)
    phone_digits(text)
