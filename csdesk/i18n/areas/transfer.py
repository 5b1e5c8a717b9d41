"""Importing and exporting customer lists (.csv, .xlsx)."""

from __future__ import annotations

ZH = {
    "transfer.problem": "第 {row} 行, {column}: {reason}",
    "transfer.bad_choice": "只能是 {choices} 之一, 而不是 {value}",
    "transfer.name_no_key": "名称里没有可以识别公司的文字 (只有标点或 有限公司 之类)",
    "transfer.unknown_owner": "没有登录名为 {login} 的客服 (csdesk agents 可查看)",
    "transfer.dup_store.name": "已有同名客户 #{id} {name} (写法不同也算同一家)",
    "transfer.dup_store.phone": "电话与已有客户 #{id} {name} 相同",
    "transfer.dup_file.name": "与第 {other} 行是同一客户",
    "transfer.dup_file.phone": "电话与第 {other} 行相同",
    "transfer.dup_update_twice": "第 {other} 行已在更新客户 #{id}, 同一客户只能更新一次",
    "transfer.on_duplicate": "重复时的处理只能是 error、skip 或 update, 而不是 {value}",
    "transfer.header.none": "{path} 是空的: 第一行应是表头 (客户名称, 类型, 等级...)",
    "transfer.header.no_name": "{path} 第 {row} 行的表头里没有 客户名称/name 列 (找到: {found})",
    "transfer.header.repeated": "表头里有重复的列: {columns}。每项只保留一列后再导入。",
    "transfer.warn.unknown_columns": "这些列无法识别, 内容不会导入: {columns}",
    "transfer.warn.unnamed_columns": "第 {columns} 列有内容但没有表头, 内容不会导入",
    "transfer.warn.no_rows": "{path} 只有表头, 没有客户",
    "transfer.file.type": "无法读取 {path}: 只支持 .csv 和 .xlsx, 不支持 {suffix} (在 Excel 里另存为 .xlsx)",
    "transfer.file.unreadable": "无法读取 {path}: {reason}",
    "transfer.file.not_xlsx": (
        "这不是完好的 Excel (.xlsx) 文件, 也许已损坏或只是改了扩展名; 请在 Excel 里打开后另存为 .xlsx"
    ),
    "transfer.file.not_text": "{path} 不是文本格式的 CSV (也许是改了扩展名的 Excel 文件), 请在 Excel 里另存为 .csv 或 .xlsx",
    "transfer.file.encoding": "{path} 既不是 UTF-8 也不是 GBK 编码, 请在 Excel 里另存为 CSV UTF-8",
    "transfer.file.csv_error": "无法读取 {path} 第 {row} 行: {reason}",
    "transfer.file.unclosed_quote": (
        "无法读取 {path}: 第 {line} 行 (第 {row} 条记录) 的引号没有闭合, 后面的行都会被并入这一格。"
        "请在 Excel 里检查这一行后重新保存。"
    ),
    "transfer.warn.more_columns": "{shown} 等共 {count} 列",
    "transfer.file.cell_too_big": "无法读取 {path}: 第 {line} 行有一格超过 131072 个字符, 不像客户资料。",
    "transfer.file.exists": "{path} 已存在。换一个文件名, 或加 --force 覆盖它。",
    "transfer.sheet": "客户",
    "transfer.stage.read": "正在读取",
    "transfer.stage.check": "正在检查",
    "transfer.stage.write": "正在写入",
    "transfer.stage.export": "正在导出",
    "transfer.plan.create": "+ 第 {row} 行: 新建 {name}",
    "transfer.plan.update": "~ 第 {row} 行: 更新 #{id} {name}: {changes}",
    "transfer.plan.same": "= 第 {row} 行: #{id} {name} 没有变化",
    "transfer.plan.skip": "- 第 {row} 行: 跳过重复的 {name}",
    "transfer.done": "已导入: 新建 {created} 个, 更新 {updated} 个, 跳过 {skipped} 个",
    "transfer.dry_run": "试运行, 没有写入: 将新建 {created} 个, 更新 {updated} 个, 跳过 {skipped} 个",
    "transfer.failed": "{rows} 行有问题, 没有导入任何客户。改正后再导入 (--dry-run 可先检查)。",
    "transfer.failed@tui": "{rows} 行有问题, 没有导入任何客户。改正后再检查、导入。",
    "transfer.exported": "已导出 {count} 个客户到 {path}",
    "transfer.conflict": (
        "导入时{record}已被他人修改 ({changes}), 本次导入没有保存任何内容。"
        "请再执行一次导入, 它会按最新数据比对。"
    ),
    "transfer.conflict_by": (
        "导入时{record}已被 {by} 在 {at} 修改 ({changes}), 本次导入没有保存任何内容。"
        "请再执行一次导入, 它会按最新数据比对。"
    ),
    "transfer.conflict_change": "{field}改为 {value}",
    "transfer.conflict_unknown": "其他字段",
    "transfer.field.kind": "类型",
    "transfer.field.tier": "等级",
    "transfer.field.owner": "客服",
    "transfer.field.contact": "联系人",
    "transfer.field.phone": "电话",
    "transfer.field.wechat": "微信",
    "transfer.field.email": "邮箱",
    "transfer.field.source": "来源",
    "transfer.field.ownership": "性质",
    "transfer.field.vip": "VIP",
    "transfer.field.note": "备注",
    "transfer.yes": "是",
    "transfer.no": "否",
}

