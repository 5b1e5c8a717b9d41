"""What the intake rules need from the reference data, as protocols.

The port index, the container catalogue and the DG keyword list (csdesk.rules.ports,
.containers, .dg) satisfy these; tests may hand in small fixtures instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class PortLike(Protocol):
    @property
    def locode(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_zh(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def lane(self) -> str: ...


class PortLookup(Protocol):
    def resolve(self, text: str) -> PortLike | None: ...
    def find_all(self, text: str) -> Sequence[tuple[int, int, PortLike]]: ...
    def suggest(self, text: str, limit: int = 3) -> Sequence[PortLike]: ...


class ContainerLike(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def teu(self) -> int: ...
    @property
    def max_payload_kg(self) -> int: ...
    @property
    def volume_m3(self) -> float: ...
    @property
    def special(self) -> bool: ...


class ContainerLookup(Protocol):
    def resolve(self, text: str) -> ContainerLike | None: ...
    def find_all(self, text: str) -> Sequence[tuple[int, int, ContainerLike]]: ...


def port_label(port: PortLike) -> str:
    """How a port is shown in a message: "CNNGB 宁波 Ningbo"."""
    return f"{port.locode} {port.name_zh} {port.name_en}".strip()
