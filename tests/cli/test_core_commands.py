from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from csdesk.cli import app

runner = CliRunner()


def invoke(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", str(db), *args])


def test_agent_add_prints_id_and_json(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = invoke(db, "agent", "add", "li", "--name", "李娜", "--hired", "2026-10-08")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1"
    result = invoke(db, "agent", "add", "zhao", "--name", "赵强", "--group", "peer", "--json")
    assert json.loads(result.stdout)["id"] == 2
    listing = json.loads(invoke(db, "agents", "--json").stdout)
    assert [agent["login"] for agent in listing["agents"]] == ["li", "zhao"]
    assert listing["agents"][0]["hired_on"] == "2026-10-08"


def test_user_errors_are_one_line_and_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    invoke(db, "agent", "add", "li", "--name", "李娜")
    duplicate = invoke(db, "agent", "add", "li", "--name", "李娜")
    assert duplicate.exit_code == 1
    assert duplicate.stderr.strip().count("\n") == 0
    assert "li" in duplicate.stderr and "Traceback" not in duplicate.output
    unknown = runner.invoke(app, ["--db", str(db), "--agent", "nobody", "customers"])
    assert unknown.exit_code == 1
    assert "nobody" in unknown.stderr
    bad_role = invoke(db, "agent", "add", "x1", "--name", "某某", "--role", "boss")
    assert bad_role.exit_code == 1 and "角色: 只能是 agent supervisor" in bad_role.stderr


def test_usage_errors_exit_2_and_bad_values_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    assert invoke(db, "no-such-command").exit_code == 2
    # A value the user typed wrong is one line in their language (issue 10), not a usage box.
    bad_day = runner.invoke(app, ["--db", str(db), "--today", "2026-13-01", "agents"])
    assert bad_day.exit_code == 1 and bad_day.stderr.count("\n") == 1
    assert "2026-13-01" in bad_day.stderr


def test_english_messages_with_lang_en(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["--db", str(db), "--lang", "en", "--agent", "ghost", "customers"])
    assert result.exit_code == 1
    assert "No agent ghost" in result.stderr


def test_customers_json_scopes_to_agent(tmp_path: Path) -> None:
    from csdesk.desk.agents import agent_by_login
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import create_customer

    db = tmp_path / "cli.db"
    invoke(db, "agent", "add", "li", "--name", "李娜")
    invoke(db, "agent", "add", "zhao", "--name", "赵强")
    desk = open_desk(db)
    with desk.session() as session:
        create_customer(session, {"name": "中国银行", "owner_id": agent_by_login(session, "li").id})
        create_customer(
            session, {"name": "备注 [/] 公司", "owner_id": agent_by_login(session, "zhao").id}
        )
    desk.engine.dispose()
    everyone = json.loads(invoke(db, "customers", "--json").stdout)["customers"]
    assert {row["name"] for row in everyone} == {"中国银行", "备注 [/] 公司"}
    mine = json.loads(
        runner.invoke(app, ["--db", str(db), "--agent", "li", "customers", "--json"]).stdout
    )
    assert [row["name"] for row in mine["customers"]] == ["中国银行"]
    theirs = json.loads(invoke(db, "customers", "--agent", "zhao", "--json").stdout)
    assert [row["name"] for row in theirs["customers"]] == ["备注 [/] 公司"]
    found = json.loads(invoke(db, "customers", "--search", "zgyh", "--json").stdout)
    assert [row["name"] for row in found["customers"]] == ["中国银行"]


def test_db_upgrade_and_backup(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    assert "数据库" in invoke(db, "db", "upgrade").stdout
    assert "已是最新" in invoke(db, "db", "upgrade").stdout
    result = invoke(db, "db", "backup", str(tmp_path / "b.db"))
    assert result.exit_code == 0 and (tmp_path / "b.db").is_file()
    again = invoke(db, "db", "backup", str(tmp_path / "b.db"))
    assert again.exit_code == 1 and "b.db" in again.stderr


def test_calendar_import_for_a_year_without_table(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    table = tmp_path / "2027.csv"
    table.write_text(
        "# test table\ndate,workday,name\n2027-01-01,0,元旦\n2027-02-20,1,春节调休\n",
        encoding="utf-8",
    )
    result = invoke(db, "calendar", "import", str(table))
    assert result.exit_code == 0, result.output
    assert "2" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("date,workday,name\n2027-13-01,0,x\n", encoding="utf-8")
    result = invoke(db, "calendar", "import", str(bad))
    assert result.exit_code == 1 and "2027-13-01" in result.stderr


def test_calendar_warning_for_a_year_without_table(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["--db", str(db), "--today", "2027-01-04", "agents"])
    assert result.exit_code == 0
    assert "2027" in result.stderr


def test_an_empty_listing_says_so_instead_of_printing_nothing(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    agents = invoke(db, "agents")
    assert agents.exit_code == 0 and "csdesk agent add" in agents.stdout
    invoke(db, "agent", "add", "li", "--name", "李娜")
    listing = invoke(db, "customers")
    assert listing.exit_code == 0 and "没有客户" in listing.stdout
    searched = runner.invoke(app, ["--db", str(db), "--lang", "en", "customers", "--search", "[b]"])
    assert searched.exit_code == 0 and "No customer matches '[b]'" in searched.stdout
    assert json.loads(invoke(db, "customers", "--json").stdout) == {"customers": []}


def test_an_unknown_language_is_one_line_in_both(tmp_path: Path) -> None:
    for args, env in ((["--lang", "fr"], {}), ([], {"CSDESK_LANG": "fr"})):
        result = runner.invoke(app, ["--db", str(tmp_path / "cli.db"), *args, "agents"], env=env)
        assert result.exit_code == 1 and result.stderr.count("\n") == 1, result.output
        assert "只能是 zh 或 en" in result.stderr and "must be zh or en, not fr" in result.stderr
