"""Quotes on the command line: `csdesk quote new|send|win|lose|text`, `csdesk quotes`,
`csdesk gri add`. No output here carries a rate's minimum sell price (H8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from csdesk.commands.common import (
    desk_command,
    echo_json,
    open_cli_desk,
    parse_date,
    scope_agent_id,
)
from csdesk.commands.rates import pad

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.desk.context import Desk
    from csdesk.desk.gri import IncreaseImpact, Touched
    from csdesk.desk.quote_rows import QuoteRow

quote_app = typer.Typer(help="报价 / make, send and close quotes.", no_args_is_help=True)
gri_app = typer.Typer(help="船公司涨价 / carrier rate increases (GRI).", no_args_is_help=True)
LOST_HELP = "price | schedule | service | no_cargo | other"


def _settings_days() -> int:
    from csdesk.config import load_settings

    return load_settings().new_staff_days


def _price(text: str | None) -> tuple[int | None, str | None]:
    from csdesk.i18n import t
    from csdesk.rules.money import AmountError, parse_amount

    if text is None:
        return None, None
    try:
        minor, currency = parse_amount(text, "USD")
    except AmountError:
        raise typer.BadParameter(t("quote.error.bad_price", value=text)) from None
    explicit = any(mark in text.upper() for mark in ("USD", "CNY", "EUR", "RMB", "$", "¥", "￥"))
    return minor, currency if explicit else None


def _housekeeping(desk: Desk) -> None:
    from csdesk.desk.quote_due import housekeeping_due

    with desk.engine.connect() as connection:
        if not housekeeping_due(connection, desk.today):
            return
    from csdesk.desk.quote_flow import quote_housekeeping

    with desk.session() as session:
        quote_housekeeping(session, desk.today, desk.now(), desk.calendar, desk.tz)


@quote_app.command("new")
@desk_command
def quote_new(
    inquiry: Annotated[int, typer.Argument(help="Inquiry id.")],
    rate: Annotated[int | None, typer.Option(help="Rate id; default the best valid rate.")] = None,
    price: Annotated[
        str | None, typer.Option(help="Price per container or W/M, e.g. 1850 or 'USD 1850'.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """新报价 / quote an inquiry on the best valid rate, or provisionally when there is none."""
    from csdesk.desk.quote_list import quote_document
    from csdesk.desk.quotes import QuoteRequest, new_quote
    from csdesk.i18n import language, t

    desk = open_cli_desk()
    price_minor, currency = _price(price)
    request = QuoteRequest(
        rate_id=rate, price_minor=price_minor, price_currency=currency, lang=language()
    )
    with desk.session() as session:
        quote = new_quote(
            session,
            inquiry,
            request,
            actor=desk.agent,
            today=desk.today,
            calendar=desk.calendar,
            new_staff_days=_settings_days(),
            tz=desk.tz,
        )
        assert quote.id is not None
        quote_id, provisional = quote.id, quote.provisional
        status = t(f"quote.status.{quote.status}")
        document = quote_document(session, quote_id)
    if as_json:
        echo_json(document)
        return
    typer.echo(quote_id)
    key = "quote.created_provisional" if provisional else "quote.created"
    typer.echo(t(key, id=quote_id, status=status), err=True)


@quote_app.command("send")
@desk_command
def quote_send(quote: Annotated[int, typer.Argument(help="Quote id.")]) -> None:
    """已发送 / mark a quote sent: the inquiry is answered, follow-ups go in the call list."""
    from csdesk.desk.quote_flow import follow_ups, send_quote
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        send_quote(session, quote, now=desk.now(), calendar=desk.calendar, tz=desk.tz)
        times = [
            task.due_at.astimezone(desk.tz).strftime("%Y-%m-%d %H:%M")
            for task in follow_ups(session, quote)
            if task.kind == "quote_follow_up" and task.done_at is None
        ]
    typer.echo(t("quote.sent", id=quote, times=", ".join(times)))


@quote_app.command("win")
@desk_command
def quote_win(quote: Annotated[int, typer.Argument(help="Quote id.")]) -> None:
    """成交 / the customer books: follow-ups close and a booking is created."""
    from csdesk.desk.quote_flow import win_quote
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        _, shipment = win_quote(session, quote, actor=desk.agent, now=desk.now())
        booking, shipment_id = shipment.booking_no, shipment.id
    typer.echo(t("quote.won", id=quote, booking=booking, shipment=shipment_id))


@quote_app.command("lose")
@desk_command
def quote_lose(
    quote: Annotated[int, typer.Argument(help="Quote id.")],
    reason: Annotated[str, typer.Option(help=LOST_HELP)],
    note: Annotated[str | None, typer.Option(help="What the customer said.")] = None,
) -> None:
    """未成交 / the customer did not take it: why; follow-ups close."""
    from csdesk.desk.quote_flow import lose_quote
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        lose_quote(session, quote, reason, now=desk.now(), note=note)
    typer.echo(t("quote.lost", id=quote, reason=t(f"quote.lost.{reason}")))


@quote_app.command("text")
@desk_command
def quote_text(
    quote: Annotated[int, typer.Argument(help="Quote id.")],
    lang: Annotated[str | None, typer.Option(help="zh | en; default the quote's.")] = None,
) -> None:
    """报价文本 / the quote as the customer gets it, for WeChat or e-mail."""
    from csdesk.desk.quote_common import EDITABLE_STATUSES
    from csdesk.desk.quote_options import get_quote
    from csdesk.desk.quote_text import releasable_text, render_quote_text, store_text

    desk = open_cli_desk()
    with desk.session() as session:
        found = get_quote(session, quote)
        text = render_quote_text(session, found, lang or found.text_lang, found.text_channel)
        releasable_text(found, text)
        # What was sent stays as it was sent; until then the last text rendered is kept.
        if found.status in EDITABLE_STATUSES:
            store_text(session, found, text, lang)
    typer.echo(text)


@desk_command
def quotes(
    agent: Annotated[str | None, typer.Option(help="One agent's quotes (login).")] = None,
    status: Annotated[str | None, typer.Option(help="draft, in_review, sent, won, ...")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """报价列表 / quotes, newest first (200)."""
    from csdesk.desk.quote_rows import list_quotes
    from csdesk.i18n import t

    desk = open_cli_desk()
    agent_id = scope_agent_id(desk, agent)
    _housekeeping(desk)
    with desk.engine.connect() as connection:
        rows = list_quotes(connection, agent_id=agent_id, statuses=(status,) if status else ())
    if as_json:
        echo_json({"quotes": [row.as_json() for row in rows]})
        return
    if not rows:
        typer.echo(t("quotes.none"))
        return
    for row in rows:
        typer.echo(_quote_line(row))


def _quote_line(row: QuoteRow) -> str:
    from csdesk.i18n import t
    from csdesk.rules.pricing import units_text

    flags = [t("quote.flag.provisional")] if row.provisional else []
    if row.needs_reconfirm:
        flags.append(t("quote.flag.reconfirm"))
    cells = (
        f"{row.id}",
        t(f"quote.status.{row.status}"),
        row.customer,
        f"{row.pol}-{row.pod}",
        f"{row.container}x{units_text(row.units)}",
        row.price,
        row.valid_until.isoformat(),
        row.agent_login or "-",
    )
    widths = (6, 8, 24, 12, 9, 12, 10, 8)
    line = "  ".join(pad(cell, width) for cell, width in zip(cells, widths, strict=True))
    return f"{line}  {' '.join(flags)}".rstrip()


@gri_app.command("add")
@desk_command
def gri_add(
    carrier: Annotated[str, typer.Option(help="Carrier, e.g. COSCO.")],
    lane: Annotated[list[str], typer.Option(help="Lane code or name: WAF, 西非. Repeatable.")],
    amount: Annotated[str, typer.Option(help="Per container, e.g. 'USD 150'.")],
    effective: Annotated[str, typer.Option(help="Effective date, YYYY-MM-DD.")],
    container: Annotated[str | None, typer.Option(help="One container type only.")] = None,
    note: str | None = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """记录涨价 / record a carrier's increase; lists what it touches and tells each agent."""
    from csdesk.desk.gri import record_increase

    desk = open_cli_desk()
    day = parse_date(effective)
    assert day is not None
    with desk.session() as session:
        impact = record_increase(
            session, carrier, lane, amount, day,
            container=container.upper() if container else None, note=note,
            actor_id=desk.agent.id if desk.agent else None, now=desk.now(),
        )  # fmt: skip
        document = impact.as_json()
        lines = _impact_lines(session, impact)
    if as_json:
        echo_json(document)
        return
    typer.echo(impact.increase.id)
    for line in lines:
        typer.echo(line, err=True)


