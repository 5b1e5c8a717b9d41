"""The supervisor's queue of quotes waiting for review (H39: new colleagues' quotes; H8: a price
below the minimum): read the text, approve it or return it with a comment."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded
from csdesk.widgets.quote_rows import render_review
from csdesk.widgets.row_list import RowList

PAGE = 200  # quotes a read brings; the list asks for the next page as the cursor nears the end

if TYPE_CHECKING:
    from csdesk.desk.context import Desk
    from csdesk.desk.quote_list import QuoteRow


class QuoteReviewScreen(Guarded, Screen[None]):
    SCOPE = "quote_review"
    TITLE_KEY = "screen.quote_review"
    DEFAULT_CSS = """
    QuoteReviewScreen #review-title { height: 1; background: $boost; padding: 0 1; }
    QuoteReviewScreen #review-main { height: 1fr; }
    QuoteReviewScreen #review-list { width: 3fr; }
    QuoteReviewScreen #review-text-box { width: 2fr; border-left: solid $primary; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("quote_review")

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)
        self.texts: dict[int, str] = {}
        self._loaded = False  # the app's store follower reloads a screen once it has loaded

    @property
    def desk(self) -> Desk | None:
        from csdesk.app import CSDeskApp

        app = self.app
        return app.desk if isinstance(app, CSDeskApp) else None

    def compose(self) -> ComposeResult:
        yield Static(Text(t("quote.review.title")), id="review-title", markup=False)
        with Horizontal(id="review-main"):
            yield RowList(render_review, t("quote.review.empty"), id="review-list")
            with VerticalScroll(id="review-text-box"):
                yield Static("", id="review-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        desk = self.desk
        if desk is not None and (desk.agent is None or not desk.agent.is_supervisor):
            self.notify(t("quote.review.supervisor_only"), severity="warning")
        self.load()
        self.query_one(RowList).focus()

    def store_changed(self) -> None:
        """Another desk sent a quote for review or renamed a customer: the queue shows it, the
        cursor staying on its quote."""
        self.query_one(RowList).stay_on_row_next_time(lambda row: row.id)
        self.load()

    @work(thread=True, exclusive=True, group="review-load")
    def load(self) -> None:
        from csdesk.desk.quote_flow import quote_housekeeping
        from csdesk.desk.quote_list import quote_texts, review_queue

        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            now = desk.now()
            quote_housekeeping(session, now.date(), now, desk.calendar, desk.tz)
            rows = review_queue(session, limit=PAGE + 1)
            texts = quote_texts(session, [row.id for row in rows[:PAGE]])
        self.app.call_from_thread(self._show, rows[:PAGE], texts, len(rows) > PAGE)

    def _show(self, rows: list[QuoteRow], texts: dict[int, str], has_more: bool) -> None:
        self._loaded = True
        self.texts = texts
        self.query_one(RowList).set_rows(rows, has_more, keep_cursor=True)
        if not rows:
            self.query_one("#review-text", Static).update("")

    @on(RowList.NeedMore)
    def _more(self, event: RowList.NeedMore) -> None:
        if event.last_row is not None:
            self.load_more(event.last_row.id)

    @work(thread=True, exclusive=True, group="review-more")
    def load_more(self, after_id: int) -> None:
        from csdesk.desk.quote_list import quote_texts, review_queue

        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            rows = review_queue(session, after_id, PAGE + 1)
            texts = quote_texts(session, [row.id for row in rows[:PAGE]])
        self.app.call_from_thread(self._append, rows[:PAGE], texts, len(rows) > PAGE)

    def _append(self, rows: list[QuoteRow], texts: dict[int, str], has_more: bool) -> None:
        self.texts |= texts
        self.query_one(RowList).append_rows(rows, has_more)

    @on(RowList.Highlighted)
    def _highlighted(self, event: RowList.Highlighted) -> None:
        from csdesk.widgets.quote_rows import review_reasons_text

        row: QuoteRow | None = event.row
        shown = Text()
        if row is not None:
            reasons = review_reasons_text(row)
            if reasons:
                shown.append(t("quote.review.why", reasons=reasons) + "\n\n", style="bold yellow")
            shown.append(self.texts.get(row.id, ""))
        self.query_one("#review-text", Static).update(shown)

    def action_approve(self) -> None:
        row: QuoteRow | None = self.query_one(RowList).current
        if row is not None:
            self.decide(row, None)

    def action_return_quote(self) -> None:
        from csdesk.screens.quote_modals import ReturnCommentModal

        row: QuoteRow | None = self.query_one(RowList).current
        if row is not None:
            self.app.push_screen(ReturnCommentModal(), partial(self._comment_given, row))

    def _comment_given(self, row: QuoteRow, comment: str | None) -> None:
        if comment is not None:
            self.decide(row, comment)

    @work(thread=True, exclusive=True, group="review-write")
    def decide(self, row: QuoteRow, comment: str | None) -> None:
        """Approve (no comment) or return with the comment."""
        from csdesk.desk.errors import DeskError
        from csdesk.desk.quote_flow import approve_quote, return_quote

        desk = self.desk
        if desk is None:
            return
        try:
            with desk.session() as session:
                if comment is None:
                    approve_quote(session, row.id, actor=desk.agent, now=desk.now())
                    message = t("quote.review.approved", id=row.id)
                else:
                    return_quote(session, row.id, comment, actor=desk.agent, now=desk.now())
                    message = t("quote.review.returned", id=row.id, agent=row.agent_login or "-")
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error")
            return
        self.app.call_from_thread(self.notify, message, timeout=4)
        self.load()

    def action_leave(self) -> None:
        self.app.pop_screen()
