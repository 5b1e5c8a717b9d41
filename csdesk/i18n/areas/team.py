"""A team desk: PostgreSQL store set-up, copies, logins, the audit log."""

from __future__ import annotations

ZH = {
    "team.error.needs_postgres": "这个命令需要 PostgreSQL 数据库 (postgresql+psycopg://...)。",
    "team.error.login_not_agent": "数据库登录 {login} 不是本工作台的客服: 请主管用 csdesk agent add {login} 添加。",
    "team.error.agent_disabled": "客服 {login} 已停用。",
    "team.error.not_your_agent": "登录 {login} 不能以 {requested} 的身份工作: 只有主管可以。",
    "team.error.supervisor_only": "只有主管可以这样做 ({action})。",
    "team.error.disable_self": "不能停用自己: 请另一位主管操作。",
    "team.error.init_not_empty": "这个数据库已有客服: init-team 只用于空数据库。",
    "team.error.init_needs_owner": "登录 {login} 不是数据库的所有者: 请用所有者 (或超级用户) 的连接运行 init-team。",
    "team.error.tool_failed": "{tool} 失败: {reason}",
    "team.error.no_pg_dump": "找不到 PostgreSQL 客户端工具。请安装 postgresql-client 后运行: {command}",
    "team.error.restore_not_empty": "数据库 {db} 不是空的: 请先新建一个空数据库 (createdb) 再恢复到那里。",
    "team.error.not_a_backup": "{path} 不是 csdesk 的 SQLite 备份。",
    "team.error.sqlite_into_team": "{path} 是 SQLite 数据库, 不是 PostgreSQL 备份: 请用 csdesk db copy {path} {url} 复制进来, 未做任何修改。",
    "team.error.dump_into_sqlite": "{path} 是 PostgreSQL 备份 (pg_dump): 请恢复到一个空的 PostgreSQL 数据库 (--db postgresql+psycopg://...), 未做任何修改。",
    "team.error.copy_not_current": "{db} 的版本不是最新: 请先运行 csdesk --db ... db upgrade。",
    "team.error.copy_not_empty": "目标 {db} 不是空的 (表 {table} 有数据): 请复制到一个新的数据库。",
    "team.error.copy_mismatch": "复制校验失败: 表 {table} 源有 {rows} 行, 目标有 {found} 行或内容不同。目标没有写入任何数据。",
    "team.error.password_empty": "标准输入没有读到密码。",
    "team.init_done": "已在 {db} 建好工作台, 主管 {login}。",
    "team.password_once": "{login} 的密码 (只显示这一次): {password}",
    "team.agent_added": "已添加客服 {login} (#{id})。",
    "team.copy_table": "{table}: {rows} 行, 校验 {checksum}",
    "team.copy_done": "已复制 {tables} 张表 ({rows} 行), 行数和校验全部一致。",
    "team.restored": "已从 {source} 恢复。",
    "team.moved_aside": "原来的数据库已改名保留为 {path}",
    "team.disabled": "已停用 {login}: {tasks} 个待办和 {inquiries} 个未结询价转给了你。",
    "team.disabled_draft": "其未完成的询价草稿也已转给你。",
    "team.audit_empty": "没有审计记录。",
    "team.agents_empty": "还没有客服。用 csdesk agent add 登录名 --name 姓名 添加。",
    "team.error.login_taken": "服务器上已有名为 {login} 的角色, 但它不属于这个工作台: 请数据库管理员改名或删除后再复制。",
    "team.error.login_refused": "{db} 拒绝了这个登录: 用户名或密码不对, 或这个登录已停用。",
    "team.error.upgrade_needs_owner": "数据库 {db} 需要升级到这一版 csdesk, 只有数据库的所有者 {owner} 能升级: 请其运行 {command}",
}

