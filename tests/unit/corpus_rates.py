"""The parser's rate on every held-out set and on the corpus, one line each:

    python -m tests.unit.corpus_rates

(`python -m tests.unit.corpus_score FILE.py ENTRIES` prints one set's misses.)
"""

from __future__ import annotations

import importlib

from tests.unit.corpus_score import score_entries

SETS = [f"heldout_{number}" for number in range(1, 38)] + ["intake_corpus"]


def main() -> None:
    for name in SETS:
        module = importlib.import_module(f"tests.unit.{name}")
        entries = getattr(module, "ENTRIES", None) or module.CORPUS
        result = score_entries(entries)
        print(f"{name:15s} {result.right:5d}/{result.total:5d} {result.rate:.2%}")


if __name__ == "__main__":
    main()
