"""Reference objects kept on disk between runs (csdesk.rules.kept): the DG keywords and the
commodity table read back find what ones built afresh find, and other data or a damaged file
means building again."""

from __future__ import annotations

import inspect
import pickle
import shutil
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from csdesk.config import REPO_DATA_DIR
from csdesk.desk import intake, reference
from csdesk.desk.context import Desk
from csdesk.rules import dg, kept, mentions, records
from csdesk.rules.commodities import CommodityTable
from csdesk.rules.containers import ContainerCatalog
from tests.unit.intake_corpus import CORPUS

TEXTS = [text for text, _ in CORPUS] + ["锂电池 UN3480 class 9, paint 油漆 and steel pipes 钢管"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "cache"
    monkeypatch.setenv("CSDESK_CACHE_DIR", str(directory))
    reference.dg_keywords.cache_clear()
    intake.commodity_table.cache_clear()
    yield directory
    reference.dg_keywords.cache_clear()
    intake.commodity_table.cache_clear()


def _read_back(data_dir: Path | None = None) -> tuple[dg.DGKeywords, CommodityTable]:
    reference.dg_keywords.cache_clear()
    intake.commodity_table.cache_clear()
    return reference.dg_keywords(data_dir), intake.commodity_table(data_dir)


def test_read_back_finds_what_is_built_afresh(cache: Path) -> None:
    built = _read_back()
    assert sorted(path.name.split("-")[0] for path in cache.iterdir()) == ["commodities", "dg"]
    read = _read_back()
    assert read[0] is not built[0] and read[1] is not built[1]
    fresh_dg = dg.DGKeywords.from_csv(REPO_DATA_DIR / "dg_keywords.csv")
    fresh_table = CommodityTable.from_csv(REPO_DATA_DIR / "commodities.csv")
    assert read[0].keywords == fresh_dg.keywords
    for text in TEXTS:
        assert read[0].scan(text) == fresh_dg.scan(text), text
        assert read[0].keyword_spans(text) == fresh_dg.keyword_spans(text), text
        assert read[1].find_all(text) == fresh_table.find_all(text), text


def test_changed_data_is_built_again(cache: Path, tmp_path: Path) -> None:
    _read_back()
    data_dir = tmp_path / "data"
    shutil.copytree(REPO_DATA_DIR, data_dir)
    keywords = data_dir / "dg_keywords.csv"
    keywords.write_text(keywords.read_text(encoding="utf-8") + "闪光粉,zh,4.1,\n", "utf-8")
    changed, _ = _read_back(data_dir)
    assert changed.hints("闪光粉 2吨") == ["闪光粉"]
    assert len(list(cache.glob("dg-*.pickle"))) == 2


def test_a_damaged_or_foreign_file_is_built_again(tmp_path: Path) -> None:
    path = REPO_DATA_DIR / "dg_keywords.csv"
    built_by = (dg, mentions, records)

    def build() -> dg.DGKeywords:
        return dg.DGKeywords.from_csv(path)

    kept.kept("dg-", path.read_bytes(), built_by, build, dg.DGKeywords, tmp_path)
    (stored,) = tmp_path.glob("dg-*.pickle")
    for damage in (b"not a pickle", pickle.dumps({"not": "keywords"})):
        stored.write_bytes(damage)
        found = kept.kept("dg-", path.read_bytes(), built_by, build, dg.DGKeywords, tmp_path)
        assert found.hints("锂电池") == ["锂电池"]
        assert stored.read_bytes() != damage


def test_the_container_catalogue_read_back_finds_what_one_built_finds(
    cache: Path, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def catalogue() -> ContainerCatalog:
        reference._CONTAINER_CATALOGS.clear()
        with desk.engine.connect() as connection:
            return reference.container_catalog(connection)

    built = catalogue()
    assert len(list(cache.glob("containers-*.pickle"))) == 1
    read = catalogue()
    monkeypatch.setenv("CSDESK_CACHE_DIR", "")
    fresh = catalogue()
    assert read is not built and read.specs == fresh.specs
    for text in TEXTS:
        assert read.find_all(text) == fresh.find_all(text), text
    for spec in fresh.specs:
        for name in spec.names:
            assert read.resolve(name) == fresh.resolve(name)


def test_a_compiled_module_is_named_by_its_source(tmp_path: Path) -> None:
    """A module compiled by mypyc (csdesk.compiled) is a small loader that stays the same when
    its source changes: its file is named by the source, apart from what the source builds."""
    source = Path(inspect.getfile(records)).with_name("mentions.py")
    loader = tmp_path / "mentions.cpython-311-x86_64-linux-gnu.so"
    loader.write_bytes(b"the same loader for any source")
    as_compiled = types.ModuleType("csdesk.rules.mentions")
    as_compiled.__file__ = str(loader)
    as_source = types.ModuleType("csdesk.rules.mentions")
    as_source.__file__ = str(source)
    assert kept._source_of(as_compiled) == (str(source), True)
    by_source = kept.file_name("x-", b"data", [as_source])
    by_compiled = kept.file_name("x-", b"data", [as_compiled])
    assert by_compiled != by_source
    assert kept._source_digest(str(source), True) != kept._source_digest(str(loader), True)