EN = {
    "team.error.needs_postgres": "This command needs a PostgreSQL database (postgresql+psycopg://...).",
    "team.error.login_not_agent": "Database login {login} is not an agent of this desk: a supervisor adds it with csdesk agent add {login}.",
    "team.error.agent_disabled": "Agent {login} is disabled.",
    "team.error.not_your_agent": "Login {login} cannot work as {requested}: only a supervisor can.",
    "team.error.supervisor_only": "Only a supervisor can do that ({action}).",
    "team.error.disable_self": "You cannot disable yourself: ask another supervisor.",
    "team.error.init_not_empty": "This database has agents already: init-team is for an empty database.",
    "team.error.init_needs_owner": "Login {login} does not own the database: run init-team connected as its owner (or a superuser).",
    "team.error.tool_failed": "{tool} failed: {reason}",
    "team.error.no_pg_dump": "PostgreSQL's client tools are not installed. Install postgresql-client, then run: {command}",
    "team.error.restore_not_empty": "Database {db} is not empty: create an empty one (createdb) and restore into it.",
    "team.error.not_a_backup": "{path} is not a csdesk SQLite backup.",
    "team.error.sqlite_into_team": "{path} is a SQLite store, not a PostgreSQL backup: copy it in with csdesk db copy {path} {url}; nothing was changed.",
    "team.error.dump_into_sqlite": "{path} is a PostgreSQL backup (pg_dump): restore it into an empty PostgreSQL database (--db postgresql+psycopg://...); nothing was changed.",
    "team.error.copy_not_current": "{db} is not at the current version: run csdesk --db ... db upgrade first.",
    "team.error.copy_not_empty": "The destination {db} is not empty (table {table} has rows): copy into a new database.",
    "team.error.copy_mismatch": "Copy check failed: table {table} has {rows} rows at the source and {found} at the destination, or different contents. Nothing was written to the destination.",
    "team.error.password_empty": "No password was read from standard input.",
    "team.init_done": "Desk ready in {db}, supervisor {login}.",
    "team.password_once": "Password for {login} (shown only this once): {password}",
    "team.agent_added": "Added agent {login} (#{id}).",
    "team.copy_table": "{table}: {rows} rows, checksum {checksum}",
    "team.copy_done": "Copied {tables} tables ({rows} rows); every count and checksum matches.",
    "team.restored": "Restored from {source}.",
    "team.moved_aside": "The replaced database was kept as {path}",
    "team.disabled": "Disabled {login}: {tasks} tasks and {inquiries} open inquiries moved to your list.",
    "team.disabled_draft": "Their unfinished intake draft is yours now too.",
    "team.audit_empty": "No audit entries.",
    "team.agents_empty": "No agents yet. Add one with csdesk agent add LOGIN --name NAME.",
    "team.error.login_taken": "The server has a role named {login} that is not this desk's: ask the database administrator to rename or drop it, then copy again.",
    "team.error.login_refused": "{db} refused this login: wrong name or password, or the login is disabled.",
    "team.error.upgrade_needs_owner": "Database {db} needs an upgrade to this csdesk that only its owner {owner} can run: ask them to run {command}",
}

ZH |= {
    "claims.busy": "{name} 正在通话 (since {since})",
    "claims.taken": "{name} 正在通话 (since {since}): 请先处理别的客户。",
    "claims.started": "已开始与 {customer} 通话; 记录通话 (log-call) 后结束。",
    "claims.busy_retry": "这位客户刚被同事反复接起, 请稍后再试。",
}
EN |= {
    "claims.busy": "{name} is on a call (since {since})",
    "claims.taken": "{name} is on a call (since {since}): take another customer for now.",
    "claims.started": "Call with {customer} started; it ends when you log the call (log-call).",
    "claims.busy_retry": "Colleagues keep taking this customer right now: try again in a moment.",
}

ZH |= {
    "serve.error.missing": "浏览器模式需要 textual-serve: 请安装 csdesk[web] (pip install -e '.[web]')。",
    "serve.listening": "在浏览器中打开 {url} (Ctrl+C 停止)",
}
EN |= {
    "serve.error.missing": "The browser mode needs textual-serve: install csdesk[web] (pip install -e '.[web]').",
    "serve.listening": "Open {url} in a browser (Ctrl+C stops)",
}

ZH |= {
    "sign_in.title": "登录",
    "sign_in.where": "团队工作台 {db}",
    "sign_in.login": "登录名",
    "sign_in.password": "密码",
    "sign_in.both_needed": "请填写登录名和密码。",
    "serve.one_agent": "SQLite 工作台只给一位客服用: 每个标签页都以 {agent} 的身份工作。团队请用 PostgreSQL, 每个标签页各自登录。",
    "serve.tabs_sign_in": "团队工作台: 每个标签页先用自己的数据库登录名和密码登录。",
    "serve.error.agent_on_team": "团队工作台上每个标签页自己登录: serve 不接受 --agent。",
}
EN |= {
    "sign_in.title": "Sign in",
    "sign_in.where": "Team desk {db}",
    "sign_in.login": "Login",
    "sign_in.password": "Password",
    "sign_in.both_needed": "Type your login and your password.",
    "serve.one_agent": "A SQLite desk is for one agent: every tab works as {agent}. For a team, serve a PostgreSQL desk, where each tab signs in.",
    "serve.tabs_sign_in": "Team desk: each tab signs in with its own database login and password.",
    "serve.error.agent_on_team": "On a team desk each tab signs in: serve takes no --agent.",
}
