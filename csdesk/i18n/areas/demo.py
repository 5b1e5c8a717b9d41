"""Demo data: building a demo desk (csdesk demo-data) and opening one (csdesk demo)."""

from __future__ import annotations

ZH = {
    "demo.working_day": "今天休息, 演示按下一个工作日 {day} 展示 (用 --today 指定日期)",
    "demo.not_empty": "数据库里已有 {customers} 个客户、{agents} 名客服: 演示数据只写入空数据库, 不会混进真实数据。请用 --db 指定一个新文件 (演示库可加 --force 重建)。",
    "demo.bad_size": "客户数至少为 1",
    "demo.not_demo": "{db} 不是演示数据库: --force 只重建演示库, 从不清空真实数据。请用 --db 指定一个新文件。",
    "demo.db_not_demo": "{db} 里是真实的工作台数据, 不是演示库: csdesk demo 不会打开或改动它。去掉 --db 用自带的演示库, 或换一个新文件。",
    "demo.stage.customers": "客户、联系人和联系记录",
    "demo.stage.extension": "演示数据: {name}",
    "demo.built": "已生成演示数据: {agents} 名客服, {customers} 个客户, {contacts} 个联系人, {interactions} 条联系记录 (A {a} / B {b} / C {c} / D {d})。",
    "demo.open_hint": "打开: csdesk --db {db} --agent {agent}   (主管 {supervisor}, 新人 {new_hire})",
    "demo.building": "正在生成演示数据库 {db} ...",
    "demo.reusing": "使用已有的演示数据库 {db} ({today} 生成; 加 --rebuild 重新生成)",
    "demo.opening": "以客服 {agent} 的身份打开工作台 ...",
    "demo.clock": "演示数据库: 按演示的时刻 {moment} 计算 (用 --today 指定别的日期)",
}

EN = {
    "demo.working_day": "Today is a day off: the demo shows the next working day, {day} (--today picks a date)",
    "demo.not_empty": "The database already holds {customers} customers and {agents} agents: demo data only goes into an empty database, never among real data. Give a new file with --db (a demo database can be rebuilt with --force).",
    "demo.bad_size": "at least 1 customer",
    "demo.not_demo": "{db} is not a demo database: --force only rebuilds a demo, it never clears real data. Give a new file with --db.",
    "demo.db_not_demo": "{db} holds a real desk, not a demo: csdesk demo neither opens nor changes it. Leave out --db for the demo's own store, or give a new file.",
    "demo.stage.customers": "customers, contacts and contact history",
    "demo.stage.extension": "demo data: {name}",
    "demo.built": "Demo data built: {agents} agents, {customers} customers, {contacts} contacts, {interactions} interactions (A {a} / B {b} / C {c} / D {d}).",
    "demo.open_hint": "Open it: csdesk --db {db} --agent {agent}   (supervisor {supervisor}, new hire {new_hire})",
    "demo.building": "Building the demo database {db} ...",
    "demo.reusing": "Using the demo database {db} (built {today}; --rebuild builds it again)",
    "demo.opening": "Opening the desk as agent {agent} ...",
    "demo.clock": "demo database: as at the demo's moment, {moment} (--today picks another day)",
}
