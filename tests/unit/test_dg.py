from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.rules.dg import IMDG_CLASSES, DGKeyword, DGKeywords

DATA = Path(__file__).resolve().parents[2] / "data" / "dg_keywords.csv"
DG = DGKeywords.from_csv(DATA)


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        ("锂电池 UN3480, 第9类", ["锂电池", "UN3480", "class 9"]),
        ("油漆 UN 1263 class 3", ["油漆", "UN1263", "class 3"]),
        ("UN-1170 乙醇", ["UN1170", "乙醇"]),
        ("UN NO. 1993", ["UN1993"]),
        ("UN号1263 香水", ["UN1263", "香水"]),
        ("ＵＮ１２６３", ["UN1263"]),
        ("3类危险品，危包证", ["class 3", "危险品", "危包证"]),
        ("６．１类 农药", ["class 6.1", "农药"]),
        ("Class 4.1 sulphur", ["class 4.1", "sulphur"]),
        ("Paints and batteries, MSDS attached", ["paint", "battery", "MSDS"]),
        ("perfumes, aerosols", ["perfume", "aerosol"]),
        ("是dg货吗 msds有吗", ["DG", "MSDS"]),
        ("IMO class 3 DG", ["IMO", "class 3", "DG"]),
        ("化工品 需要鉴定书", ["化工品", "鉴定书"]),
        ("带电产品 充电宝", ["带电", "充电宝"]),
        ("胶水 树脂 溶剂", ["胶水", "树脂", "溶剂"]),
        ("打火机 烟花 硫磺 磷 氧化剂", ["打火机", "烟花", "硫磺", "磷", "氧化剂"]),
        ("flash point 23C", ["flash point"]),
        # One hint per word: 锂电池 is not also 电池.
        ("锂电池和电池", ["锂电池", "电池"]),
    ],
)
def test_hints(text: str, hints: list[str]) -> None:
    assert DG.hints(text) == hints


@pytest.mark.parametrize(
    "text",
    [
        "钢管 2x40HQ 宁波到拉各斯",
        "IMO 9321483",  # a ship's number
        "the cargo is lighter this time",
        "please close the file",
        "un café",
        "13类 and class 10",
        "Classic furniture",
        "UN12345",
        "",
    ],
)
def test_no_hint_where_there_is_no_dangerous_goods(text: str) -> None:
    assert DG.hints(text) == []


def test_scan_separates_keywords_numbers_and_classes() -> None:
    scan = DG.scan("锂电池 UN3480 UN3480 第9类 油漆")
    assert [keyword.keyword for keyword in scan.keywords] == ["锂电池", "油漆"]
    assert scan.un_numbers == ("UN3480",)
    assert scan.classes == ("9",)
    assert scan.class_hints == ("9", "3")
    assert scan.found
    assert not DG.scan("furniture").found


def test_keywords_file_is_well_formed() -> None:
    keywords = DG.keywords
    assert len(keywords) >= 100
    assert len({keyword.keyword.casefold() for keyword in keywords}) == len(keywords)
    assert {keyword.lang for keyword in keywords} == {"zh", "en"}
    assert {keyword.class_hint for keyword in keywords if keyword.class_hint} <= IMDG_CLASSES
    names = {keyword.keyword for keyword in keywords}
    for required in ("危险品", "危包", "化工品", "锂电池", "香水", "MSDS", "UN", "IMDG", "DG"):
        assert required in names


def test_every_keyword_is_found_in_itself() -> None:
    missed = [k.keyword for k in DG.keywords if k.keyword not in DG.hints(f"货物: {k.keyword}.")]
    assert missed == []


def test_from_csv_reads_class_and_note(tmp_path: Path) -> None:
    path = tmp_path / "dg.csv"
    path.write_text("# source\nkeyword,lang,class_hint,note\n香水,zh,3,UN1266\n", encoding="utf-8")
    assert DGKeywords.from_csv(path).keywords == (DGKeyword("香水", "zh", "3", "UN1266"),)


@given(st.text(max_size=200))
def test_free_text_never_raises(text: str) -> None:
    scan = DG.scan(text)
    assert set(scan.hints) >= set(scan.un_numbers)
    assert all(value in IMDG_CLASSES for value in scan.class_hints)
