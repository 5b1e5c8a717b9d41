"""The reference files of data/ hold what the desk relies on: checked here, not trusted."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from csdesk.rules.containers import ContainerCatalog
from csdesk.rules.ports import PortIndex
from csdesk.rules.refcsv import read_rows

DATA = Path(__file__).resolve().parents[2] / "data"
PORTS = PortIndex.from_csv(DATA / "ports.csv")
LANES = list(read_rows(DATA / "lanes.csv"))
LANE_CODES = {lane["code"] for lane in LANES}


def _words(text: str) -> list[str]:
    return text.split()


CHINA_MAIN_PORTS = _words(
    "CNSHA CNNGB CNSZX CNYTN CNSHK CNCWN CNTAO CNTXG CNXMN CNCAN CNNSA CNHUA CNDLC CNLYG "
    "CNFOC CNZUH CNZNG CNQZH HKHKG CNTZO CNWNZ CNRZH CNYIK CNSTG CNJMN CNZSN CNFOS"
)
LANE_PORTS = _words(
    # Africa
    "NGLOS NGTIN NGONN NGPHC GHTEM TGLFW BJCOO CIABJ SNDKR CMDLA CMKBI CGPNR AOLAD AOLOB CDMAT "
    "GNCKY SLFNA LRMLW GMBJL GWOXB MRNKC GALBV GQSSG KEMBA TZDAR TZZNZ MZBEW MZMPM MZMNC DJJIB "
    "SOBBO SDPZU MGTMM MUPLU ZADUR ZACPT ZAPLZ ZAZBA NAWVB EGALY EGPSD EGDAM EGSOK LYTIP LYMRA "
    "TNTUN TNRDS DZALG DZORN MACAS MAPTM MAAGA "
    # Latin America
    "BRSSZ BRPNG BRITJ BRNVT BRRIG BRRIO BRSSA BRSUA BRMAO ARBUE UYMVD PYASU PECLL PEPAI ECGYE "
    "ECPSJ COBUN COCTG COBAQ CLSAI CLVAP CLIQQ CLARI MXZLO MXLZC MXVER MXATM MXESE PABLB PAONX "
    "PAMIT HNPCR GTSTC GTPRQ SVAQJ NICIO CRLIO CRMOB DOCAU DOHAI JMKIN TTPOS CUHAV CUMAR VELAG "
    "VEPBL "
    # Indian subcontinent, Red Sea, Gulf, Asia
    "INNSA INMUN INMAA INCCU LKCMB BDCGP PKKHI PKBQM SAJED JOAQJ YEHOD AEJEA SADMM QAHMD KWSWK "
    "IRBND IQUQR OMSOH SGSIN MYPKG THLCH VNSGN VNHPH IDJKT PHMNL KRPUS JPTYO"
)

# Capital codes are found in messages as whole words; none may be a word of the trade.
SHIPPING_WORDS = (
    set(
        _words(
            "FOB CIF CFR CPT CIP EXW FCA DAP DPU DDP DDU POL POD ETA ETD ETB CBM KGS KG USD RMB CNY "
            "DG UN IMO MSDS GP HQ HC RF OT FR TK NOR FCL LCL CY CFS THC BAF CAF PSS GRI VGM SO BL HBL "
            "MBL AMS ENS ISF DOC PLZ PLS ASAP ATTN FYI CAN FOR INC LTD CO AND THE TO VIA ALL IN NEW "
            "PORT OK PKG PCS CTN CTNS PLT LED OAK PEN GOT MRS BIO ASH BAL BEN CHI DAD SUB PNG BA GOA "
            "AIR SEA"
        )
    )
    | LANE_CODES
)


def test_every_data_file_names_its_source() -> None:
    for name in ("ports.csv", "lanes.csv", "container_types.csv", "dg_keywords.csv"):
        first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), name
    header = (DATA / "ports.csv").read_text(encoding="utf-8")
    assert "UN/LOCODE" in header and "UNECE" in header


def test_at_least_300_ports_with_unique_locodes() -> None:
    locodes = [port.locode for port in PORTS.ports]
    assert len(locodes) >= 300
    assert [code for code, count in Counter(locodes).items() if count > 1] == []


def test_locodes_are_five_characters_starting_with_the_country() -> None:
    bad = [
        port.locode
        for port in PORTS.ports
        if not re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", port.locode) or port.locode[:2] != port.country
    ]
    assert bad == []


def test_every_port_has_both_names() -> None:
    assert [p.locode for p in PORTS.ports if not p.name_en or not p.name_zh] == []


def test_every_port_lane_exists_and_every_lane_has_ports() -> None:
    assert sorted({p.lane for p in PORTS.ports} - LANE_CODES) == []
    thin = {code: len(PORTS.by_lane(code)) for code in LANE_CODES if len(PORTS.by_lane(code)) < 5}
    assert thin == {}


@pytest.mark.parametrize("locode", CHINA_MAIN_PORTS + LANE_PORTS)
def test_main_ports_are_present(locode: str) -> None:
    assert PORTS.get(locode) is not None


def test_no_written_form_names_two_ports() -> None:
    # Each exception is marked in the data (an alias ending in "?") and asked about when read:
    # NSA is Nhava Sheva's code and also what Chinese shippers write for Nansha.
    documented_exceptions = {"nsa": ("INNSA", "CNNSA")}
    assert PORTS.ambiguous() == documented_exceptions


def test_capital_codes_are_never_words_of_the_trade() -> None:
    codes = {
        alias
        for port in PORTS.ports
        for alias in port.aliases
        if re.fullmatch(r"[A-Z]{2,4}", alias)
    }
    assert sorted(codes & SHIPPING_WORDS) == []


@pytest.mark.parametrize(
    ("written", "locode"),
    [
        ("拉各斯", "NGLOS"),
        ("Apapa", "NGLOS"),
        ("阿帕帕", "NGLOS"),
        ("LOS", "NGLOS"),
        ("Tin Can", "NGTIN"),
        ("NSA", "INNSA"),
        ("JEA", "AEJEA"),
        ("SSZ", "BRSSZ"),
        ("DAR", "TZDAR"),
        ("MBA", "KEMBA"),
        ("雅加达", "IDJKT"),
        ("JKT", "IDJKT"),
        ("胡志明", "VNSGN"),
        ("HCM", "VNSGN"),
        ("Saigon", "VNSGN"),
        ("Cat Lai", "VNSGN"),
        ("海防", "VNHPH"),
        ("林查班", "THLCH"),
        ("LCB", "THLCH"),
        ("Laem Chabang", "THLCH"),
        ("曼谷", "THBKK"),
        ("巴生", "MYPKG"),
        ("巴生港", "MYPKG"),
        ("Port Klang", "MYPKG"),
        ("新加坡", "SGSIN"),
        ("Jakarta", "IDJKT"),
        ("宁波港", "CNNGB"),
        ("NINGBO", "CNNGB"),
        ("天津", "CNTXG"),
        ("Manzanillo", "MXZLO"),
        ("Manzanillo Panama", "PAMIT"),
        ("Dubai", "AEJEA"),
        ("Nhava Sheva", "INNSA"),
        ("Lomé", "TGLFW"),
    ],
)
def test_what_agents_write_resolves(written: str, locode: str) -> None:
    port = PORTS.resolve(written)
    assert port is not None
    assert port.locode == locode


def test_lanes_file() -> None:
    codes = [lane["code"] for lane in LANES]
    assert len(codes) == len(set(codes)) == 18
    assert {lane["code"] for lane in LANES if lane["main"] == "1"} >= {"WAF", "SEA", "ECSA"}


def test_container_types_file() -> None:
    catalog = ContainerCatalog.from_csv(DATA / "container_types.csv")
    assert catalog.codes() == [
        "20GP", "40GP", "40HQ", "45HQ", "20RF", "40RF", "20OT", "40OT", "20FR", "40FR", "20TK",
    ]  # fmt: skip
    for spec in catalog.specs:
        assert re.fullmatch(r"[0-9L][0-9][A-Z][0-9]", spec.iso_code), spec.code
        assert spec.teu == (1 if spec.code.startswith("20") else 2)
        for name in spec.names:
            resolved = catalog.resolve(name)
            assert resolved is not None and resolved.code == spec.code, name
