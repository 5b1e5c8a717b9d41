"""The queue's lane column reads alike on every row: names beside the codes wherever the column
has room for them (a long Chinese name shortened), the codes alone where it has not. A row
showed its names when they fitted whole and only its codes when not (CNTXG-VNSGN under CNSHA
Shanghai). An English name is whole or left to its code: cut, it read as another place or a
broken word (CNTXG Tianji-USLAX Los, VNSGN Ho Chi)."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from csdesk.widgets.inquiry_rows import lane_text

NAMES = {
    "en": {
        "CNSHA": "Shanghai",
        "GHTEM": "Tema",
        "CNTXG": "Tianjin Xingang",
        "VNSGN": "Ho Chi Minh City",
        "USLAX": "Los Angeles",
        "CNNGB": "Ningbo",
        "INNSA": "Nhava Sheva",
    },
    "zh": {
        "CNSHA": "上海",
        "GHTEM": "特马",
        "CNTXG": "天津新港",
        "VNSGN": "胡志明市",
        "USLAX": "洛杉矶",
        "CNNGB": "宁波",
        "INNSA": "那瓦舍瓦",
    },
}
LANES = [("CNSHA", "GHTEM"), ("CNTXG", "VNSGN"), ("CNTXG", "USLAX"), ("CNSHA", None)]
CODES_ONLY = re.compile(r"^[A-Z?]{1,5}-[A-Z?]{1,5}$")
LANE = re.compile(r"^([A-Z?]{1,5})(?: ([^-]+))?-([A-Z?]{1,5})(?: (.+))?$")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("cells", [11, 16, 20, 21, 26, 30, 40])
def test_every_lane_takes_the_same_form_at_one_width(lang: str, cells: int) -> None:
    texts = [lane_text(pol, pod, NAMES[lang], cells) for pol, pod in LANES]
    assert all(cell_len(text) <= cells for text in texts), texts
    named = [not CODES_ONLY.match(text) for text in texts[:3]]  # the last has no port to name
    if lang == "zh":  # an English name too long for the room is left out whole (below)
        assert len(set(named)) == 1, texts
    if cells >= 21:
        assert all(named) if lang == "zh" else any(named), texts
    if cells >= 25:  # room for both of the short lane's names whole
        assert texts[0] == (
            "CNSHA 上海-GHTEM 特马" if lang == "zh" else "CNSHA Shanghai-GHTEM Tema"
        )
    if cells <= 20:
        assert not any(named), texts


@pytest.mark.parametrize("cells", [21, 24, 26, 30, 34, 40, 48])
def test_an_english_name_is_whole_or_left_to_its_code(cells: int) -> None:
    names = NAMES["en"]
    for pol, pod in LANES:
        text = lane_text(pol, pod, names, cells)
        found = LANE.match(text)
        assert found is not None and cell_len(text) <= cells, text
        pol_code, pol_name, pod_code, pod_name = found.groups()
        assert (pol_code, pod_code) == (pol, pod or "?"), text
        assert pol_name in (None, names[pol]), text
        assert pod_name in (None, names.get(pod or "")), text


def test_the_room_a_long_english_name_leaves_goes_to_the_other() -> None:
    names = NAMES["en"]
    assert lane_text("CNTXG", "USLAX", names, 26) == "CNTXG-USLAX Los Angeles"
    assert lane_text("CNTXG", "VNSGN", names, 26) == "CNTXG-VNSGN"
    assert lane_text("CNTXG", "VNSGN", names, 30) == "CNTXG-VNSGN Ho Chi Minh City"
    assert lane_text("CNTXG", "USLAX", names, 40) == "CNTXG Tianjin Xingang-USLAX Los Angeles"
    assert lane_text("CNTXG", "VNSGN", NAMES["zh"], 26) == "CNTXG 天津新-VNSGN 胡志明"


def test_where_one_english_name_fits_it_is_the_destinations() -> None:
    """Ningbo and Nhava Sheva do not both fit: the destination tells the lanes apart."""
    assert lane_text("CNNGB", "INNSA", NAMES["en"], 27) == "CNNGB-INNSA Nhava Sheva"
    assert lane_text("CNNGB", "INNSA", NAMES["en"], 31) == "CNNGB Ningbo-INNSA Nhava Sheva"
    assert lane_text("CNNGB", "INNSA", NAMES["zh"], 27) == "CNNGB 宁波-INNSA 那瓦舍瓦"
