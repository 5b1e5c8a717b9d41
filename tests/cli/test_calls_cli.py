"""`csdesk calls`, `csdesk log-call` and `csdesk tiers` through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer
from csdesk.models import Interaction, Task

runner = CliRunner()


def run(db: Path, *args: str, agent: str | None = "li", lang: str = "zh") -> Any:
    options = ["--db", str(db), "--today", "2026-11-30", "--lang", lang]
    if agent:
        options += ["--agent", agent]
    return runner.invoke(app, [*options, *args])


@pytest.fixture
def book(desk: Desk) -> dict[str, int]:
    ids: dict[str, int] = {}
    with desk.session() as session:
        li = agent_by_login(session, "li").id
        for name, tier, ownership in [
            ("中远海运", "A", "central_soe"),
            ("宁波海天", "B", None),
            ("义乌小商品", "D", None),
        ]:
            created = create_customer(
                session, {"name": name, "tier": tier, "owner_id": li, "ownership": ownership}
            )
            assert created.id is not None
            ids[name] = created.id
    return ids


def test_calls_json_has_the_issue_shape(db_path: Path, book: dict[str, int]) -> None:
    result = run(db_path, "calls", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["date"] == "2026-11-30" and doc["working_day"] is True
    assert doc["calendar_warning"] is None
    assert [(i["customer"], i["section"], i["flags"]) for i in doc["items"]] == [
        ("中远海运", "due", ["big_cargo"]),
        ("宁波海天", "due", []),
        ("义乌小商品", "spare", []),
    ]
    assert doc["items"][0] == {
        "customer_id": book["中远海运"],
        "customer": "中远海运",
        "tier": "A",
        "section": "due",
        "reason": "A类 从未联系",
        "last_contact_at": None,
        "attempts_today": 0,
        "flags": ["big_cargo"],
    }


def test_calls_text_in_english(db_path: Path, book: dict[str, int]) -> None:
    result = run(db_path, "calls", lang="en")
    assert result.exit_code == 0, result.output
    assert "== Due today" in result.stdout
    assert "A: never contacted" in result.stdout and "[big cargo]" in result.stdout


def test_another_agents_list_is_refused_and_the_supervisors_is_not(
    db_path: Path, book: dict[str, int]
) -> None:
    refused = run(db_path, "calls", "--agent", "zhao", "--json")
    assert refused.exit_code == 1
    assert "只能查看自己的拨打清单" in refused.stderr
    allowed = run(db_path, "calls", "--agent", "li", "--json", agent="lead")
    assert allowed.exit_code == 0 and len(json.loads(allowed.stdout)["items"]) == 3


def test_a_year_without_a_table_says_so(db_path: Path, book: dict[str, int]) -> None:
    result = run(db_path, "calls", "--date", "2027-03-01", "--json")
    assert result.exit_code == 0
    assert "2027 年没有节假日表" in json.loads(result.stdout)["calendar_warning"]


def test_log_call_prints_the_id_and_the_list_follows(
    db_path: Path, desk: Desk, book: dict[str, int]
) -> None:
    result = run(
        db_path,
        "log-call",
        "宁波海天",
        "--outcome",
        "约定回电",
        "--callback",
        "明天上午",
        "--note",
        "备注 [/] 结束",
        "--at",
        "2026-11-29T16:00",
    )
    assert result.exit_code == 0, result.output
    interaction_id = int(result.stdout.strip())
    with desk.session() as session:
        saved = session.get(Interaction, interaction_id)
        task = session.execute(select(Task)).scalar_one()
    assert (
        saved is not None and saved.outcome == "callback_agreed" and saved.note == "备注 [/] 结束"
    )
    assert task.due_at.isoformat() == "2026-12-01T02:00:00+00:00"  # 10:00 in Shanghai
    tomorrow = json.loads(run(db_path, "calls", "--date", "2026-12-01", "--json").stdout)
    assert tomorrow["items"][0]["section"] == "callback"
    assert tomorrow["items"][0]["reason"] == "10:00 回电"


def test_log_call_json(db_path: Path, book: dict[str, int]) -> None:
    result = run(
        db_path,
        "log-call",
        str(book["中远海运"]),
        "--outcome",
        "reached",
        "--json",
        "--channel",
        "微信",
        "--at",
        "2026-11-29T09:30",
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert isinstance(doc["id"], int) and doc["outcome"] == "reached"
    assert doc["at"] == "2026-11-29T09:30:00+08:00"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["不存在的公司", "--outcome", "reached"], "找不到客户 不存在的公司"),
        (["宁波海天", "--outcome", "maybe"], "通话结果 maybe 无法识别"),
        (
            ["宁波海天", "--outcome", "callback_agreed", "--callback", "12月5日"],
            "2026-12-05 (周六) 不是工作日",
        ),
        (["宁波海天", "--outcome", "callback_agreed", "--callback", "回头再说"], "看不懂时间"),
        (["宁波海天", "--outcome", "reached", "--at", "yesterday"], "通话时间 yesterday 无法识别"),
        (["宁波海天", "--outcome", "reached", "--channel", "fax"], "联系方式 fax 无法识别"),
    ],
)
def test_log_call_mistakes_are_one_line_and_exit_1(
    db_path: Path, book: dict[str, int], args: list[str], message: str
) -> None:
    result = run(db_path, "log-call", *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_log_call_needs_a_working_agent(db_path: Path, book: dict[str, int]) -> None:
    result = run(db_path, "log-call", "宁波海天", "--outcome", "reached", agent=None)
    assert result.exit_code == 1 and "--agent" in result.stderr


def test_tiers_review_and_set(db_path: Path, book: dict[str, int]) -> None:
    review = json.loads(run(db_path, "tiers", "review", "--json", agent=None).stdout)
    assert {(i["customer"], i["tier"], i["suggested"]) for i in review["items"]} == {
        ("中远海运", "A", "D"),
        ("宁波海天", "B", "D"),
    }
    refused = run(db_path, "tiers", "set", "中远海运", "D")
    assert refused.exit_code == 1 and "只有主管" in refused.stderr
    done = run(db_path, "tiers", "set", "中远海运", "D", "--note", "不出货了", agent="lead")
    assert done.exit_code == 0 and "中远海运 已改为 D 类" in done.stdout
    review = json.loads(run(db_path, "tiers", "review", "--json", agent=None).stdout)
    assert [i["customer"] for i in review["items"]] == ["宁波海天"]


def test_hand_over_d_customers(db_path: Path, book: dict[str, int]) -> None:
    result = run(
        db_path, "tiers", "hand-over", "义乌小商品", "--to", "zhao", "--json", agent="lead"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "moved": [{"customer_id": book["义乌小商品"], "owner": "zhao"}]
    }
