"""Inquiries on the command line: read a message, check fields, add, list, show, status."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from csdesk.commands.common import desk_command, echo_json, fail, open_cli_desk, scope_agent_id

if TYPE_CHECKING:
    from csdesk.rules.findings import Finding
    from csdesk.rules.intake import CheckResult
    from csdesk.rules.message_parser import ParseResult

inquiry_app = typer.Typer(help="询价 / one inquiry: parse, check, add, show.", no_args_is_help=True)

TextArg = Annotated[str | None, typer.Argument(help="The message; '-' or nothing reads stdin.")]
JsonOpt = Annotated[bool, typer.Option("--json")]


def _pad(text: str, cells: int) -> str:
    from rich.cells import cell_len

    return text + " " * max(cells - cell_len(text), 0)


def _read_input(text: str | None, file: Path | None = None) -> str:
    """The message from the argument, a file, or stdin; refuses what cannot be read."""
    from csdesk.i18n import t

    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise fail(t("inquiry.cli.unreadable", source=str(file), reason=str(error))) from None
    if text is not None and text != "-":
        return text
    try:
        return sys.stdin.read()
    except UnicodeDecodeError as error:
        raise fail(t("inquiry.cli.unreadable", source="stdin", reason=str(error))) from None


def _received(value: str | None) -> dt.datetime | None:
    from csdesk.commands.common import EARLIEST, LATEST
    from csdesk.desk.context import DESK_TZ
    from csdesk.i18n import t

    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(t("inquiry.cli.bad_received", value=value)) from None
    if not EARLIEST <= moment.date() <= LATEST:
        raise fail(t("store.out_of_range"))
    return moment if moment.tzinfo else moment.replace(tzinfo=DESK_TZ)


def _field_line(name: str, shown: str, note: str = "") -> str:
    from csdesk.i18n import t

    return f"  {_pad(t(f'intake.field.{name}'), 16)} {shown}{note}"


def _print_parse(result: ParseResult) -> None:
    from csdesk.i18n import t
    from csdesk.rules.inquiry_fields import format_value

    values = result.values()
    if not result.fields:
        typer.echo(t("inquiry.cli.nothing_read"))
    for name, parsed in result.fields.items():
        shown = format_value(values, name) or str(parsed.value)
        typer.echo(_field_line(name, shown, f"   <- {parsed.source(result.text)!r}"))
    _print_questions(result)


def _print_questions(result: ParseResult) -> None:
    """What the parser would not guess (1000x40HQ, 3-4 boxes): said, not dropped in silence."""
    from csdesk.i18n import t
    from csdesk.rules.message_parser import describe_question

    if not result.questions:
        return
    typer.echo(t("inquiry.cli.questions"))
    for question in result.questions:
        typer.echo(f"  ? {describe_question(question, result.text)}")


def _question_lines(result: ParseResult | None) -> list[str]:
    from csdesk.rules.message_parser import describe_question

    return [describe_question(q, result.text) for q in result.questions] if result else []


def _print_findings(title_key: str, findings: list[Finding]) -> None:
    from csdesk.i18n import t

    if not findings:
        return
    typer.echo(t(title_key))
    for finding in findings:
        typer.echo(f"  - {finding.message()}")
        if finding.text:
            typer.echo("")
            typer.echo("\n".join(f"    {line}" for line in finding.text.splitlines()))


def _print_check(result: CheckResult) -> None:
    from csdesk.i18n import t
    from csdesk.rules.inquiry_fields import FIELD_NAMES, format_value

    for name in FIELD_NAMES:
        shown = format_value(result.fields, name)
        if name in ("pol", "pod") and name in result.ports:
            port = result.ports[name]
            shown = f"{port.locode} {port.name_zh} {port.name_en}"
        if shown:
            typer.echo(_field_line(name, shown))
    if result.missing:
        names = ", ".join(t(f"intake.field.{name}") for name in result.missing)
        typer.echo(t("inquiry.cli.missing", names=names))
    else:
        typer.echo(t("inquiry.cli.complete"))
    _print_findings("inquiry.cli.errors", result.errors)
    _print_findings("inquiry.cli.warnings", result.warnings)
    _print_findings("inquiry.cli.advice", result.advice)


@inquiry_app.command("parse")
@desk_command
def inquiry_parse(
    text: TextArg = None,
    received: Annotated[
        str | None, typer.Option(help="When the message arrived (ISO); dates count from it.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """读取消息 / the fields a pasted message gives, each with where it was read."""
    from csdesk.desk.inquiry_columns import desk_day
    from csdesk.desk.intake import parse_message
    from csdesk.rules import pattern_store

    message = _read_input(text)
    desk = open_cli_desk(with_agent=False)
    moment = _received(received) or desk.now()
    with desk.engine.connect() as connection:
        result = parse_message(connection, message, desk_day(moment))
    pattern_store.save()  # as `inquiry add`: the patterns this read compiled, kept for next run
    if as_json:
        echo_json(result.as_json())
    else:
        _print_parse(result)


def _load_document(content: str) -> dict[str, Any] | None:
    """A JSON object of fields, or None for free text; refuses JSON that is not an object."""
    from csdesk.i18n import t

    stripped = content.strip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        document = json.loads(stripped)
    except ValueError as error:
        raise fail(t("inquiry.cli.bad_json", reason=str(error))) from None
    if not isinstance(document, dict):
        raise fail(t("inquiry.cli.not_object"))
    return document


@inquiry_app.command("check")
@desk_command
def inquiry_check(
    source: Annotated[
        str | None, typer.Argument(help="A file of free text or a JSON object; '-' is stdin.")
    ] = None,
    customer: Annotated[
        str | None, typer.Option(help="Customer id or name, for the lane advice.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """检查询价 / what is missing, what is wrong, what is implausible, and what to do."""
    from csdesk.desk.customer_ref import customer_id_of
    from csdesk.desk.inquiry_add import asking_customer
    from csdesk.desk.inquiry_columns import desk_day
    from csdesk.desk.intake import check_document, check_values, parse_message

    path = Path(source) if source not in (None, "-") else None
    content = _read_input(None, path)
    document = _load_document(content)
    desk = open_cli_desk(with_agent=False)
    parsed = None
    with desk.engine.connect() as db:
        asker = asking_customer(db, customer_id_of(db, customer)) if customer else None
        if document is not None:
            result = check_document(db, document, desk.today, asker)
        else:
            parsed = parse_message(db, content, desk_day(desk.now()))
            result = check_values(db, parsed.values(True), desk.today, asker)
    if as_json:
        # A JSON document keeps its shape; a message read as text adds what it asks about.
        asked = {"questions": _question_lines(parsed)} if parsed is not None else {}
        echo_json({**result.as_json(), **asked})
    else:
        _print_check(result)
        if parsed is not None:
            _print_questions(parsed)


@inquiry_app.command("add")
@desk_command
def inquiry_add(
    text: TextArg = None,
    customer: Annotated[str, typer.Option(help="Customer id or exact name.")] = "",
    file: Annotated[Path | None, typer.Option(help="Read the message from this file.")] = None,
    channel: Annotated[str, typer.Option(help="wechat | email | phone | visit")] = "wechat",
    as_json: JsonOpt = False,
) -> None:
    """新询价 / store a pasted message as an inquiry; prints its id, what is missing, advice."""
    from csdesk.desk.customer_ref import customer_id_of
    from csdesk.desk.inquiry_add import add_from_text
    from csdesk.i18n import t
    from csdesk.rules.inquiry_fields import CHANNELS

    if not customer:
        raise typer.BadParameter(t("inquiry.cli.customer_needed"))
    if channel not in CHANNELS:
        raise typer.BadParameter(t("error.choice", choices=" ".join(CHANNELS)))
    message = _read_input(text, file)
    desk = open_cli_desk()
    agent_id = desk.agent.id if desk.agent else None
    with desk.engine.begin() as connection:
        customer_id = customer_id_of(connection, customer)
        added = add_from_text(
            connection, customer_id, agent_id, desk.now(), message, channel, desk.today
        )
    if as_json:
        asked = {"questions": _question_lines(added.parsed)}
        echo_json({"id": added.id, "status": added.status, **added.check.as_json(), **asked})
        return
    typer.echo(added.id)
    _print_check(added.check)
    _print_questions(added.parsed)


def _row_doc(row: Any, now: dt.datetime) -> dict[str, Any]:
    from csdesk.rules.sla import clock

    state = clock(row.received_at, row.first_response_at, now, row.sla_due_at)
    return {
        "id": row.id,
        "customer_id": row.customer_id,
        "customer": row.customer,
        "agent": row.agent_login,
        "received_at": row.received_at,
        "status": row.status,
        "mode": row.mode,
        "pol": row.pol,
        "pod": row.pod,
        "commodity": row.commodity,
        "missing": list(row.missing),
        "clock": state.label() or None,
        "overdue": state.overdue,
    }


@desk_command
def inquiries(
    agent: Annotated[str | None, typer.Option(help="One agent's inquiries (login).")] = None,
    status: Annotated[
        str | None,
        typer.Option(
            help="incomplete, open, quoted, won, lost, declined, "
            "handed_over, or all (default: the open queue)."
        ),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
    as_json: JsonOpt = False,
) -> None:
    """询价队列 / the inquiry queue: overdue 5-minute clocks first."""
    from csdesk.desk.inquiry_queue import list_inquiries
    from csdesk.i18n import t
    from csdesk.rules.inquiry_fields import OPEN_STATUSES, STATUSES

    if status not in (None, "all", *STATUSES):
        raise typer.BadParameter(t("error.choice", choices=" ".join((*STATUSES, "all"))))
    statuses = OPEN_STATUSES if status is None else None if status == "all" else (status,)
    desk = open_cli_desk()
    agent_id = scope_agent_id(desk, agent)
    now = desk.now()
    with desk.engine.connect() as connection:
        rows = list_inquiries(connection, now, agent_id, statuses, limit=limit)
    documents = [_row_doc(row, now) for row in rows]
    if as_json:
        echo_json({"inquiries": documents})
        return
    if not documents:
        typer.echo(t("inquiry.cli.empty"))
    for doc in documents:
        route = f"{doc['pol'] or '?'}-{doc['pod'] or '?'}"
        clock_text = doc["clock"] or t(f"intake.status.{doc['status']}")
        missing = (
            t("inquiry.cli.missing_count", count=len(doc["missing"])) if doc["missing"] else ""
        )
        typer.echo(
            f"{doc['id']:>6}  {_pad(clock_text, 10)} {_pad(doc['customer'], 28)} "
            f"{_pad(route, 12)} {_pad(doc['mode'] or '-', 9)} {doc['commodity'] or ''}  {missing}"
        )


@inquiry_app.command("show")
@desk_command
def inquiry_show(inquiry_id: int, as_json: JsonOpt = False) -> None:
    """查看询价 / one inquiry with its checks and advice."""
    from csdesk.desk.context import DESK_TZ
    from csdesk.desk.inquiries import inquiry_detail
    from csdesk.i18n import t

    desk = open_cli_desk(with_agent=False)
    with desk.session() as session:
        detail = inquiry_detail(session, inquiry_id, desk.today)
    record = detail.inquiry
    head = {
        "id": record.id,
        "customer": detail.customer.name,
        "agent": detail.agent.login if detail.agent else None,
        "received_at": record.received_at,
        "status": record.status,
        "channel": record.channel,
        "first_response_at": record.first_response_at,
        "pending": detail.pending,
        "raw_text": record.raw_text,
    }
    if as_json:
        echo_json(head | detail.check.as_json())
        return
    typer.echo(
        t(
            "inquiry.cli.head",
            ref=record.id,
            customer=detail.customer.name,
            status=t(f"intake.status.{record.status}"),
            received=record.received_at.astimezone(DESK_TZ).strftime("%Y-%m-%d %H:%M"),
        )
    )
    _print_check(detail.check)
    if record.raw_text:
        typer.echo(t("inquiry.cli.raw"))
        typer.echo(record.raw_text)


@inquiry_app.command("status")
@desk_command
def inquiry_status(
    inquiry_id: int,
    status: Annotated[str, typer.Argument(help="quoted, won, lost, declined, handed_over, open")],
) -> None:
    """改状态 / set an inquiry's status; quoted, declined and handed over stop its clock."""
    from csdesk.desk.inquiries import set_status
    from csdesk.i18n import t
    from csdesk.models import Inquiry

    desk = open_cli_desk()
    with desk.session() as session:
        inquiry = session.get(Inquiry, inquiry_id)
        version = inquiry.version if inquiry else 0
        saved = set_status(session, inquiry_id, version, status, desk.now())
        shown = t(f"intake.status.{saved.status}")
    typer.echo(t("inquiry.cli.status_set", ref=inquiry_id, status=shown))


@inquiry_app.command("respond")
@desk_command
def inquiry_respond(inquiry_id: int) -> None:
    """已回复 / log the first reply to the customer, which stops the 5-minute clock."""
    from csdesk.desk.inquiries import mark_responded
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        stopped = mark_responded(session, inquiry_id, desk.now())
    typer.echo(t("inquiry.cli.responded" if stopped else "inquiry.cli.already_responded"))


def register(app: typer.Typer) -> None:
    app.command("inquiries")(inquiries)
    app.add_typer(inquiry_app, name="inquiry")
