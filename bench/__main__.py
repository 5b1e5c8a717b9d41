"""Run every `bench/bench_*.py`: each exposes `run(workdir) -> list[Result]`.

Results are ratios against a baseline measured in the same process, so they compare across
machines; absolute seconds are printed for the curious, never asserted.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

from bench.common import Result, parser_in_use, print_results


def main(selected: list[str]) -> int:
    parser = parser_in_use()
    print(parser, flush=True)
    here = Path(__file__).resolve().parent
    names = sorted(path.stem for path in here.glob("bench_*.py"))
    if selected:
        names = [name for name in names if any(part in name for part in selected)]
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="csdesk-bench-") as workdir:
        for name in names:
            module = importlib.import_module(f"bench.{name}")
            print(f"== {name}", flush=True)
            module_results = module.run(Path(workdir))
            print_results(module_results)
            results.extend(module_results)
    print("\n== summary")
    print(f"  {parser}")
    print_results(results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
