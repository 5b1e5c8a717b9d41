"""The B/L commands: `bl number`, `bl release`, `bl propose`, `bl hold`, `bl decline`,
`bl proposals`. A hold is proposed by an agent and decided by a supervisor (H56, H60); each
created record prints its id; a refusal is one line, exit 1."""

from __future__ import annotations

from typing import Annotated

import typer

from csdesk.commands.common import desk_command, echo_json, open_cli_desk
from csdesk.commands.money import AsJson

bl_app = typer.Typer(
    help="提单 / the B/L: its number, release, hold proposals.", no_args_is_help=True
)
ShipmentRef = Annotated[str, typer.Argument(help="Shipment id or booking number.")]
Reason = Annotated[str | None, typer.Option("--reason", help="Why (required).")]


def _done(as_json: bool, key: str, record_id: int | None, **params: object) -> None:
    from csdesk.i18n import t

    if as_json:
        echo_json({"id": record_id, **params})
    else:
        typer.echo(t(key, id=record_id, **params))


@bl_app.command("number")
@desk_command
def bl_number(
    shipment: ShipmentRef,
    bl_no: Annotated[str, typer.Argument(help="The B/L number, as issued.")],
    as_json: AsJson = False,
) -> None:
    """Record the B/L number once the B/L is issued (statements and invoices list it)."""
    from csdesk.desk.money import set_bl_no

    desk = open_cli_desk()
    with desk.session() as session:
        found = set_bl_no(session, shipment, bl_no, actor=desk.agent)
        record_id, booking_no, number = found.id, found.booking_no, found.bl_no
    _done(as_json, "money.bl.number_set", record_id, booking_no=booking_no, bl_no=number)


@bl_app.command("release")
@desk_command
def bl_release(
    shipment: ShipmentRef,
    reason: Annotated[str | None, typer.Option("--reason", help="A supervisor's reason.")] = None,
    as_json: AsJson = False,
) -> None:
    """Release the B/L: paid, within terms, covered by a deposit, or a supervisor with a reason."""
    from csdesk.desk.money import release_bl
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        release = release_bl(
            session, shipment, today=desk.today, actor=desk.agent, reason=reason, now=desk.now()
        )
        release_id, basis = release.id, release.basis
    _done(
        as_json,
        "money.bl.released",
        release_id,
        booking_no=shipment,
        basis=t(f"money.basis.{basis}"),
    )


@bl_app.command("propose")
@desk_command
def bl_propose(shipment: ShipmentRef, reason: Reason = None, as_json: AsJson = False) -> None:
    """Propose holding the B/L for money owed: the last resort (H56); a supervisor decides."""
    from csdesk.desk.money import propose_hold

    desk = open_cli_desk()
    with desk.session() as session:
        proposal = propose_hold(session, shipment, reason, actor=desk.agent, now=desk.now())
        proposal_id = proposal.id
    _done(as_json, "money.hold.proposed", proposal_id, booking_no=shipment)


@bl_app.command("hold")
@desk_command
def bl_hold(shipment: ShipmentRef, reason: Reason = None, as_json: AsJson = False) -> None:
    """A supervisor holds the B/L (confirming any proposal on it), always with a reason."""
    from csdesk.desk.money import hold_bl

    desk = open_cli_desk()
    with desk.session() as session:
        trouble = hold_bl(
            session, shipment, reason, today=desk.today, actor=desk.agent, now=desk.now()
        )
        trouble_id = trouble.id
    _done(as_json, "money.bl.held", trouble_id, booking_no=shipment)


@bl_app.command("decline")
@desk_command
def bl_decline(
    proposal: Annotated[int, typer.Argument(help="The hold proposal's id.")],
    reason: Reason = None,
    as_json: AsJson = False,
) -> None:
    """A supervisor declines a proposed hold, with the reason the agent will read."""
    from csdesk.desk.money import decline_hold

    desk = open_cli_desk()
    with desk.session() as session:
        decline_hold(session, proposal, reason, actor=desk.agent, now=desk.now())
    _done(as_json, "money.hold.declined", proposal)


@bl_app.command("proposals")
@desk_command
def bl_proposals(as_json: AsJson = False) -> None:
    """Hold proposals waiting for a supervisor, oldest first."""
    from csdesk.desk.money import open_proposals
    from csdesk.i18n import t
    from csdesk.rules.zone import DESK_TZ

    desk = open_cli_desk()
    with desk.engine.connect() as connection:
        rows = open_proposals(connection)
    if as_json:
        echo_json([row.to_json() for row in rows])
        return
    if not rows:
        typer.echo(t("money.hold.none"))
    for row in rows:
        at = row.proposed_at.astimezone(DESK_TZ).strftime("%Y-%m-%d %H:%M")
        typer.echo(
            t(
                "money.hold.row",
                id=row.id,
                booking=row.booking_no,
                customer=row.customer,
                reason=row.reason,
                by=row.proposed_by or "-",
                at=at,
            )
        )
