"""The quote screen: from an inquiry, the valid rates best first, the price, the quote text
copied with one key, then sent, won or lost (H8, H14, H34, H39, H48, H62).

The highlighted rate's minimum sell price is shown here and nowhere else, marked as said by phone
only (H8); it never reaches the text, which is built by the desk from the quote alone.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from csdesk import keymap
from csdesk.i18n import language, t
from csdesk.rules.money import AmountError, parse_amount
from csdesk.rules.pricing import money_text, units_text
from csdesk.widgets.guard import Guarded
from csdesk.widgets.quote_rows import OptionHeader, render_option
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.desk.context import Desk
    from csdesk.desk.quote_options import QuoteOption, Workspace
    from csdesk.models import Quote


def open_quote_screen(screen: Screen[Any], inquiry_id: int | None) -> None:
    """The quote screen for an inquiry (the queue's quote key)."""
    if inquiry_id is not None:
        screen.app.push_screen(QuoteScreen(inquiry_id))


_STEPS = (("sent", "send"), ("won", "win"), ("lost", "lose"))
# Keys that move the rate list while the price has focus: a one-line input has no use for them.
_ROW_KEYS = {
    "down": "action_cursor_down",
    "up": "action_cursor_up",
    "pagedown": "action_page_down_rows",
    "pageup": "action_page_up_rows",
}


class QuoteScreen(Guarded, Screen[None]):
    # The price is focused as the screen resumes, not a moment later (on_mount's focus waits
    # for the next turn): keys typed with F11 in one burst find it.
    AUTO_FOCUS = "#quote-price"
    SCOPE = "quote"
    TITLE_KEY = "screen.quote"
    CSS_PATH = "quote.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("quote")

    def __init__(self, inquiry_id: int) -> None:
        super().__init__()
        keymap.localize(self)
        self.inquiry_id = inquiry_id
        self.workspace: Workspace | None = None
        self.lang = language()
        self.channel = "wechat"
        self.all_in = False
        # The text's language and channel come from the quote once; after that they are the
        # agent's choice (F12 on a sent quote shows it in the other language, stored text kept).
        self._options_from: int | None = None
        self.rendered = ""
        self._loaded = False  # the app's store follower reloads a screen once it has loaded
        self._price_put = ""  # the price the screen last put in the box (not typed)
        self._offered = False  # the first rate's price is in the box (or a typed one kept)

    @property
    def desk(self) -> Desk | None:
        from csdesk.app import CSDeskApp

        app = self.app
        return app.desk if isinstance(app, CSDeskApp) else None

    def compose(self) -> ComposeResult:
        yield Static("", id="quote-title", markup=False)
        with Horizontal(id="quote-main"):
            with Vertical(id="quote-left"):
                yield Static(Text(t("quote.screen.options")), classes="pane-title", markup=False)
                yield OptionHeader(id="quote-options-header")
                yield RowList(render_option, t("quote.screen.no_rates"), id="quote-options")
            with Vertical(id="quote-right"):
                yield Static("", id="quote-prices", markup=False)
                yield Static(Text(t("quote.screen.price")), classes="pane-title", markup=False)
                yield Input(id="quote-price", placeholder=t("quote.screen.price"))
                yield Static("", id="quote-status", markup=False)
                yield Static("", id="quote-text-title", classes="pane-title", markup=False)
                with VerticalScroll(id="quote-text-box"):
                    yield Static("", id="quote-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load()
        # The price is what the agent types here: digits typed as the screen opens land in it
        # (on the rate list they did nothing); the arrow keys still move the rate list.
        self.query_one("#quote-price", Input).focus()

    def on_key(self, event: events.Key) -> None:
        if self.focused is not self.query_one("#quote-price", Input):
            return
        move = _ROW_KEYS.get(event.key)
        if move is not None:
            getattr(self.query_one("#quote-options", RowList), move)()
            event.stop()

    # Loading ----------------------------------------------------------------------------------
    def store_changed(self) -> None:
        """Another screen, desk or the CLI changed the store (a customer renamed, the quote
        moved on): show it, keeping a price being typed."""
        self.load(keep_typed=True)

    @work(thread=True, exclusive=True, group="quote-load")
    def load(self, keep_typed: bool = False) -> None:
        from csdesk.desk.quote_flow import quote_housekeeping
        from csdesk.desk.quote_options import quote_workspace

        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            now = desk.now()
            quote_housekeeping(session, now.date(), now, desk.calendar, desk.tz)
            workspace = quote_workspace(session, self.inquiry_id, now.date())
        self.app.call_from_thread(self._show, workspace, keep_typed)

    def _put_price(self, price: str, keep_typed: bool = False) -> None:
        box = self.query_one("#quote-price", Input)
        if keep_typed and box.value != self._price_put:
            return  # the agent is typing a price: a reload does not take it away
        box.value = self._price_put = price
        box.select_all()  # a price typed over the one offered replaces it

    def _show(self, workspace: Workspace, keep_typed: bool = False) -> None:
        self._loaded = True
        self.workspace = workspace
        inquiry, quote = workspace.inquiry, workspace.quote
        equipment = " ".join(f"{box}x{units_text(units)}" for box, units in inquiry.equipment)
        lane = f"{inquiry.pol or '?'}-{inquiry.pod or '?'}"
        title = t("quote.screen.title", id=inquiry.id, customer=inquiry.customer, lane=lane,
                  equipment=equipment)  # fmt: skip
        self.query_one("#quote-title", Static).update(Text(title))
        options = self.query_one("#quote-options", RowList)
        # No rate: the list says so and what to do; titles over that message read as a table.
        self.query_one(OptionHeader).display = bool(workspace.options)
        # A reload for another desk's change announces no row: the price box keeps its text.
        options.set_rows(
            workspace.options, keep_cursor=True, announce=quote is None and not keep_typed
        )
        if keep_typed and quote is None:
            self._show_prices(options.current)
        if workspace.problem is not None:
            self.notify(workspace.problem.message(), severity="warning")
        if quote is not None:
            if self._options_from != quote.id:
                self._options_from = quote.id
                self.lang, self.channel = quote.text_lang, quote.text_channel
            self.all_in = quote.all_in
            index = next(
                (
                    i
                    for i, option in enumerate(workspace.options)
                    if option.rate_id == quote.rate_id
                ),
                None,
            )
            if index is not None:
                options.move_to(index)
            self._show_prices(options.current)
            self._put_price(f"{quote.price_minor / 100:g}", keep_typed)
        self._show_quote(quote)

    def _show_prices(self, option: QuoteOption | None) -> None:
        prices = Text()
        if option is not None:
            minimum = money_text(option.minimum_minor, option.currency)
            prices.append(t("quote.screen.minimum", amount=minimum), style="bold yellow")
            sell = money_text(option.sell_minor, option.currency)
            prices.append("\n" + t("quote.screen.company_sell", amount=sell), style="dim")
        self.query_one("#quote-prices", Static).update(prices)

    def _show_quote(self, quote: Quote | None) -> None:
        status = Text()
        if quote is None:
            status.append(t("quote.screen.none_yet"), style="dim")
        else:
            label = t("quote.screen.status", id=quote.id, status=t(f"quote.status.{quote.status}"))
            status.append(label, style="bold")
            if quote.provisional:
                status.append("  " + t("quote.flag.provisional"), style="yellow")
            if quote.status == "in_review":
                reasons = ", ".join(
                    t(f"quote.review.{reason}") for reason in quote.review_reasons.split("|")
                )
                status.append("\n" + t("quote.screen.review", reasons=reasons), style="yellow")
            if quote.status == "returned" and quote.review_comment:
                comment = t("quote.screen.returned", comment=quote.review_comment)
                status.append("\n" + comment, style="red")
        self.query_one("#quote-status", Static).update(status)
        stored = quote is not None and (quote.text_lang, quote.text_channel) == (
            self.lang,
            self.channel,
        )
        self._show_text(quote.text if quote and (stored or not self.rendered) else self.rendered)

    def _show_text(self, text: str) -> None:
        all_in = t("quote.screen.all_in") if self.all_in else ""
        title = t("quote.screen.text", lang=t(f"quote.screen.lang.{self.lang}"),
                  channel=t(f"quote.screen.channel.{self.channel}"), all_in=all_in)  # fmt: skip
        self.query_one("#quote-text-title", Static).update(Text(title))
        self.query_one("#quote-text", Static).update(Text(text))

    @on(RowList.Highlighted, "#quote-options")
    def _highlighted(self, event: RowList.Highlighted) -> None:
        option: QuoteOption | None = event.row
        self._show_prices(option)
        quote = self.workspace.quote if self.workspace else None
        if option is not None and (quote is None or quote.rate_id != option.rate_id):
            # A price typed before the rates arrived is kept; choosing a rate later offers its.
            self._put_price(f"{option.offered_minor / 100:g}", keep_typed=not self._offered)
        self._offered = True

    # Writing ----------------------------------------------------------------------------------
    def _price(self) -> tuple[int, str] | None:
        option: QuoteOption | None = self.query_one("#quote-options", RowList).current
        currency = option.currency if option else "USD"
        text = self.query_one("#quote-price", Input).value
        if not text.strip():
            self.notify(t("quote.error.no_price"), severity="error")
            return None
        try:
            return parse_amount(text, currency)
        except AmountError:
            self.notify(t("quote.error.bad_price", value=text), severity="error")
            return None

    def _changed(self, price: tuple[int, str]) -> bool:
        """Whether the screen asks for another quote than the stored one."""
        quote = self.workspace.quote if self.workspace else None
        option: QuoteOption | None = self.query_one("#quote-options", RowList).current
        if quote is None or quote.status in ("won", "lost", "expired"):
            return True
        rate_id = option.rate_id if option else None
        return (quote.price_minor, quote.all_in, quote.rate_id) != (price[0], self.all_in, rate_id)

    def action_save(self) -> None:
        price = self._price()
        if price is not None:
            self.write(price, copy=False)

    def action_copy(self) -> None:
        price = self._price()
        if price is not None:
            self.write(price if self._changed(price) else None, copy=True)

    @work(thread=True, exclusive=True, group="quote-write")
    def write(self, price: tuple[int, str] | None, copy: bool) -> None:
        """Save the quote (when `price` is given), render its text, copy it if asked."""
        from csdesk.desk.errors import DeskError
        from csdesk.desk.quote_text import releasable_text

        desk = self.desk
        if desk is None or self.workspace is None:
            return
        try:
            with desk.session() as session:
                quote = self._save(session, desk, price) if price else self._stored(session)
                text = self._quote_text_for(session, quote)
            if copy:  # saved first: a quote held for review stays saved, its text on the desk
                self.app.call_from_thread(self._copied, releasable_text(quote, text))
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error")
            return
        self.rendered = text
        self.load()

    def _stored(self, session: Session) -> Quote:
        from csdesk.desk.quote_options import get_quote

        assert self.workspace is not None and self.workspace.quote is not None
        return get_quote(session, self.workspace.quote.id or 0)

    def _save(self, session: Session, desk: Desk, price: tuple[int, str]) -> Quote:
        from csdesk.config import load_settings
        from csdesk.desk.quote_common import EDITABLE_STATUSES
        from csdesk.desk.quotes import QuoteRequest, new_quote, reprice_quote

        assert self.workspace is not None
        quote = self.workspace.quote
        option: QuoteOption | None = self.query_one("#quote-options", RowList).current
        rate_id = option.rate_id if option else None
        days = load_settings().new_staff_days
        if quote is not None and quote.status in EDITABLE_STATUSES and quote.rate_id == rate_id:
            return reprice_quote(
                session, quote.id or 0, price[0], actor=desk.agent, today=desk.today,
                new_staff_days=days, all_in=self.all_in, expected_version=quote.version,
            )  # fmt: skip
        request = QuoteRequest(
            rate_id=rate_id, price_minor=price[0], price_currency=price[1], all_in=self.all_in,
            lang=self.lang, channel=self.channel,
        )  # fmt: skip
        return new_quote(
            session, self.inquiry_id, request, actor=desk.agent, today=desk.today,
            calendar=desk.calendar, new_staff_days=days, tz=desk.tz,
        )  # fmt: skip

    def _quote_text_for(self, session: Session, quote: Quote) -> str:
        """The text in the screen's language and channel; kept on the quote until it is sent."""
        from csdesk.desk.quote_common import EDITABLE_STATUSES
        from csdesk.desk.quote_text import render_quote_text, store_text

        text = render_quote_text(session, quote, self.lang, self.channel)
        if quote.status in EDITABLE_STATUSES:
            store_text(session, quote, text, self.lang, self.channel)
        return text

    def _copied(self, text: str) -> None:
        from csdesk.widgets.clipboard import copy_out

        copy_out(self.app, text, t("quote.screen.copy_what"), t("quote.screen.copy_next"))

    def _quote_id(self) -> int | None:
        quote = self.workspace.quote if self.workspace else None
        if quote is None:
            self.notify(t("quote.screen.none_yet"), severity="warning")
            return None
        return quote.id

    def action_status(self) -> None:
        """Ctrl+T: sent, won or lost, picked from a short list (the desk refuses a wrong step)."""
        from csdesk.screens.pick import PickModal

        if self._quote_id() is None:
            return
        options = [(t(f"quote.status.{status}"), step) for status, step in _STEPS]
        self.app.push_screen(PickModal(t("quote.screen.status_title"), options), self._step)

    def _step(self, step: str | None) -> None:
        actions = {"send": self.action_send, "win": self.action_win, "lose": self.action_lose}
        if step in actions:
            actions[step]()

    def action_send(self) -> None:
        quote_id = self._quote_id()
        if quote_id is not None:
            self.transition("send", quote_id)

    def action_win(self) -> None:
        quote_id = self._quote_id()
        if quote_id is not None:
            self.transition("win", quote_id)

    def action_lose(self) -> None:
        from csdesk.screens.quote_modals import LostReasonModal

        quote_id = self._quote_id()
        if quote_id is not None:
            self.app.push_screen(LostReasonModal(), partial(self._lost_chosen, quote_id))

    def _lost_chosen(self, quote_id: int, reason: str | None) -> None:
        if reason is not None:
            self.transition("lose", quote_id, reason)

    @work(thread=True, exclusive=True, group="quote-write")
    def transition(self, step: str, quote_id: int, reason: str | None = None) -> None:
        from csdesk.desk.errors import DeskError
        from csdesk.screens.quote_steps import run_step

        desk = self.desk
        if desk is None:
            return
        try:
            with desk.session() as session:
                message = run_step(session, desk, step, quote_id, reason)
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error")
            return
        self.app.call_from_thread(self.notify, message, timeout=6)
        self.load()

    def action_toggle_lang(self) -> None:
        self.lang = "en" if self.lang == "zh" else "zh"
        self.rerender()

    def action_toggle_channel(self) -> None:
        self.channel = "email" if self.channel == "wechat" else "wechat"
        self.rerender()

    def action_toggle_all_in(self) -> None:
        self.all_in = not self.all_in
        quote = self.workspace.quote if self.workspace else None
        price = self._price()
        if quote is not None and price is not None:
            self.write(price, copy=False)
        else:
            self._show_text(quote.text if quote else "")

    def rerender(self) -> None:
        if self.workspace is not None and self.workspace.quote is not None:
            self.write(None, copy=False)
        else:
            self._show_text("")

    def action_review_queue(self) -> None:
        from csdesk.screens.quote_review import QuoteReviewScreen

        self.app.push_screen(QuoteReviewScreen())

    def action_import_rates(self) -> None:
        from csdesk.screens.rate_import import RateImportModal

        self.app.push_screen(RateImportModal(), self._imported)

    def _imported(self, imported: bool | None) -> None:
        if imported:
            self.load()

    def action_leave(self) -> None:
        self.app.pop_screen()
