"""The store's own refusals: a file that is not a store, a damaged or busy store, bad values."""

from __future__ import annotations

ZH = {
    "store.empty_path": "--db 不能为空: 请给出数据库文件路径, 或不写 --db 使用默认数据库。",
    "store.bad_url": (
        "看不懂这个数据库地址: 请给出数据库文件的路径, 或 csdesk 能打开的地址 "
        "(sqlite:///文件 或 postgresql+psycopg://用户@主机/库名), 未做任何修改。"
    ),
    "store.not_database": (
        "{db} 不是 csdesk 数据库 (或文件头已损坏), 未做任何修改。"
        "若这是您的数据库, 请用最近的备份恢复 (把 csdesk db backup 生成的文件复制回原处)。"
    ),
    "store.corrupt": (
        "数据库 {db} 已损坏, 为免损失未写入任何内容。"
        "请用最近的备份恢复 (把 csdesk db backup 生成的文件复制回原处)。"
    ),
    "store.unreadable": "无法打开数据库 {db}: {reason}",
    "store.busy": ("数据库正忙 (另一位同事在写入大量数据), 本次什么也没有保存。请稍后再执行一次。"),
    "store.read_only": "数据库 {db} 只能读取 (只读文件或只读介质), 本次什么也没有保存。",
    "store.read_only_old": (
        "数据库 {db} 只能读取, 且需要升级到新版本才能打开。请复制到可写的位置后再打开。"
    ),
    "store.out_of_range": "数字或日期超出范围 (编号最多 18 位, 日期须在 1900-2100 年之间)。",
    "store.bad_today": "--today {value} 超出范围: 请写 1900-01-01 到 2100-12-31 之间的日期。",
    "store.unexpected": "出现意外错误 ({reason}), 本次操作已撤销, 没有保存。详情已记入 {log}",
    "store.unexpected_nolog": "出现意外错误 ({reason}), 本次操作已撤销, 没有保存。",
    "store.pre_upgrade_backup": "升级前已自动备份到 {dest}",
}

EN = {
    "store.empty_path": "--db cannot be empty: give a database file, or leave --db out for the default.",
    "store.bad_url": (
        "Cannot read this database address: give a database file's path or a URL csdesk "
        "can open (sqlite:///FILE or postgresql+psycopg://USER@HOST/DB); nothing was changed."
    ),
    "store.not_database": (
        "{db} is not a csdesk database (or its header is damaged); nothing was changed. "
        "If it is your store, restore the latest backup (copy a `csdesk db backup` file back)."
    ),
    "store.corrupt": (
        "The database {db} is damaged; nothing was written to it. "
        "Restore the latest backup (copy a `csdesk db backup` file back in its place)."
    ),
    "store.unreadable": "Cannot open the database {db}: {reason}",
    "store.busy": (
        "The database is busy (a colleague is writing a lot at once); nothing was saved. "
        "Run the command again in a moment."
    ),
    "store.read_only": "The database {db} can only be read (read-only file or medium); nothing was saved.",
    "store.read_only_old": (
        "The database {db} can only be read and needs an upgrade before this csdesk opens it. "
        "Copy it somewhere writable, then open it."
    ),
    "store.out_of_range": (
        "A number or a date is out of range (ids have at most 18 digits, dates are 1900-2100)."
    ),
    "store.bad_today": "--today {value} is out of range: give a date from 1900-01-01 to 2100-12-31.",
    "store.unexpected": "Unexpected error ({reason}); the command was undone, nothing was saved. Details in {log}",
    "store.unexpected_nolog": "Unexpected error ({reason}); the command was undone, nothing was saved.",
    "store.pre_upgrade_backup": "Backed up to {dest} before the upgrade.",
}
