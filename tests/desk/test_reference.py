from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from csdesk.config import REPO_DATA_DIR
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.reference import (
    container_catalog,
    dg_keywords,
    load_reference_data,
    port_index,
    teu_by_code,
)
from csdesk.models import ContainerType, Lane, Port
from tests.conftest import TODAY


def _count(desk: Desk, table: type) -> int:
    with desk.session() as session:
        return session.execute(select(func.count()).select_from(table)).scalar_one()


def test_a_fresh_desk_has_ports_lanes_and_container_types(desk: Desk) -> None:
    assert _count(desk, Port) >= 300
    assert _count(desk, Lane) == 18
    assert _count(desk, ContainerType) == 11


def test_port_index_and_container_catalog_come_from_the_store(desk: Desk) -> None:
    with desk.session() as session:
        lagos = port_index(session).resolve("拉各斯")
        high_cube = container_catalog(session).resolve("高柜")
        codes = container_catalog(session).codes()
        west_africa = port_index(session).by_lane("WAF")
    assert lagos is not None and lagos.locode == "NGLOS"
    assert "Apapa" in lagos.aliases
    assert high_cube is not None and high_cube.code == "40HQ"
    assert codes[:3] == ["20GP", "40GP", "40HQ"]
    assert "NGTIN" in {port.locode for port in west_africa}


def test_the_kpi_teu_table_is_the_catalogues(desk: Desk) -> None:
    with desk.engine.connect() as connection:
        catalogue = {spec.code: spec.teu for spec in container_catalog(connection).specs}
        assert teu_by_code(connection) == catalogue
    assert catalogue["40HQ"] == 2 and catalogue["20GP"] == 1


def test_unchanged_files_are_not_loaded_again(desk: Desk) -> None:
    with desk.session() as session:
        assert load_reference_data(session, REPO_DATA_DIR) is False


def test_a_changed_data_dir_reloads_the_store_and_the_index(tmp_path: Path, desk: Desk) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(REPO_DATA_DIR, data_dir)
    with desk.session() as session:
        assert port_index(session).resolve("Lagos Island") is None
    ports = data_dir / "ports.csv"
    text = ports.read_text(encoding="utf-8")
    ports.write_text(
        text.replace("NGLOS,Lagos,拉各斯,NG,WAF,", "NGLOS,Lagos,拉各斯,NG,WAF,Lagos Island|"),
        encoding="utf-8",
    )
    reopened = open_desk(desk.url, today=TODAY, data_dir=data_dir)
    try:
        with reopened.session() as session:
            port = port_index(session).resolve("Lagos Island")
        assert port is not None and port.locode == "NGLOS"
    finally:
        reopened.engine.dispose()


def test_dg_keywords_are_read_from_the_data_dir() -> None:
    assert dg_keywords().hints("锂电池") == ["锂电池"]
    assert dg_keywords() is dg_keywords()
