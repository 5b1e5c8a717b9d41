from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.rules.containers import (
    ContainerCatalog,
    ContainerSpec,
    check_container_number,
    iso6346_check_digit,
    normalise_container_number,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "container_types.csv"
CATALOG = ContainerCatalog.from_csv(DATA)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("40HQ", "40HQ"),
        ("40'HC", "40HQ"),
        ("40hc", "40HQ"),
        ("４０ＨＱ", "40HQ"),
        ("40’HQ", "40HQ"),
        (" 40 hq ", "40HQ"),
        ("高柜", "40HQ"),
        ("45G1", "40HQ"),
        ("20尺平柜", "20GP"),
        ("小柜", "20GP"),
        ("20'", "20GP"),
        ("20DC", "20GP"),
        ("22G1", "20GP"),
        ("大柜", "40GP"),
        ("40'", "40GP"),
        ("40", "40GP"),  # a whole field reading 40 means the plain 40-foot box
        ("冻柜", "40RF"),
        ("20冻柜", "20RF"),
        ("45'", "45HQ"),
        ("开顶", "40OT"),
        ("20开顶", "20OT"),
        ("框架", "40FR"),
        ("iso tank", "20TK"),
        ("罐箱", "20TK"),
    ],
)
def test_resolve_reads_what_agents_write(written: str, code: str) -> None:
    spec = CATALOG.resolve(written)
    assert spec is not None
    assert spec.code == code


@pytest.mark.parametrize("written", ["", "   ", "4O", "HCM", "30GP", "柜", "40XX"])
def test_resolve_refuses_what_is_not_a_container_type(written: str) -> None:
    assert CATALOG.resolve(written) is None


def test_codes_are_the_canonical_eleven_in_file_order() -> None:
    assert CATALOG.codes() == [
        "20GP", "40GP", "40HQ", "45HQ", "20RF", "40RF", "20OT", "40OT", "20FR", "40FR", "20TK",
    ]  # fmt: skip


def test_specs_carry_the_figures_of_the_file() -> None:
    spec = CATALOG.resolve("40HQ")
    assert spec == ContainerSpec(
        code="40HQ",
        iso_code="45G1",
        category="HQ",
        teu=2,
        max_payload_kg=26500,
        volume_m3=76.3,
        special=False,
        aliases=spec.aliases if spec else (),
    )
    assert "高柜" in (spec.aliases if spec else ())


@pytest.mark.parametrize(
    ("message", "found"),
    [
        ("2x40HQ + 1*20GP", [("40HQ", "40HQ"), ("20GP", "20GP")]),
        ("3个高柜, 1个20尺平柜", [("高柜", "40HQ"), ("20尺平柜", "20GP")]),
        ("1 X 40' HQ, 2x20'", [("40' HQ", "40HQ"), ("20'", "20GP")]),
        ("40HQX2 to HCM", [("40HQ", "40HQ")]),
        ("４０ＨＱ×３ 冻柜", [("４０ＨＱ", "40HQ"), ("冻柜", "40RF")]),
        ("HQ*2", [("HQ", "40HQ")]),
        # Bare numbers are weights and counts, not container sizes.
        ("20吨 20 CBM 40 件", []),
        ("120GP 40HQS", []),
        ("tanker, ISO TANK", [("ISO TANK", "20TK")]),
        ("40尺高柜两个", [("40尺高柜", "40HQ")]),
    ],
)
def test_find_all_returns_leftmost_longest_mentions(
    message: str, found: list[tuple[str, str]]
) -> None:
    mentions = CATALOG.find_all(message)
    assert [(message[start:end], spec.code) for start, end, spec in mentions] == found


@given(st.text(max_size=200))
def test_resolve_and_find_all_never_raise_and_spans_are_in_bounds(text: str) -> None:
    CATALOG.resolve(text)
    previous_end = 0
    for start, end, spec in CATALOG.find_all(text):
        assert previous_end <= start < end <= len(text)
        assert spec.code in CATALOG.codes()
        previous_end = end


def test_every_alias_resolves_to_its_own_type() -> None:
    wrong = [
        (name, spec.code)
        for spec in CATALOG.specs
        for name in spec.names
        if (resolved := CATALOG.resolve(name)) is None or resolved.code != spec.code
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("first10", "digit"),
    [
        ("CSQU305438", 3),  # the ISO 6346 worked example
        ("MSKU907032", 3),
        ("TGHU123456", 7),
    ],
)
def test_iso6346_check_digit(first10: str, digit: int) -> None:
    assert iso6346_check_digit(first10) == digit


@pytest.mark.parametrize("bad", ["CSQU30543", "CSQU3054383", "CSQ#305438"])
def test_iso6346_check_digit_needs_ten_valid_characters(bad: str) -> None:
    with pytest.raises(ValueError):
        iso6346_check_digit(bad)


def test_a_sum_of_ten_modulo_eleven_gives_check_digit_zero() -> None:
    # ISO 6346 maps a remainder of 10 to 0; find such a number and check the mapping.
    serials = (f"ABCU{n:06d}" for n in range(1000))
    first10 = next(s for s in serials if _raw_remainder(s) == 10)
    assert iso6346_check_digit(first10) == 0


def _raw_remainder(first10: str) -> int:
    values = {c: v for c, v in zip("ABCU", (10, 12, 13, 32), strict=True)}
    return sum((values.get(c) or int(c)) * 2**i for i, c in enumerate(first10)) % 11


@pytest.mark.parametrize(
    ("written", "result"),
    [
        ("CSQU3054383", (True, 3)),
        ("MSKU9070323", (True, 3)),
        ("msku 907032-3", (True, 3)),
        ("ＣＳＱＵ３０５４３８３", (True, 3)),
        ("CSQU3054384", (False, 3)),
        ("MSKU9070329", (False, 3)),
        ("CSQU305438", (False, None)),  # no check digit
        ("CSQA3054383", (False, None)),  # category must be U, J or Z
        ("12QU3054383", (False, None)),
        ("", (False, None)),
    ],
)
def test_check_container_number(written: str, result: tuple[bool, int | None]) -> None:
    assert check_container_number(written) == result


def test_one_wrong_digit_is_always_caught() -> None:
    number = "CSQU3054383"
    for position in range(4, 10):
        for digit in "0123456789":
            if digit != number[position]:
                changed = number[:position] + digit + number[position + 1 :]
                assert check_container_number(changed)[0] is False, changed


def test_normalise_container_number() -> None:
    assert normalise_container_number(" csqu 305438 3 ") == "CSQU3054383"


@given(st.text(max_size=40))
def test_check_container_number_never_raises(text: str) -> None:
    ok, expected = check_container_number(text)
    assert expected is None or 0 <= expected <= 9
    assert not ok or expected is not None
