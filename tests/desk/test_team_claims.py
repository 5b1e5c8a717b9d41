"""Claims of calls in progress: another agent sees who is on the call, lists skip the customer,
a claim ends with the logged call or lapses without heartbeats, and a race has one winner."""

from __future__ import annotations

import threading

import pytest

from csdesk.desk.claims import CLAIM_TTL, ClaimedError, claim_of, heartbeat, start_call
from csdesk.desk.context import DESK_TZ, Desk, open_desk
from tests.conftest import TODAY
from tests.desk.test_calls import NOON, agent, at, customer, ids, listing, log

TEN_02 = at(TODAY, "10:02")


def test_a_call_in_progress_is_seen_by_others_and_skipped_by_their_list(desk: Desk) -> None:
    zhaos = customer(desk, "宁波海天", "A", owner="zhao")
    assert [cid for cid, _ in ids(listing(desk, "zhao", now=TEN_02))] == [zhaos]
    li, zhao = agent(desk, "li"), agent(desk, "zhao")
    with desk.session() as session:
        start_call(session, li.id, zhaos, TEN_02, DESK_TZ)
    with pytest.raises(ClaimedError) as caught, desk.session() as session:
        start_call(session, zhao.id, zhaos, TEN_02 + CLAIM_TTL / 3, DESK_TZ)
    assert caught.value.claim.busy_text(DESK_TZ) == "李娜 正在通话 (since 10:02)"
    assert caught.value.message("en").startswith("李娜 is on a call (since 10:02)")
    assert ids(listing(desk, "zhao", now=at(TODAY, "10:03"))) == []
    log(desk, zhaos, "reached", at(TODAY, "10:04"))  # li logs the call: the claim ends
    with desk.session() as session:
        assert claim_of(session, zhaos, at(TODAY, "10:04")) is None
        start_call(session, zhao.id, zhaos, at(TODAY, "10:05"), DESK_TZ)


def test_a_claim_lapses_without_heartbeat(desk: Desk) -> None:
    cid = customer(desk, "深圳华强", "B")
    li, zhao = agent(desk, "li"), agent(desk, "zhao")
    with desk.session() as session:
        start_call(session, li.id, cid, TEN_02, DESK_TZ)
        assert heartbeat(session, li.id, cid, TEN_02 + CLAIM_TTL / 2)
    just_alive = TEN_02 + CLAIM_TTL / 2 + CLAIM_TTL - CLAIM_TTL / 10
    with pytest.raises(ClaimedError), desk.session() as session:
        start_call(session, zhao.id, cid, just_alive, DESK_TZ)
    lapsed = TEN_02 + CLAIM_TTL / 2 + CLAIM_TTL
    with desk.session() as session:
        assert not heartbeat(session, li.id, cid, lapsed)  # a killed terminal's claim is gone
        taken = start_call(session, zhao.id, cid, lapsed, DESK_TZ)
    assert taken.agent_name == "赵强"


def test_two_agents_dialling_at_once_one_wins(desk: Desk) -> None:
    cids = [customer(desk, f"客户{n}", "C") for n in range(8)]
    logins = ("li", "zhao")
    winners: dict[int, list[str]] = {cid: [] for cid in cids}
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(logins))

    def dial(login: str) -> None:
        own = open_desk(desk.url, agent_login=login)
        me = own.agent.id if own.agent else 0
        try:
            for cid in cids:
                barrier.wait(timeout=10)
                try:
                    with own.session() as session:
                        start_call(session, me, cid, NOON, DESK_TZ)
                    winners[cid].append(login)
                except ClaimedError:
                    pass
        except BaseException as error:
            errors.append(error)
        finally:
            own.engine.dispose()

    threads = [threading.Thread(target=dial, args=(login,)) for login in logins]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(len(won) == 1 for won in winners.values()), winners
