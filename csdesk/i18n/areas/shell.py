"""The app shell: header, navigation, help, palette, search, the four main screens' titles."""

from __future__ import annotations

ZH = {
    "header.opening": "正在打开数据库...",
    "header.no_agent": "未指定客服 (用 --agent 登录)",
    "screen.calls": "通话",
    "screen.inquiries": "询价",
    "screen.board": "操作看板",
    "screen.customers": "客户",
    "nav.hint": "F5 通话   F6 询价   F7 操作看板   F8 客户   F1 帮助   F3 搜索   Ctrl+P 命令",
    "weekday.0": "周一",
    "weekday.1": "周二",
    "weekday.2": "周三",
    "weekday.3": "周四",
    "weekday.4": "周五",
    "weekday.5": "周六",
    "weekday.6": "周日",
    "help.title": "快捷键: {screen}",
    "help.global": "全局",
    "help.screen": "本屏",
    "help.list": "列表",
    "help.close": "按 Esc 或 F1 关闭",
    "search.title": "搜索客户",
    "search.placeholder": "名称 / 拼音 / 首字母 (zgyh) / 电话 4 位以上 / 微信",
    "search.none": "没有找到客户",
    "search.hint": "输入即搜索, 上下键选择, Enter 打开, Esc 取消",
    "search.count": "{count} 个结果",
    "palette.screen": "切换到 {name}",
}

EN = {
    "header.opening": "Opening the database...",
    "header.no_agent": "no agent (log in with --agent)",
    "screen.calls": "Calls",
    "screen.inquiries": "Inquiries",
    "screen.board": "Board",
    "screen.customers": "Customers",
    "nav.hint": "F5 Calls   F6 Inquiries   F7 Board   F8 Customers   F1 Help   F3 Search   Ctrl+P Commands",
    "weekday.0": "Mon",
    "weekday.1": "Tue",
    "weekday.2": "Wed",
    "weekday.3": "Thu",
    "weekday.4": "Fri",
    "weekday.5": "Sat",
    "weekday.6": "Sun",
    "help.title": "Keys: {screen}",
    "help.global": "Everywhere",
    "help.screen": "This screen",
    "help.list": "Lists",
    "help.close": "Esc or F1 closes",
    "search.title": "Search customers",
    "search.placeholder": "name / pinyin / initials (zgyh) / 4+ phone digits / WeChat",
    "search.none": "No customer found",
    "search.hint": "Type to search, arrows to choose, Enter opens, Esc cancels",
    "search.count": "{count} results",
    "palette.screen": "Go to {name}",
}

ZH |= {
    "activity.empty": "没有记录",
    "activity.shipped": "最近出货",
    "activity.calls_intro": "今天已记录的联系 (Enter 打开客户)",
    "activity.inquiries_intro": "最近 7 天以询价结束的联系 (Enter 打开客户)",
    "activity.board_intro": "最近 30 天出过货的客户 (Enter 打开客户)",
}
EN |= {
    "activity.empty": "Nothing here",
    "activity.shipped": "shipped",
    "activity.calls_intro": "Contacts logged today (Enter opens the customer)",
    "activity.inquiries_intro": "Contacts of the last 7 days that ended in an inquiry (Enter opens the customer)",
    "activity.board_intro": "Customers who shipped in the last 30 days (Enter opens the customer)",
}