def _impact_lines(session: Session, impact: IncreaseImpact) -> list[str]:
    from csdesk.desk.gri import notice_text
    from csdesk.i18n import language, t

    bookings = [item for item in impact.touched if item.kind == "booking"]
    lines = [
        t(
            "gri.recorded",
            carrier=impact.increase.carrier,
            id=impact.increase.id,
            quotes=len(impact.touched) - len(bookings),
            bookings=len(bookings),
            tasks=len(impact.task_ids),
        )
    ]
    lines += [_touched_line(session, item) for item in impact.touched]
    customers = dict.fromkeys(item.customer for item in impact.touched)
    lines += ["", *(notice_text(session, impact.increase, name, language()) for name in customers)]
    return lines


def _touched_line(session: Session, item: Touched) -> str:
    from csdesk.desk.gri import lane_label
    from csdesk.i18n import language, t

    lane = lane_label(session, item.pol, item.pod, language())
    agent = item.agent_login or "-"
    if item.kind == "quote":
        return t("gri.impact.quote", id=item.ref, customer=item.customer, lane=lane,
                 container=item.container, agent=agent)  # fmt: skip
    etd = item.etd.isoformat() if item.etd else "-"
    return t("gri.impact.booking", booking=item.label, customer=item.customer, lane=lane,
             etd=etd, agent=agent)  # fmt: skip


def register(app: typer.Typer) -> None:
    app.add_typer(quote_app, name="quote")
    app.command("quotes")(quotes)
    app.add_typer(gri_app, name="gri")
