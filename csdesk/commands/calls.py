"""The call list, logging a call, and the tier review from the command line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from csdesk.commands.common import (
    desk_command,
    echo_json,
    open_cli_desk,
    parse_date,
    scope_agent_id,
)

if TYPE_CHECKING:
    from csdesk.desk.calls import CallList
    from csdesk.desk.context import Desk

tiers_app = typer.Typer(help="客户分类 / customer tiers: review, change.", no_args_is_help=True)

AsJson = Annotated[bool, typer.Option("--json", help="One JSON document.")]


def _when_text(value: dt.datetime | None, desk: Desk) -> str:
    return value.astimezone(desk.tz).strftime("%m-%d %H:%M") if value else "-"


def _print_list(result: CallList, desk: Desk) -> None:
    from csdesk.desk.words import say, say_all
    from csdesk.i18n import t

    if not result.working_day:
        off = say(result.day_off) if result.day_off else t("calendar.holiday")
        typer.echo(t("calls.day_off", date=result.day.isoformat(), name=off))
    section = None
    for row in result.rows:
        if row.section != section:
            section = row.section
            typer.echo(f"== {t(f'calls.section.{section}')}")
        flags = " ".join(f"[{t(f'calls.flag.{flag}')}]" for flag in row.flags)
        typer.echo(
            f"{row.customer_id:>7}  {row.tier}  {row.name}  {say_all(row.reasons)}  "
            f"{_when_text(row.last_contact_at, desk)}  {flags}".rstrip()
        )
    for truncated in sorted(result.truncated):
        typer.echo(t("calls.more", section=t(f"calls.section.{truncated}")))
    if not result.rows:
        typer.echo(t("calls.empty"))


@desk_command
def calls(
    date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD (default today).")] = None,
    agent: Annotated[str | None, typer.Option(help="Whose list (login); supervisors only.")] = None,
    as_json: AsJson = False,
) -> None:
    """Today's call list, in the order to call."""
    from csdesk.desk.errors import DeskError

    desk = open_cli_desk()
    agent_id = scope_agent_id(desk, agent)
    if agent_id is None:
        raise DeskError("calls.need_agent")
    from csdesk.desk.calls import read_call_list

    result = read_call_list(desk, agent_id, parse_date(date) or desk.today)
    if as_json:
        echo_json(result.to_json())
    else:
        _print_list(result, desk)


def _parse_at(value: str | None, desk: Desk) -> dt.datetime:
    from csdesk.desk.errors import DeskError

    if value is None:
        return desk.now()
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise DeskError("calls.bad_at", value=value) from None
    return in_range(parsed if parsed.tzinfo else parsed.replace(tzinfo=desk.tz))


def in_range(moment: dt.datetime) -> dt.datetime:
    """A moment the desk can store and count days from (1900-2100), or one line and exit 1."""
    from csdesk.commands.common import EARLIEST, LATEST
    from csdesk.desk.errors import DeskError

    if not EARLIEST <= moment.date() <= LATEST:
        raise DeskError("store.out_of_range")
    return moment


def _callback_time(text: str | None, desk: Desk, at: dt.datetime) -> dt.datetime | None:
    from csdesk.desk.words import refusal
    from csdesk.rules.when import parse_when

    if text is None:
        return None
    result = parse_when(text, max(desk.now(), at), desk.calendar)
    if result.refusal is not None:
        raise refusal(result.refusal)
    return None if result.at is None else in_range(result.at)


