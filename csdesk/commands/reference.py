"""Reference data on the command line: ports (search, lane) and container types."""

from __future__ import annotations

from typing import Annotated

import typer

from csdesk.commands.common import desk_command, echo_json, open_cli_desk


def _pad(text: str, cells: int) -> str:
    """Pad to a width in terminal cells: a Chinese character takes two."""
    from rich.cells import cell_len

    return text + " " * max(cells - cell_len(text), 0)


@desk_command
def ports(
    search: Annotated[
        str | None, typer.Option(help="Code, Chinese or English name, or alias (拉各斯, LOS).")
    ] = None,
    lane: Annotated[str | None, typer.Option(help="One lane's ports (WAF, SEA...).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """港口 / list or search ports."""
    from csdesk.desk.reference import find_ports
    from csdesk.i18n import t

    desk = open_cli_desk(with_agent=False)
    with desk.engine.connect() as connection:
        found = find_ports(connection, search, lane)
    if as_json:
        echo_json(
            {
                "ports": [_port_doc(port) for port in found.ports],
                "suggestions": [_port_doc(port) for port in found.suggestions],
            }
        )
        return
    if not found.ports:
        typer.echo(t("ports.none", query=search or lane or ""))
        if found.suggestions:
            names = ", ".join(port.label() for port in found.suggestions)
            typer.echo(t("ports.suggest", names=names))
        return
    typer.echo(_port_line(*(t(f"ports.col.{col}") for col in _PORT_COLUMNS)))
    for port in found.ports:
        typer.echo(_port_line(port.locode, port.name_zh, port.name_en, port.country, port.lane))
    typer.echo(t("ports.count", count=len(found.ports)))


_PORT_COLUMNS = ("code", "zh", "en", "country", "lane")


def _port_line(code: str, zh: str, en: str, country: str, lane: str) -> str:
    return f"{_pad(code, 6)} {_pad(zh, 16)} {_pad(en, 26)} {_pad(country, 4)} {lane}"


def _port_doc(port: object) -> dict[str, object]:
    from csdesk.rules.ports import PortRef

    assert isinstance(port, PortRef)
    return {
        "locode": port.locode,
        "name_zh": port.name_zh,
        "name_en": port.name_en,
        "country": port.country,
        "lane": port.lane,
        "aliases": list(port.aliases),
    }


@desk_command
def containers(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """箱型 / container types with ISO codes, payload, volume and aliases."""
    from csdesk.desk.reference import container_catalog
    from csdesk.i18n import t

    desk = open_cli_desk(with_agent=False)
    with desk.engine.connect() as connection:
        specs = container_catalog(connection).specs
    if as_json:
        echo_json(
            {
                "containers": [
                    {
                        "code": spec.code,
                        "iso_code": spec.iso_code,
                        "category": spec.category,
                        "teu": spec.teu,
                        "max_payload_kg": spec.max_payload_kg,
                        "volume_m3": spec.volume_m3,
                        "special": spec.special,
                        "aliases": list(spec.aliases),
                    }
                    for spec in specs
                ]
            }
        )
        return
    typer.echo(t("containers.header"))
    for spec in specs:
        special = t("containers.special" if spec.special else "containers.general")
        typer.echo(
            f"{spec.code:<5} {spec.iso_code:<5} {spec.teu:>3}  {spec.max_payload_kg:>12}  "
            f"{spec.volume_m3:>8.1f}  {_pad(special, 6)}  {' '.join(spec.aliases)}"
        )


def register(app: typer.Typer) -> None:
    app.command("ports")(ports)
    app.command("containers")(containers)
