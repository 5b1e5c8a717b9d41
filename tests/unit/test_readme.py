"""The README says each thing once."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).parents[2] / "README.md"


def test_no_sentence_of_the_readme_is_said_twice() -> None:
    prose = re.sub(r"```.*?```", "", README.read_text(encoding="utf-8"), flags=re.S)
    sentences = [s.strip() for s in re.split(r"(?<=[.:;])\s+", " ".join(prose.split()))]
    seen: set[str] = set()
    repeated = []
    for sentence in sentences:
        key = re.sub(r"\W+", " ", sentence).lower()
        if len(key) > 40 and key in seen:
            repeated.append(sentence)
        seen.add(key)
    assert repeated == []


def test_the_demo_logins_are_listed_once() -> None:
    prose = re.sub(r"```.*?```", "", README.read_text(encoding="utf-8"), flags=re.S)
    assert prose.count("`xin`") == 1 and prose.count("supervisor `zhou`") == 1
