from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.rules.ports import PortIndex, PortRef, port_from_row


def _port(locode: str, en: str, zh: str, lane: str, aliases: str = "") -> PortRef:
    return port_from_row(
        {
            "locode": locode,
            "name_en": en,
            "name_zh": zh,
            "country": locode[:2],
            "lane": lane,
            "aliases": aliases,
        }
    )


INDEX = PortIndex(
    [
        _port("CNNGB", "Ningbo", "宁波", "CN", "Ningbo-Zhoushan|NGB|宁波舟山|北仑|Beilun"),
        _port("CNSHA", "Shanghai", "上海", "CN", "SHA|洋山|Yangshan"),
        _port("CNTXG", "Tianjin Xingang", "天津新港", "CN", "Tianjin|Xingang|天津|新港|TXG"),
        _port("NGLOS", "Lagos", "拉各斯", "WAF", "Apapa|阿帕帕|LOS"),
        _port("NGTIN", "Tin Can Island", "汀坎岛", "WAF", "Tin Can|Tincan|汀坎"),
        _port("INNSA", "Nhava Sheva", "那瓦舍瓦", "ISC", "NSA|JNPT|Jawaharlal Nehru|新孟买"),
        _port("AEJEA", "Jebel Ali", "杰贝阿里", "MEG", "JEA|Dubai|迪拜"),
        _port("USLAX", "Los Angeles", "洛杉矶", "USC", "LAX"),
        _port(
            "VNSGN", "Ho Chi Minh City", "胡志明", "SEA", "HCM|HCMC|Saigon|Cat Lai|胡志明市|西贡"
        ),
        _port("TZDAR", "Dar es Salaam", "达累斯萨拉姆", "EAF", "DAR|达市|三兰港"),
        _port("BRSSZ", "Santos", "桑托斯", "ECSA", "SSZ"),
        _port("MYPKG", "Port Klang", "巴生", "SEA", "Klang|巴生港"),
    ]
)


@pytest.mark.parametrize(
    ("written", "locode"),
    [
        ("Ningbo", "CNNGB"),
        ("NINGBO", "CNNGB"),
        ("ningbo ", "CNNGB"),
        ("ＮＩＮＧＢＯ", "CNNGB"),
        ("宁波", "CNNGB"),
        ("宁波港", "CNNGB"),
        ("CNNGB", "CNNGB"),
        ("cn ngb", "CNNGB"),
        ("Ningbo-Zhoushan", "CNNGB"),
        ("拉各斯", "NGLOS"),
        ("拉各斯港", "NGLOS"),
        ("Apapa", "NGLOS"),
        ("LOS", "NGLOS"),
        ("Tincan", "NGTIN"),
        ("tin can", "NGTIN"),
        ("Dar-es-Salaam", "TZDAR"),
        ("DAR", "TZDAR"),
        ("三兰港", "TZDAR"),
        ("天津", "CNTXG"),
        ("Saigon", "VNSGN"),
        ("巴生港", "MYPKG"),
        ("Port Klang", "MYPKG"),
    ],
)
def test_resolve_reads_a_port_field(written: str, locode: str) -> None:
    port = INDEX.resolve(written)
    assert port is not None
    assert port.locode == locode


@pytest.mark.parametrize("written", ["", "  ", "Atlantis", "拉各", "Lago", "NG"])
def test_resolve_needs_an_exact_name(written: str) -> None:
    assert INDEX.resolve(written) is None


