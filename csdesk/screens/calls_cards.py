"""The Calls screen's cards: the one at the cursor and its neighbours', read ahead in a worker so
a cursor key draws its card in the same frame; the first comes with the list (first_card)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.worker import get_current_worker

from csdesk.desk.errors import DeskError
from csdesk.screens.base import DeskScreen
from csdesk.widgets.calls_card import CallCardView, render_call_card
from csdesk.widgets.calls_list import CallRows

if TYPE_CHECKING:
    from csdesk.desk.call_plan import CallCard
    from csdesk.desk.calls import CallList
    from csdesk.desk.context import Desk

# Cards read ahead on each side of the cursor, so a cursor key draws its card in the same frame.
CARDS_AHEAD = 3


class CallCards(DeskScreen):
    """The card part of the Calls screen (a CallRows list and a CallCardView)."""

    def __init__(self) -> None:
        super().__init__()
        self.card: CallCard | None = None
        self._cards: dict[int, CallCard] = {}  # the cursor's card and its neighbours'
        self._fresh_card: int | None = None  # read with the list just shown
        self._card_text: Text | None = None

    def keep_first_card(self, card: CallCard | None) -> None:
        """The card read with the list: the cursor's watcher draws it with the list."""
        if card is not None:
            self._cards[card.customer.id] = card
            self._fresh_card = card.customer.id

    def _cursor_moved(self) -> None:
        row = self.query_one(CallRows).current_row
        cached = self._cards.get(row.customer_id) if row is not None else None
        if cached is not None:
            self._show_card(cached)

    def _card_window(self, customer_id: int) -> list[int]:
        """The customer's id, then those of the rows around it, nearest first."""
        listed = [row.customer_id for row in self.query_one(CallRows).call_rows]
        if customer_id not in listed:
            return [customer_id]
        here = listed.index(customer_id)
        around = [here + step * side for step in range(1, CARDS_AHEAD + 1) for side in (1, -1)]
        return [customer_id, *(listed[index] for index in around if 0 <= index < len(listed))]

    def load_card(self, customer_id: int) -> None:
        """Read the card afresh (it may have changed) and the neighbours' not yet read."""
        window = self._card_window(customer_id)
        unread = [key for key in window[1:] if key not in self._cards]
        # The card read with the list a moment ago is not read again.
        fresh, self._fresh_card = self._fresh_card == customer_id, None
        wanted = tuple(unread) if fresh else (customer_id, *unread)
        if wanted:  # ids only: a worker's description holds the repr of its arguments
            self._read_cards(customer_id, tuple(window), wanted)
        else:
            self._settled()

    @work(thread=True, exclusive=True, group="calls-card")
    def _read_cards(
        self, customer_id: int, window: tuple[int, ...], wanted: tuple[int, ...]
    ) -> None:
        from csdesk.desk.call_card_sqlite import read_cards

        desk = self.desk
        if desk is None:
            return
        read = read_cards(desk, wanted)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._cards_read, customer_id, window, read)

    def _cards_read(
        self, customer_id: int, window: tuple[int, ...], read: dict[int, CallCard]
    ) -> None:
        known = {**self._cards, **read}
        self._cards = {key: known[key] for key in window if key in known}
        row = self.query_one(CallRows).current_row
        if row is not None and row.customer_id == customer_id and customer_id in read:
            self._show_card(read[customer_id])
        self._settled()

    def _show_card(self, card: CallCard) -> None:
        self.card = card
        row = self.query_one(CallRows).current_row
        text = render_call_card(card, row)
        if text != self._card_text:  # the same card read again: nothing to lay out or draw
            self._card_text = text
            self.query_one(CallCardView).show(text)

    def _settled(self) -> None:
        """The list, its first card and the cards read ahead are in: the app's start-up is
        over (its collections resume)."""
        self.desk_app.start_up_over()


def first_card(desk: Desk, result: CallList, prefer: tuple[int, ...]) -> CallCard | None:
    """The card of the row CallRows.show puts the cursor on: the first of `prefer` listed,
    else the first row. None when the list is empty or the customer is gone meanwhile."""
    from csdesk.desk.call_card_sqlite import read_cards

    listed = [row.customer_id for row in result.rows]
    first = next((key for key in prefer if key in listed), listed[0] if listed else None)
    if first is None:
        return None
    try:
        return read_cards(desk, (first,))[first]
    except DeskError:
        return None
