from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from csdesk.cli import app
from tests.sheets import HEADER_EN, HEADER_ZH, write_csv, write_xlsx

runner = CliRunner()
GOOD = [
    [
        "宁波海天有限公司",
        "直客",
        "A",
        "li",
        "王经理",
        "138 1234 5678",
        "",
        "",
        "",
        "",
        "是",
        "备注 [/] 结束",
    ],
    ["[urgent] 青岛恒通", "同行", "B", "", "", "", "", "", "", "", "", ""],
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "desk.db")
    for login, group in (("li", "direct"), ("zhao", "peer")):
        result = runner.invoke(
            app, ["--db", path, "agent", "add", login, "--name", login, "--group", group]
        )
        assert result.exit_code == 0, result.output
    return path


def csdesk(db: str, *args: str, lang: str = "zh") -> Result:
    return runner.invoke(app, ["--db", db, "--lang", lang, "--today", "2026-11-30", *args])


def listed(db: str) -> list[dict[str, object]]:
    result = csdesk(db, "customers", "--json")
    return json.loads(result.stdout)["customers"]


def test_import_creates_the_customers_and_says_how_many(db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [HEADER_ZH, *GOOD], "gbk")
    result = csdesk(db, "import", "customers", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "已导入: 新建 2 个, 更新 0 个, 跳过 0 个"
    assert {row["name"] for row in listed(db)} == {"宁波海天有限公司", "[urgent] 青岛恒通"}


def test_every_bad_row_is_listed_and_the_exit_is_1(db: str, tmp_path: Path) -> None:
    rows = [HEADER_EN, ["", "direct", "A"], GOOD[0], ["厦门联运", "direct", "Q", "nobody"]]
    path = write_csv(tmp_path / "bad.csv", rows)
    result = csdesk(db, "import", "customers", str(path), lang="en")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "row 2, Name: required",
        "row 4, Tier: must be one of A B C D, not Q",
        "row 4, Owner: no agent with the login nobody (csdesk agents lists them)",
        "Rows with problems: 2. No customer was imported. Fix them and import again (--dry-run checks first).",
    ]
    assert listed(db) == []


def test_bad_rows_in_chinese(db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER_ZH, ["", "直客", "A"]])
    result = csdesk(db, "import", "customers", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "第 2 行, 客户名称: 必填"


def test_dry_run_lists_the_plan_and_writes_nothing(db: str, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER_ZH, *GOOD])
    result = csdesk(db, "import", "customers", str(path), "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "+ 第 2 行: 新建 宁波海天有限公司",
        "+ 第 3 行: 新建 [urgent] 青岛恒通",
        "试运行, 没有写入: 将新建 2 个, 更新 0 个, 跳过 0 个",
    ]
    assert listed(db) == []


def test_update_shows_what_changes(db: str, tmp_path: Path) -> None:
    csdesk(db, "import", "customers", str(write_csv(tmp_path / "a.csv", [HEADER_ZH, *GOOD])))
    changed = [["宁波海天 有限责任公司", "同行", "B", "zhao", "", "", "", "", "", "", "否", ""]]
    path = write_csv(tmp_path / "b.csv", [HEADER_ZH, *changed])
    result = csdesk(db, "import", "customers", str(path), "--on-duplicate", "update", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(
        "~ 第 2 行: 更新 #1 宁波海天有限公司: 类型 直客->同行, 等级 A->B, 客服 li->zhao, VIP 是->否"
    )
    result = csdesk(db, "import", "customers", str(path), "--on-duplicate", "update", "--json")
    document = json.loads(result.stdout)
    assert (document["updated"], document["written"]) == (1, True)
    assert document["plan"][0]["changes"]["tier"] == ["A", "B"]


def test_duplicates_with_skip(db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [HEADER_ZH, *GOOD])
    csdesk(db, "import", "customers", str(path))
    result = csdesk(db, "import", "customers", str(path))
    assert result.exit_code == 1
    assert "第 2 行, 客户名称: 已有同名客户 #1 宁波海天有限公司" in result.stderr
    result = csdesk(db, "import", "customers", str(path), "--on-duplicate", "skip")
    assert result.stdout.strip() == "已导入: 新建 0 个, 更新 0 个, 跳过 2 个"


def test_json_reports_problems_too(db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER_ZH, ["宁波", "直客", "Z"]])
    result = csdesk(db, "import", "customers", str(path), "--json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["problems"] == [
        {
            "row": 2,
            "column": "等级",
            "reason": "第 2 行, 等级: 只能是 A B C D 之一, 而不是 Z",
            "key": "transfer.bad_choice",
        }
    ]
    assert document["written"] is False


@pytest.mark.parametrize(
    ("name", "content", "start"),
    [
        ("list.xls", b"\xd0\xcf\x11\xe0", "无法读取"),
        ("list.csv", b"PK\x03\x04\x00\x00", "list.csv 不是文本格式的 CSV"),
        ("nothing.csv", None, "找不到文件"),
    ],
)
def test_unreadable_files_give_one_line_and_exit_1(
    db: str, tmp_path: Path, name: str, content: bytes | None, start: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = csdesk(db, "import", "customers", str(path))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert start in result.stderr


def test_an_unknown_duplicate_mode_is_one_line_in_the_users_language(
    db: str, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "a.csv", [HEADER_ZH])
    result = csdesk(db, "import", "customers", str(path), "--on-duplicate", "merge")
    assert result.exit_code == 1
    assert result.stderr.strip() == "只能是 error skip update 之一"


def test_export_writes_the_file_and_refuses_to_overwrite(db: str, tmp_path: Path) -> None:
    csdesk(db, "import", "customers", str(write_csv(tmp_path / "a.csv", [HEADER_ZH, *GOOD])))
    out = tmp_path / "out.xlsx"
    result = csdesk(db, "export", "customers", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"已导出 2 个客户到 {out}"
    again = csdesk(db, "export", "customers", str(out))
    assert again.exit_code == 1 and "--force" in again.stderr
    forced = csdesk(db, "export", "customers", str(out), "--force", "--agent", "li")
    assert forced.stdout.strip() == f"已导出 1 个客户到 {out}"


def test_export_refuses_an_unknown_file_type(db: str, tmp_path: Path) -> None:
    result = csdesk(db, "export", "customers", str(tmp_path / "out.pdf"))
    assert result.exit_code == 1
    assert ".pdf" in result.stderr


def test_export_into_a_missing_folder_says_the_folder_is_missing(db: str, tmp_path: Path) -> None:
    result = csdesk(db, "export", "customers", str(tmp_path / "no-such" / "out.csv"))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert f"找不到文件夹 {tmp_path / 'no-such'}" in result.stderr, result.stderr