@pytest.mark.parametrize(
    ("message", "found"),
    [
        ("宁波到拉各斯", [("宁波", "CNNGB"), ("拉各斯", "NGLOS")]),
        ("NINGBO-LAGOS", [("NINGBO", "CNNGB"), ("LAGOS", "NGLOS")]),
        ("POL: CNNGB POD: NGTIN", [("CNNGB", "CNNGB"), ("NGTIN", "NGTIN")]),
        ("POL: CN NGB", [("CN NGB", "CNNGB")]),
        ("上海宁波", [("上海", "CNSHA"), ("宁波", "CNNGB")]),
        ("天津新港 2x40HQ", [("天津新港", "CNTXG")]),
        ("胡志明市 HCMC", [("胡志明市", "VNSGN"), ("HCMC", "VNSGN")]),
        ("SHA-LOS 1x40HQ", [("SHA", "CNSHA"), ("LOS", "NGLOS")]),
        ("to Los Angeles", [("Los Angeles", "USLAX")]),
        ("Dar es Salaam via Jebel Ali", [("Dar es Salaam", "TZDAR"), ("Jebel Ali", "AEJEA")]),
        ("宁波港到巴生港", [("宁波港", "CNNGB"), ("巴生港", "MYPKG")]),
        ("ex Tin Can island", [("Tin Can island", "NGTIN")]),
        # Names are whole words; capital codes only as typed in capitals.
        ("please CLOSE the file", []),
        ("los precios", []),
        ("NSAX santosh", []),
        ("NSA/SSZ", [("NSA", "INNSA"), ("SSZ", "BRSSZ")]),
    ],
)
def test_find_all_finds_ports_in_messages(message: str, found: list[tuple[str, str]]) -> None:
    mentions = INDEX.find_all(message)
    assert [(message[start:end], port.locode) for start, end, port in mentions] == found


@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("Lagoss", "NGLOS"),
        ("拉哥斯", "NGLOS"),  # a wrong character, the same pinyin
        ("Ningb", "CNNGB"),
        ("Jebal Ali", "AEJEA"),
        ("Nhava Seva", "INNSA"),
        ("Port Kelang", "MYPKG"),
    ],
)
def test_suggest_offers_the_closest_port_first(written: str, first: str) -> None:
    suggestions = INDEX.suggest(written)
    assert suggestions
    assert suggestions[0].locode == first
    assert len(suggestions) <= 3


def test_suggest_offers_nothing_for_gibberish_and_honours_limit() -> None:
    assert INDEX.suggest("qqqqqq") == []
    assert INDEX.suggest("") == []
    assert len(INDEX.suggest("an", limit=1)) <= 1


def test_by_lane_keeps_file_order() -> None:
    assert [port.locode for port in INDEX.by_lane("WAF")] == ["NGLOS", "NGTIN"]
    assert INDEX.by_lane("XXX") == []


def test_search_puts_the_exact_match_first_then_substrings() -> None:
    assert [port.locode for port in INDEX.search("拉各斯")] == ["NGLOS"]
    assert [port.locode for port in INDEX.search("tin")][:1] == ["NGTIN"]
    assert {port.locode for port in INDEX.search("an")} >= {"MYPKG", "USLAX", "CNTXG"}
    assert len(INDEX.search("")) == len(INDEX.ports)


def test_get_and_label() -> None:
    port = INDEX.get(" nglos ")
    assert port is not None
    assert port.label("zh") == "拉各斯 (NGLOS)"
    assert port.label("en") == "Lagos (NGLOS)"


def test_official_names_win_over_aliases_and_clashes_are_reported() -> None:
    index = PortIndex(
        [
            _port("PAMIT", "Manzanillo (Panama)", "曼萨尼约(巴拿马)", "CAM", "Manzanillo"),
            _port("MXZLO", "Manzanillo", "曼萨尼约", "MEX"),
        ]
    )
    port = index.resolve("Manzanillo")
    assert port is not None and port.locode == "MXZLO"
    assert index.ambiguous() == {"manzanillo": ("MXZLO", "PAMIT")}


def test_from_csv_reads_source_header_and_aliases(tmp_path: Path) -> None:
    path = tmp_path / "ports.csv"
    path.write_text(
        "# Source: a test\nlocode,name_en,name_zh,country,lane,aliases\n"
        "NGLOS,Lagos,拉各斯,NG,WAF,Apapa| LOS |\n",
        encoding="utf-8",
    )
    index = PortIndex.from_csv(path)
    assert index.ports == (PortRef("NGLOS", "Lagos", "拉各斯", "NG", "WAF", ("Apapa", "LOS")),)


@settings(max_examples=200)
@given(st.text(max_size=120))
def test_free_text_never_raises(text: str) -> None:
    INDEX.resolve(text)
    INDEX.suggest(text)
    previous_end = 0
    for start, end, port in INDEX.find_all(text):
        assert previous_end <= start < end <= len(text)
        assert INDEX.get(port.locode) is port
        previous_end = end
