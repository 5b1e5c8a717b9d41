"""Rate import (all or nothing, versions, diff), the look-up quotes use, approval and margins."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlmodel import col

from csdesk.desk.agents import agent_by_login
from csdesk.desk.audit import list_audit
from csdesk.desk.context import AgentInfo, Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.rate_import import import_rates
from csdesk.desk.rates import (
    approve_rate,
    customer_margin,
    list_rates,
    rate_json,
    set_customer_margin,
    set_group_margin,
    valid_rates,
)
from csdesk.models import Customer, Rate, RateImport
from tests.desk.quote_fixtures import (
    HEADER,
    MINIMUMS,
    SHEET,
    actor,
    add_customer,
    import_sheet,
    write_sheet,
)


def _count(desk: Desk) -> int:
    with desk.session() as session:
        return session.execute(select(func.count()).select_from(Rate)).scalar_one()


def test_a_sheet_is_imported_as_a_version(desk: Desk, tmp_path: Path) -> None:
    result = import_sheet(desk, tmp_path / "rates.csv")
    assert result.import_id is not None and result.replaced == 0
    assert len(result.changes) == len(SHEET)
    assert all(change.old_sell_minor is None for change in result.changes)
    with desk.session() as session:
        rates = session.execute(select(Rate).order_by(col(Rate.id))).scalars().all()
        assert [rate.carrier for rate in rates] == ["COSCO", "MSC", "CMA", "PIL", "COSCO"]
        assert rates[0].pol == "CNNGB" and rates[0].pod == "NGLOS"  # 宁波, 拉各斯 resolved
        assert rates[0].surcharges[1]["per"] == "shipment"
        assert session.get(RateImport, result.import_id).rows == len(SHEET)


def test_one_bad_row_keeps_the_whole_sheet_out(desk: Desk, tmp_path: Path) -> None:
    rows = [*SHEET, ["MSC", "Atlantis", "NGLOS", "40HQ", "1", "2", "1.5", "USD", "2026-11-20",
                     "2026-12-31", "company", "", "", ""],
            ["ONE", "CNNGB", "NGLOS", "40HQ", "abc", "1800", "1700", "USD", "2026-11-20",
             "2026-12-31", "company", "", "", ""]]  # fmt: skip
    path = write_sheet(tmp_path / "bad.csv", rows)
    with desk.session() as session:
        result = import_rates(session, path, desk.today)
    assert not result.ok
    assert {(p.row, p.column) for p in result.problems} == {(7, "pol"), (8, "buy")}
    assert result.problem_lines("en")[0].startswith("row 7 pol:")
    assert _count(desk) == 0


def test_a_dry_run_shows_the_diff_and_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    import_sheet(desk, tmp_path / "v1.csv")
    newer = [row.copy() for row in SHEET[:2]]
    newer[0][5] = "1950"  # COSCO 40HQ sell 1850 -> 1950
    path = write_sheet(tmp_path / "v2.csv", newer)
    with desk.session() as session:
        result = import_rates(session, path, desk.today, dry_run=True)
    assert result.import_id is None
    cosco = next(change for change in result.changes if change.carrier == "COSCO")
    assert (cosco.old_sell_minor, cosco.new_sell_minor, cosco.change_minor) == (
        185_000,
        195_000,
        10_000,
    )
    assert cosco.change_percent == 5.4
    assert _count(desk) == len(SHEET)


def test_a_new_version_replaces_the_same_lane_and_keeps_history(desk: Desk, tmp_path: Path) -> None:
    import_sheet(desk, tmp_path / "v1.csv")
    newer = [SHEET[0].copy()]
    newer[0][5] = "1800"
    result = import_sheet(desk, tmp_path / "v2.csv", newer)
    assert result.replaced == 1
    assert result.changes[0].change_minor == -5_000
    with desk.session() as session:
        cosco = (
            session.execute(
                select(Rate).where(col(Rate.carrier) == "COSCO", col(Rate.container) == "40HQ")
            )
            .scalars()
            .all()
        )
        assert [(rate.sell_minor, rate.current) for rate in cosco] == [
            (185_000, False),
            (180_000, True),
        ]
        assert cosco[0].replaced_by_import_id == result.import_id
        # The other carriers of the first sheet are still current.
        assert len(list_rates(session, desk.today)) == 4


def test_xlsx_sheets_with_chinese_headers(desk: Desk, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["船公司", "起运港", "目的港", "箱型", "成本", "卖价", "最低卖价", "币种",
                  "有效期起", "有效期止", "来源", "已审核", "附加费", "航程"])  # fmt: skip
    sheet.append(["cosco", "上海", "蒙巴萨", "高柜", 2100, 2500, 2315, "USD",
                  dt.datetime(2026, 11, 28), dt.datetime(2026, 12, 31), "公司", "", "BAF 150", 30])  # fmt: skip
    book.save(tmp_path / "rates.xlsx")
    with desk.session() as session:
        result = import_rates(session, tmp_path / "rates.xlsx", desk.today)
        assert result.ok, result.problem_lines("en")
        [rate] = valid_rates(session, "CNSHA", "KEMBA", ["40HQ"], desk.today)
        assert (rate.carrier, rate.sell_minor, rate.transit_days) == ("COSCO", 250_000, 30)


def test_unusable_files_are_refused(desk: Desk, tmp_path: Path) -> None:
    (tmp_path / "rates.txt").write_text("x")
    with desk.session() as session, pytest.raises(DeskError) as caught:
        import_rates(session, tmp_path / "rates.txt", desk.today)
    assert caught.value.key == "rates.import.suffix"
    path = write_sheet(tmp_path / "short.csv", [["COSCO"]], header=["carrier", "pol"])
    with desk.session() as session, pytest.raises(DeskError) as caught:
        import_rates(session, path, desk.today)
    assert caught.value.key == "rates.import.headers"
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(("\n".join([",".join(HEADER), ",".join(SHEET[0])]) + "\n").encode("gb18030"))
    with desk.session() as session:
        assert import_rates(session, gbk, desk.today).ok


def test_expired_and_unapproved_rates_are_not_offered(desk: Desk, tmp_path: Path) -> None:
    old = [[*SHEET[2][:8], "2026-10-01", "2026-11-20", *SHEET[2][10:]]]
    import_sheet(desk, tmp_path / "old.csv", old, today=dt.date(2026, 10, 1))
    import_sheet(desk, tmp_path / "rates.csv", [SHEET[0], SHEET[3]])
    with desk.session() as session:
        offered = valid_rates(session, "CNNGB", "NGLOS", ["40HQ", "20GP"], desk.today)
        assert [rate.carrier for rate in offered] == ["COSCO"]  # PIL self-sourced, CMA expired
        pil = session.execute(select(Rate).where(col(Rate.carrier) == "PIL")).scalar_one()
        with pytest.raises(DeskError):
            approve_rate(session, pil.id or 0, actor(desk, "li").id)
        approve_rate(session, pil.id or 0, actor(desk, "lead").id)
        offered = valid_rates(session, "CNNGB", "NGLOS", ["40HQ"], desk.today)
        assert sorted(rate.carrier for rate in offered) == ["COSCO", "PIL"]


def test_rate_json_never_carries_the_minimum(desk: Desk, tmp_path: Path) -> None:
    import_sheet(desk, tmp_path / "rates.csv")
    with desk.session() as session:
        document = json.dumps(
            [rate_json(rate) for rate in list_rates(session, desk.today)], default=str
        )
    assert "min" not in document
    for minimum in MINIMUMS:
        assert f": {minimum}.0" not in document and f": {minimum}," not in document


def test_margins_per_customer_and_per_group(desk: Desk) -> None:
    customer_id = add_customer(desk, "宁波远航贸易")
    with desk.session() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        assert customer_margin(session, customer).percent == 10.0
        with pytest.raises(DeskError) as refused:
            set_group_margin(session, "direct", 12.5, actor=desk.agent)
        assert refused.value.message("en") == "Only a supervisor can do that (settings.change)."
        lead = AgentInfo.of(agent_by_login(session, "lead"))
        set_group_margin(session, "direct", 12.5, actor=lead)
        assert customer_margin(session, customer).percent == 12.5
        entry = list_audit(session, action="settings.change")[0]
        assert (entry.agent_login, entry.after) == ("lead", '{"percent": "12.5"}')
        set_customer_margin(session, customer_id, 6)
        margin = customer_margin(session, customer)
        assert (margin.percent, margin.per_customer) == (6, True)
        with pytest.raises(DeskError):
            set_customer_margin(session, customer_id, -1)
