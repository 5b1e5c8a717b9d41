"""The port index kept on disk between runs (csdesk.rules.port_cache): read back only when it
was built from the same ports by the same code, and then the same as one built afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from csdesk.config import REPO_DATA_DIR
from csdesk.desk import reference
from csdesk.desk.context import Desk, open_desk
from csdesk.rules import port_cache, user_cache
from csdesk.rules.ports import PortIndex, PortRef
from tests.conftest import TODAY
from tests.unit.intake_corpus import CORPUS

REFS = list(PortIndex.from_csv(REPO_DATA_DIR / "ports.csv").ports)


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("ports-*.pickle"))


def test_read_back_the_same_as_built(tmp_path: Path) -> None:
    built = port_cache.port_index(REFS, tmp_path)
    assert len(_files(tmp_path)) == 1
    read = port_cache.port_index(REFS, tmp_path)
    assert read is not built and read.ports == built.ports
    fresh = PortIndex(REFS)
    for text, _ in CORPUS:
        assert read.find_all(text) == fresh.find_all(text)
    for ref in REFS:
        for name in ref.names:
            assert read.claimants(name) == fresh.claimants(name)


def test_other_ports_name_another_file(tmp_path: Path) -> None:
    port_cache.port_index(REFS, tmp_path)
    lagos = next(ref for ref in REFS if ref.locode == "NGLOS")
    renamed = PortRef(**{**vars(lagos), "aliases": (*lagos.aliases, "Eko Harbour")})
    changed = [renamed if ref is lagos else ref for ref in REFS]
    index = port_cache.port_index(changed, tmp_path)
    assert [port.locode for _, _, port in index.find_all("宁波到Eko Harbour")] == ["CNNGB", "NGLOS"]
    assert len(_files(tmp_path)) == 2  # both kept, for desks on different stores
    assert port_cache.port_index(REFS, tmp_path).resolve("Eko Harbour") is None


def test_rows_from_the_store_read_the_file_the_same_ports_wrote(tmp_path: Path) -> None:
    built = port_cache.port_index(REFS, tmp_path)
    rows = [(r.locode, r.name_en, r.name_zh, r.country, r.lane, r.aliases) for r in REFS]

    def made() -> list[PortRef]:
        raise AssertionError("the ports are in the file")

    read = port_cache.port_index_of_rows(rows, tmp_path, made)
    assert len(_files(tmp_path)) == 1 and read is not built and read.ports == tuple(REFS)
    # Rows of other ports: a new index of PortRefs made from them.
    moved = [(*row[:4], "XX", row[5]) for row in rows]
    assert {port.lane for port in port_cache.port_index_of_rows(moved, tmp_path).ports} == {"XX"}
    assert len(_files(tmp_path)) == 2


def test_only_the_last_few_are_kept(tmp_path: Path) -> None:
    for number in range(6):
        port_cache.port_index(
            [*REFS[:-1], PortRef(f"XXX{number:02d}", "X", "", "XX", "")], tmp_path
        )
    assert len(_files(tmp_path)) == 3


def test_a_damaged_file_is_rebuilt(tmp_path: Path) -> None:
    port_cache.port_index(REFS, tmp_path)
    (path,) = _files(tmp_path)
    path.write_bytes(b"not a pickle")
    assert port_cache.port_index(REFS, tmp_path).resolve("宁波") is not None
    assert path.read_bytes() != b"not a pickle"


def test_turned_off_with_an_empty_cache_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSDESK_CACHE_DIR", "")
    assert user_cache.cache_dir() is None
    assert port_cache.port_index(REFS).resolve("宁波") is not None


def test_a_changed_ports_csv_reaches_the_cached_finder(tmp_path: Path, desk: Desk) -> None:
    with desk.session() as session:
        found = port_index_fresh(session).find_all("宁波到Eko Harbour")
    assert [port.locode for _, _, port in found] == ["CNNGB"]
    data_dir = tmp_path / "data"
    shutil.copytree(REPO_DATA_DIR, data_dir)
    ports = data_dir / "ports.csv"
    text = ports.read_text(encoding="utf-8")
    ports.write_text(
        text.replace("NGLOS,Lagos,拉各斯,NG,WAF,", "NGLOS,Lagos,拉各斯,NG,WAF,Eko Harbour|"),
        encoding="utf-8",
    )
    reopened = open_desk(desk.url, today=TODAY, data_dir=data_dir)
    try:
        with reopened.session() as session:
            found = port_index_fresh(session).find_all("宁波到Eko Harbour")
        assert [(start, port.locode) for start, _, port in found] == [(0, "CNNGB"), (3, "NGLOS")]
    finally:
        reopened.engine.dispose()


def port_index_fresh(session: object) -> PortIndex:
    """The store's index as a new process gets it: from the disk cache, not this process's."""
    reference._PORT_INDEXES.clear()
    return reference.port_index(session)
