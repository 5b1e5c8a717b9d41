"""The compiled parser (csdesk.compiled) is used only while it matches its sources, reads every
message as the pure one does, and `CSDESK_PURE_PARSER` always gets the pure modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from csdesk import compiled

ROOT = Path(__file__).resolve().parents[2]
BUILT = compiled.read_manifest() is not None
needs_build = pytest.mark.skipif(not BUILT, reason="no compiled parser (make compiled)")
# Which file each parser module was loaded from, in a fresh interpreter.
_LOADED = (
    "import sys, csdesk.rules.message_parser; "
    "print('\\n'.join(f'{name} {module.__file__}' for name, module in sorted(sys.modules.items())"
    " if name.startswith('csdesk.rules.message_')))"
)


def _loaded(cwd: Path, pure: bool = False) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != compiled.PURE_ENV}
    if pure:
        env[compiled.PURE_ENV] = "1"
    env["PYTHONPATH"] = str(cwd)
    run = subprocess.run(
        [sys.executable, "-c", _LOADED], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return dict(line.split(" ", 1) for line in run.stdout.splitlines())


def _sources(tmp_path: Path, text: str = "print('x')\n") -> dict[str, tuple[int, int, str]]:
    package = tmp_path / "csdesk" / "rules"
    package.mkdir(parents=True)
    source = package / "message_one.py"
    source.write_text(text)
    stat = source.stat()
    return {
        "csdesk.rules.message_one": (stat.st_size, stat.st_mtime_ns, compiled.source_hash(source))
    }


def test_sources_as_built_match(tmp_path: Path) -> None:
    assert compiled.matches_sources(_sources(tmp_path), tmp_path)


def test_an_edit_of_the_same_size_does_not_match(tmp_path: Path) -> None:
    built = _sources(tmp_path)
    source = tmp_path / "csdesk" / "rules" / "message_one.py"
    source.write_text("print('y')\n")
    os.utime(source, ns=(built["csdesk.rules.message_one"][1] + 1,) * 2)
    assert not compiled.matches_sources(built, tmp_path)


def test_a_touched_source_still_matches(tmp_path: Path) -> None:
    built = _sources(tmp_path)
    source = tmp_path / "csdesk" / "rules" / "message_one.py"
    os.utime(source, ns=(built["csdesk.rules.message_one"][1] + 10**9,) * 2)
    assert compiled.matches_sources(built, tmp_path)


def test_a_removed_source_does_not_match(tmp_path: Path) -> None:
    built = _sources(tmp_path)
    (tmp_path / "csdesk" / "rules" / "message_one.py").unlink()
    assert not compiled.matches_sources(built, tmp_path)


def test_a_manifest_for_another_interpreter_is_not_used(tmp_path: Path) -> None:
    built = _sources(tmp_path)
    compiled_dir = tmp_path / "csdesk" / "_compiled"
    compiled_dir.mkdir()
    lines = ["csdesk-compiled 1", "abi .cpython-399-x86_64-linux-gnu.so 30b07f0"]
    lines += [f"{name} {size} {mtime} {digest}" for name, (size, mtime, digest) in built.items()]
    (compiled_dir / "manifest.txt").write_text("\n".join(lines) + "\n")
    assert compiled.read_manifest(compiled_dir / "manifest.txt") is not None
    assert compiled.CompiledFinder(compiled_dir).find_spec("csdesk.rules.message_one") is None


def test_the_pure_modules_when_asked_for() -> None:
    loaded = _loaded(ROOT, pure=True)
    assert loaded and all(path.endswith(".py") for path in loaded.values())


@needs_build
def test_an_edited_source_is_read_from_its_py_file(tmp_path: Path) -> None:
    """A copy of the package as built runs compiled; once one parser source is edited, every
    parser module is read from its .py file (the edited one shows its edit)."""
    shutil.copytree(ROOT / "csdesk", tmp_path / "csdesk", ignore=shutil.ignore_patterns("*.pyc"))
    before = _loaded(tmp_path)
    assert all(not path.endswith(".py") for path in before.values())
    edited = tmp_path / "csdesk" / "rules" / "message_goods.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "EDITED = True\n", encoding="utf-8")
    after = _loaded(tmp_path)
    assert set(after) == set(before)
    assert all(path.endswith(".py") for path in after.values())
    env = {key: value for key, value in os.environ.items() if key != compiled.PURE_ENV}
    check = "import csdesk.rules.message_goods as goods; print(goods.EDITED)"
    run = subprocess.run(
        [sys.executable, "-c", check], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert run.stdout.strip() == "True", run.stderr


@needs_build
def test_compiled_and_pure_read_every_message_alike(tmp_path: Path) -> None:
    """The byte-identity check of bench.parser_identity, run on each."""
    script = (
        "import sys; from bench.parser_identity import main; from csdesk import compiled; "
        "main(['--write', sys.argv[1]]); print('compiled' if compiled.active() else 'pure')"
    )
    outputs = {}
    for pure in (False, True):
        env = {key: value for key, value in os.environ.items() if key != compiled.PURE_ENV}
        if pure:
            env[compiled.PURE_ENV] = "1"
        dump = tmp_path / f"pure-{pure}.txt"
        run = subprocess.run(
            [sys.executable, "-c", script, str(dump)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout.split()[-1] == ("pure" if pure else "compiled")
        outputs[pure] = dump.read_bytes()
    assert outputs[False] == outputs[True]


_PARSER_IN_USE = "from bench.common import parser_in_use; print(parser_in_use())"


def _bench_line(cwd: Path, pure: bool = False) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != compiled.PURE_ENV}
    if pure:
        env[compiled.PURE_ENV] = "1"
    env["PYTHONPATH"] = str(cwd)
    return subprocess.run(
        [sys.executable, "-c", _PARSER_IN_USE], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_the_bench_refuses_to_measure_a_compiled_parser_that_is_not_built(tmp_path: Path) -> None:
    """`make bench` says which parser it measures, and stops with one line rather than measure
    the pure parser when the compiled one was asked for and is missing."""
    ignore = shutil.ignore_patterns("*.pyc", "_compiled", "_compiled.building")
    shutil.copytree(ROOT / "csdesk", tmp_path / "csdesk", ignore=ignore)
    shutil.copytree(ROOT / "bench", tmp_path / "bench", ignore=ignore)
    missing = _bench_line(tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [
        "bench: the compiled parser is not built; run `make compiled`, "
        f"or set {compiled.PURE_ENV}=1 to measure the pure one"
    ]
    pure = _bench_line(tmp_path, pure=True)
    assert pure.returncode == 0, pure.stderr
    assert pure.stdout.strip() == f"parser: pure Python ({compiled.PURE_ENV} is set)"


@needs_build
def test_the_bench_says_it_measures_the_compiled_parser() -> None:
    run = _bench_line(ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("parser: compiled (mypyc, ")