@desk_command
def log_call_command(
    customer: Annotated[str, typer.Argument(help="Customer id or exact name.")],
    outcome: Annotated[
        str,
        typer.Option(
            help="reached no_answer busy callback_agreed wrong_number inquiry "
            "visit_booked, or 已接通 无人接听 占线 约定回电 号码错误 有询价 约好拜访."
        ),
    ],
    at: Annotated[str | None, typer.Option(help="When, ISO date-time (default now).")] = None,
    note: Annotated[str | None, typer.Option(help="What was said, the next step.")] = None,
    callback: Annotated[
        str | None, typer.Option(help="Callback time: 15:00, 明天上午, 周五 10点, +2d ...")
    ] = None,
    channel: Annotated[str, typer.Option(help="phone | wechat | visit | email")] = "phone",
    as_json: AsJson = False,
) -> None:
    """Log a call; prints the new interaction's id."""
    from csdesk.desk.call_log import customer_id_of, log_call
    from csdesk.desk.errors import DeskError

    desk = open_cli_desk()
    if desk.agent is None:
        raise DeskError("calls.need_working_agent")
    when = _parse_at(at, desk)
    callback_at = _callback_time(callback, desk, when)
    with desk.engine.begin() as connection:
        customer_id = customer_id_of(connection, customer)
        call = log_call(
            connection,
            customer_id,
            desk.agent.id,
            outcome,
            when,
            note,
            channel,
            callback_at,
            calendar=desk.calendar,
            now=desk.now(),
        )
    document = {
        "id": call.id,
        "customer_id": customer_id,
        "outcome": call.outcome,
        "at": call.at.astimezone(desk.tz),
        "callback_at": callback_at,
    }
    if as_json:
        echo_json(document)
    else:
        typer.echo(document["id"])


@tiers_app.command("review")
@desk_command
def tiers_review(
    agent: Annotated[str | None, typer.Option(help="One agent's customers (login).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
    as_json: AsJson = False,
) -> None:
    """Customers whose tier differs from what their shipments and inquiries suggest."""
    from csdesk.desk.tiers import tier_review
    from csdesk.i18n import t

    desk = open_cli_desk()
    owner_id = scope_agent_id(desk, agent)
    with desk.engine.connect() as connection:
        rows = tier_review(connection, desk.today, desk.tz, owner_id=owner_id, limit=limit)
    if as_json:
        echo_json({"date": desk.today, "items": [row.to_json() for row in rows]})
        return
    for row in rows:
        typer.echo(
            f"{row.customer_id:>7}  {row.tier} -> {row.suggested}  {row.name}  "
            f"{row.owner_login or '-'}"
        )
    if not rows:
        typer.echo(t("tiers.none"))


@tiers_app.command("set")
@desk_command
def tiers_set(
    customer: Annotated[str, typer.Argument(help="Customer id or exact name.")],
    tier: Annotated[str, typer.Argument(help="A B C or D")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
) -> None:
    """Change a customer's tier (supervisors); the change is recorded."""
    from csdesk.desk.tiers import set_tier
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        changed = set_tier(session, desk.agent, customer, tier, note)
        typer.echo(t("tiers.set", name=changed.name, tier=changed.tier))


@tiers_app.command("owner")
@desk_command
def tiers_owner(
    customer: Annotated[str, typer.Argument(help="Customer id or exact name.")],
    login: Annotated[str, typer.Argument(help="The new owner's login.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
) -> None:
    """Give a customer to another agent (supervisors); the change is recorded."""
    from csdesk.desk.tiers import set_owner
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        changed = set_owner(session, desk.agent, customer, login, note)
        typer.echo(t("tiers.owner_set", name=changed.name, login=login))


@tiers_app.command("hand-over")
@desk_command
def tiers_hand_over(
    customers: Annotated[list[str], typer.Argument(help="D customers: ids or exact names.")],
    to: Annotated[str | None, typer.Option("--to", help="One agent (login).")] = None,
    group: Annotated[str | None, typer.Option(help="A group: direct | peer.")] = None,
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    as_json: AsJson = False,
) -> None:
    """Hand D customers to another agent or spread them over a group (H88)."""
    from csdesk.desk.tiers import hand_over_d

    desk = open_cli_desk()
    with desk.session() as session:
        moved = hand_over_d(session, desk.agent, customers, to, group, note)
    if as_json:
        echo_json({"moved": [{"customer_id": cid, "owner": login} for cid, login in moved]})
        return
    for customer_id, login in moved:
        typer.echo(f"{customer_id:>7}  {login}")


def register(app: typer.Typer) -> None:
    app.command("calls")(calls)
    app.command("log-call")(log_call_command)
    app.add_typer(tiers_app, name="tiers")