EN = {
    "transfer.problem": "row {row}, {column}: {reason}",
    "transfer.bad_choice": "must be one of {choices}, not {value}",
    "transfer.name_no_key": "the name holds nothing that tells the company apart (only punctuation or a suffix like Co., Ltd.)",
    "transfer.unknown_owner": "no agent with the login {login} (csdesk agents lists them)",
    "transfer.dup_store.name": "customer #{id} {name} is already in the desk (the same name written differently)",
    "transfer.dup_store.phone": "same phone as customer #{id} {name}, already in the desk",
    "transfer.dup_file.name": "the same customer as row {other}",
    "transfer.dup_file.phone": "same phone as row {other}",
    "transfer.dup_update_twice": "row {other} already updates customer #{id}; a customer is updated once",
    "transfer.on_duplicate": "on duplicates: error, skip or update, not {value}",
    "transfer.header.none": "{path} is empty: its first row should be the header (name, kind, tier...)",
    "transfer.header.no_name": "{path}: the header in row {row} has no 客户名称/name column (found: {found})",
    "transfer.header.repeated": "The header repeats columns: {columns}. Keep one of each, then import again.",
    "transfer.warn.unknown_columns": "Columns not recognised, their content is not imported: {columns}",
    "transfer.warn.unnamed_columns": "Column {columns} holds data under no header; it is not imported",
    "transfer.warn.no_rows": "{path} holds a header and no customers",
    "transfer.file.type": "Cannot read {path}: only .csv and .xlsx are supported, not {suffix} (save it as .xlsx in Excel)",
    "transfer.file.unreadable": "Cannot read {path}: {reason}",
    "transfer.file.not_xlsx": (
        "it is not a sound Excel (.xlsx) file (damaged, or only renamed); open it in Excel and "
        "save it as .xlsx"
    ),
    "transfer.file.not_text": "{path} is not a text CSV file (perhaps a renamed Excel file): save it as .csv or .xlsx in Excel",
    "transfer.file.encoding": "{path} is neither UTF-8 nor GBK: save it as CSV UTF-8 in Excel",
    "transfer.file.csv_error": "Cannot read {path}, row {row}: {reason}",
    "transfer.file.unclosed_quote": (
        "Cannot read {path}: a quote opened on line {line} (record {row}) is never closed, so "
        "every later line would become part of one cell. Check that line in Excel and save again."
    ),
    "transfer.warn.more_columns": "{shown} and others, {count} columns in all",
    "transfer.file.cell_too_big": "Cannot read {path}: a cell on line {line} holds over 131,072 characters, which is no customer's data.",
    "transfer.file.exists": "{path} exists already. Choose another name, or add --force to overwrite it.",
    "transfer.sheet": "customers",
    "transfer.stage.read": "Reading",
    "transfer.stage.check": "Checking",
    "transfer.stage.write": "Writing",
    "transfer.stage.export": "Exporting",
    "transfer.plan.create": "+ row {row}: create {name}",
    "transfer.plan.update": "~ row {row}: update #{id} {name}: {changes}",
    "transfer.plan.same": "= row {row}: #{id} {name} unchanged",
    "transfer.plan.skip": "- row {row}: skip the duplicate {name}",
    "transfer.done": "Imported: {created} created, {updated} updated, {skipped} skipped",
    "transfer.dry_run": "Dry run, nothing written: would create {created}, update {updated}, skip {skipped}",
    "transfer.failed": "Rows with problems: {rows}. No customer was imported. Fix them and import again (--dry-run checks first).",
    "transfer.failed@tui": "Rows with problems: {rows}. No customer was imported. Fix them, then check and import again.",
    "transfer.exported": "Exported {count} customers to {path}",
    "transfer.conflict": (
        "{record} was changed by someone else during the import ({changes}); nothing of the "
        "import was saved. Run the import again: it compares against the latest data."
    ),
    "transfer.conflict_by": (
        "{record} was changed by {by} at {at} during the import ({changes}); nothing of the "
        "import was saved. Run the import again: it compares against the latest data."
    ),
    "transfer.conflict_change": "{field} now {value}",
    "transfer.conflict_unknown": "other fields",
    "transfer.field.kind": "kind",
    "transfer.field.tier": "tier",
    "transfer.field.owner": "owner",
    "transfer.field.contact": "contact",
    "transfer.field.phone": "phone",
    "transfer.field.wechat": "WeChat",
    "transfer.field.email": "e-mail",
    "transfer.field.source": "source",
    "transfer.field.ownership": "ownership",
    "transfer.field.vip": "VIP",
    "transfer.field.note": "note",
    "transfer.yes": "yes",
    "transfer.no": "no",
}
