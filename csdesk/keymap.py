"""The one key table of the TUI: every binding with an id, a meaning and zh/en descriptions.

A key means one thing wherever it works. Each binding names a `Meaning` (help, save, note, ...)
and takes its keys from it (or a subset), so a key cannot mean two things on two screens. The
layers: global keys (screens, help, search, quit), form keys (Ctrl+S/F2 save, Esc back, Enter
confirms), list keys (j/k/g/G, Enter) and screen keys, which never reuse a global or form meaning.
Screens take their bindings with `bindings_for(scope)`; the help screen, the command palette and
the README's key table are generated from this table, and `config.keymap` (binding id -> keys)
lets users remap any binding. A Chinese input method swallows letters and makes `?` into `？`, so
frequent actions carry an F-key or a ctrl chord; letters and digits are aliases that only work
while no input, form or modal has focus (see `CSDeskApp.on_key`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from csdesk.i18n import language


@dataclass(frozen=True)
class KeySpec:
    id: str
    meaning: str  # a key of MEANINGS; "" for a command reached only through the palette
    action: str
    zh: str
    en: str
    show: bool = False
    priority: bool = False
    keys: str = ""  # a subset of the meaning's keys; empty means all of them

    def description(self, lang: str | None = None) -> str:
        return self.zh if (lang or language()) == "zh" else self.en

    @property
    def key_list(self) -> list[str]:
        if not self.meaning:
            return []
        return [key.strip() for key in (self.keys or MEANINGS[self.meaning].keys).split(",")]

    @property
    def display_keys(self) -> str:
        """The keys as a person reads them: `F2 / Ctrl+S`, `?`; "" for a palette-only command."""
        return " / ".join(key_label(key) for key in self.key_list)


_KEY_NAMES = {
    "question_mark": "?",
    "fullwidth_question_mark": "？",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "fullwidth_left_square_bracket": "［",
    "fullwidth_right_square_bracket": "］",
    "left_black_lenticular_bracket": "【",
    "right_black_lenticular_bracket": "】",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
    "home": "Home",
    "end": "End",
    "tab": "Tab",
    "space": "Space",
    "ctrl+backslash": "Ctrl+\\",
}


def key_label(key: str) -> str:
    key = key.strip()
    if key in _KEY_NAMES:
        return _KEY_NAMES[key]
    *modifiers, last = key.split("+")
    last = last.upper() if last[:1] == "f" and last[1:].isdigit() else last
    return "+".join([*(mod.capitalize() for mod in modifiers), last.upper() if modifiers else last])


@dataclass(frozen=True)
class Meaning:
    keys: str
    zh: str
    en: str


# What each key means, wherever it works. Disjoint key sets (tests/unit/test_keymap.py), except
# the Calls list's outcome digits, which shadow the screen digits while that list has focus.
_BRACKETS_CLOSE = (
    "right_square_bracket,fullwidth_right_square_bracket,right_black_lenticular_bracket"
)
_BRACKETS_OPEN = "left_square_bracket,fullwidth_left_square_bracket,left_black_lenticular_bracket"
MEANINGS: dict[str, Meaning] = {
    # global
    "goto.calls": Meaning("f5,1", "通话", "Calls"),
    "goto.inquiries": Meaning("f6,2", "询价", "Inquiries"),
    "goto.board": Meaning("f7,3", "操作看板", "Board"),
    "goto.customers": Meaning("f8,4", "客户", "Customers"),
    "goto.accounts": Meaning("f9,5", "账款", "Accounts"),
    "goto.kpi": Meaning("f10,6", "业绩指标", "KPIs"),
    "help": Meaning("f1,question_mark,fullwidth_question_mark", "帮助", "help"),
    "search": Meaning("f3,slash", "搜索客户", "search customers"),
    "palette": Meaning("ctrl+p", "命令面板 (中文、英文、拼音都能搜)", "command palette"),
    "back": Meaning("escape,q", "返回 / 取消 / 关闭", "back / cancel / close"),
    "quit": Meaning("ctrl+q", "退出", "quit"),
    # forms and dialogs
    "save": Meaning("ctrl+s,f2", "保存 (提交表单)", "save (submit the form)"),
    "enter": Meaning("enter", "打开 / 确认", "open / confirm"),
    # lists
    "down": Meaning("down,j", "下一行", "next row"),
    "up": Meaning("up,k", "上一行", "previous row"),
    "top": Meaning("home,g", "第一行", "first row"),
    "bottom": Meaning("end,G", "最后一行", "last row"),
    "page_down": Meaning("pagedown", "下一页", "page down"),
    "page_up": Meaning("pageup", "上一页", "page up"),
    "left": Meaning("left,h", "左边一列", "column to the left"),
    "right": Meaning("right,l", "右边一列", "column to the right"),
    "outcome.reached": Meaning("1", "已接通", "reached"),
    "outcome.no_answer": Meaning("2", "无人接听", "no answer"),
    "outcome.busy": Meaning("3", "占线", "busy"),
    "outcome.callback_agreed": Meaning("4", "约定回电", "callback agreed"),
    "outcome.wrong_number": Meaning("5", "号码错误", "wrong number"),
    "outcome.inquiry": Meaning("6", "有询价", "inquiry"),
    "outcome.visit_booked": Meaning("7", "约好拜访", "visit booked"),
    "skip": Meaning("8,s", "跳过 (写原因)", "skip (with a reason)"),
    "snooze": Meaning("9,z", "稍后再打", "snooze to a time"),
    # screen keys: one verb each
    "copy": Meaning("f4,ctrl+y", "复制文本", "copy the text"),
    "quote": Meaning("f11,ctrl+k", "报价", "quote"),
    "text_lang": Meaning("f12", "中/英文本", "zh / en text"),
    "new": Meaning("ctrl+n,i", "新建", "new"),
    "edit": Meaning("ctrl+e,e", "编辑", "edit"),
    "status": Meaning("ctrl+t,t", "改状态", "set status"),
    "done": Meaning("ctrl+g", "确认完成 (已回复 / 审核通过 / 字段无误)", "mark done"),
    "return": Meaning("ctrl+u", "退回", "return"),
    "scope": Meaning("ctrl+o,a", "显示范围 (我的 / 全部)", "which records (mine / all)"),
    "filter": Meaning("ctrl+f", "筛选", "filter"),
    "refresh": Meaning("ctrl+r", "刷新", "refresh"),
    # Ctrl+J: 记 (jì). Ctrl+B is tmux's prefix and never reaches the app inside tmux.
    "note": Meaning("ctrl+j,n", "加备注", "add a note"),
    "trouble": Meaning("ctrl+x,x", "记录异常", "record trouble"),
    "held": Meaning("ctrl+backslash,b", "只看扣单", "held B/Ls only"),
    "advance": Meaning(_BRACKETS_CLOSE, "推进一环节", "advance a stage"),
    "stage_back": Meaning(_BRACKETS_OPEN, "退回一环节", "move back a stage"),
    "discard": Meaning("ctrl+d", "丢弃草稿", "discard the draft"),
    "wrap_up": Meaning("ctrl+w", "结束并小结", "end the session, summary"),
    "contacts": Meaning("ctrl+l,c", "联系人", "contacts"),  # Ctrl+L: 联系人 (lián)
}
# Kept free for the screens to come: no scope may bind them.
RESERVED: dict[str, tuple[str, str]] = {}


@dataclass(frozen=True)
class Scope:
    layer: str  # global | form | list | screen: the help section a key is listed under
    where: str  # for the README
    rows: tuple[tuple[object, ...], ...]  # (name, meaning, action, zh, en[, options])


_SHOW = {"show": True}
_ESC = {"keys": "escape"}
_SHOW_ESC = {"show": True, "keys": "escape"}
_SHOW_NEW = {"show": True, "keys": "ctrl+n"}
_FORM = (
    ("save", "save", "save", "保存", "save", {"show": True, "priority": True}),
    ("cancel", "back", "cancel", "取消", "cancel", _SHOW_ESC),
)


def _list_rows(noun_zh: str, noun_en: str) -> tuple[tuple[object, ...], ...]:
    return (
        ("down", "down", "cursor_down", f"下一{noun_zh}", f"next {noun_en}"),
        ("up", "up", "cursor_up", f"上一{noun_zh}", f"previous {noun_en}"),
        ("top", "top", "cursor_top", f"第一{noun_zh}", f"first {noun_en}"),
        ("bottom", "bottom", "cursor_bottom", f"最后一{noun_zh}", f"last {noun_en}"),
    )


SCOPES: dict[str, Scope] = {
    "app": Scope("global", "everywhere", (
        ("screen.calls", "goto.calls", "goto('calls')", "通话", "Calls"),
        ("screen.inquiries", "goto.inquiries", "goto('inquiries')", "询价", "Inquiries"),
        ("screen.board", "goto.board", "goto('board')", "操作看板", "Board"),
        ("screen.customers", "goto.customers", "goto('customers')", "客户", "Customers"),
        ("screen.accounts", "goto.accounts", "goto('accounts')", "账款", "Accounts"),
        ("screen.kpi", "goto.kpi", "goto('kpi')", "业绩指标", "KPIs"),
        # F1, F3 and Ctrl+Q are on the navigation line of every main screen, not in the footer.
        ("help", "help", "help", "帮助", "help"),
        ("search", "search", "search", "搜索客户", "search customers"),
        ("palette", "palette", "command_palette", "命令面板", "command palette"),
        ("back", "back", "back", "返回", "back", _ESC),
        ("quit", "quit", "quit", "退出", "quit", {"priority": True}),
    )),
    "form": Scope("form", "forms", _FORM),
    "list": Scope("list", "lists", (
        *_list_rows("行", "row"),
        ("page_down", "page_down", "page_down_rows", "下一页", "page down"),
        ("page_up", "page_up", "page_up_rows", "上一页", "page up"),
        ("open", "enter", "select_row", "打开", "open"),
    )),
    "calls.list": Scope("list", "Calls list", (
        *(
            (key, key, f"screen.outcome('{key.split('.', 1)[1]}')", meaning.zh, meaning.en)
            for key, meaning in MEANINGS.items()
            if key.startswith("outcome.")
        ),
        ("skip", "skip", "screen.skip", "跳过 (写原因)", "skip (with a reason)"),
        ("snooze", "snooze", "screen.snooze", "稍后再打", "snooze to a time"),
        ("intake", "new", "screen.intake", "录入询价", "take an inquiry", {"keys": "i"}),
    )),
    "calls": Scope("screen", "Calls", (
        ("end", "wrap_up", "end_session", "结束并小结", "end session, summary", _SHOW),
        ("agent", "scope", "pick_agent", "切换客服 (主管)", "switch agent", {"keys": "ctrl+o"}),
        ("refresh", "refresh", "refresh", "刷新清单", "refresh the list"),
        ("intake", "new", "intake", "录入询价", "take an inquiry", {"keys": "ctrl+n"}),
    )),
    "calls.panel": Scope("form", "Calls", (
        ("cancel", "back", "cancel", "取消, 不保存", "cancel, save nothing", _ESC),
    )),
    "calls.summary": Scope("form", "Calls", (
        ("close", "back", "close", "关闭", "close", _ESC),
        ("ok", "enter", "close", "关闭", "close"),
    )),
    "calls.agents": Scope("form", "Calls", (("cancel", "back", "cancel", "取消", "cancel", _ESC),)),
    "inquiries": Scope("screen", "Inquiries", (
        ("new", "new", "new_inquiry", "新询价", "new", _SHOW_NEW),
        ("respond", "done", "respond", "已回复 (停表)", "replied (stops clock)", _SHOW),
        ("status", "status", "status", "改状态", "status", _SHOW),
        ("quote", "quote", "quote", "报价", "quote", _SHOW),
        ("all", "scope", "toggle_all", "全部/待办", "all / open queue"),
        ("discard", "discard", "discard_draft", "丢弃草稿", "discard the draft"),
        ("review", "", "quote_review", "报价审核", "quote review"),
    )),
    "intake": Scope("form", "Inquiry form", (
        ("save", "save", "save", "保存", "save", {"show": True, "priority": True}),
        ("line", "new", "add_line", "加一行箱型", "add a container line",
         _SHOW_NEW),
        ("confirm", "done", "confirm", "确认读出的字段", "confirm the read fields", _SHOW),
        ("copy", "copy", "copy_request", "复制询价申请", "copy the rate request", _SHOW),
        ("customer", "search", "choose_customer", "选择客户", "choose the customer",
         {"keys": "f3"}),
        ("mode", "", "next_mode", "切换方式 (整箱/拼箱...)", "next mode (FCL / LCL ...)"),
        ("paste", "", "paste_area", "粘贴消息", "paste a message"),
        ("back", "back", "leave", "返回 (草稿保留)", "back (draft kept)", _ESC),
    )),
    "quote": Scope("form", "Quote", (
        ("save", "save", "save", "保存报价", "save", _SHOW),
        ("copy", "copy", "copy", "复制文本", "copy text", _SHOW),
        ("status", "status", "status", "已发/成交/未成交", "sent/won/lost",
         {"show": True, "keys": "ctrl+t"}),
        ("lang", "text_lang", "toggle_lang", "中/英文本", "zh/en text", _SHOW),
        ("channel", "", "toggle_channel", "微信/邮件", "WeChat / e-mail"),
        ("all_in", "", "toggle_all_in", "ALL IN 开关", "ALL IN on/off"),
        ("review", "", "review_queue", "报价审核队列", "quote review queue"),
        ("import", "", "import_rates", "导入运价表", "import a rate sheet"),
        ("back", "back", "leave", "返回", "back", _ESC),
    )),
    "quote_review": Scope("screen", "Quote review", (
        ("approve", "done", "approve", "审核通过", "approve", _SHOW),
        ("return", "return", "return_quote", "退回", "return", _SHOW),
        ("back", "back", "leave", "返回", "back", _SHOW_ESC),
    )),
    "quote_return": Scope("form", "Quote review", (
        ("cancel", "back", "cancel", "取消", "cancel", _ESC),
    )),
    "rate_import": Scope("form", "Rate sheet import", (
        ("run", "save", "run", "试导入, 无误后再按导入", "dry run, then import", _SHOW),
        ("close", "back", "close", "关闭", "close", _SHOW_ESC),
    )),
    "import": Scope("form", "Customer import", (
        ("run", "save", "run_import", "开始", "run", {"show": True, "priority": True}),
        ("close", "back", "close", "关闭", "close", _SHOW_ESC),
    )),
    "board": Scope("screen", "Board", (
        ("advance", "advance", "advance", "推进一环节", "advance", _SHOW),
        ("back", "stage_back", "move_back", "退回一环节", "move back", _SHOW),
        ("trouble", "trouble", "record_trouble", "记录异常", "record trouble", _SHOW),
        ("note", "note", "add_note", "加备注", "add a note"),
        ("filter", "filter", "focus_filter", "筛选", "filter"),
        ("scope", "scope", "toggle_scope", "我的/全部 (主管)", "mine / all"),
        ("held", "held", "toggle_held", "只看扣单", "held B/Ls only"),
        ("reload", "refresh", "reload", "刷新", "reload"),
    )),
    "board_column": Scope("list", "Board", (
        *_list_rows("张", "card"),
        ("left", "left", "screen.column(-1)", "左边一列", "column to the left"),
        ("right", "right", "screen.column(1)", "右边一列", "column to the right"),
        ("open", "enter", "open_card", "打开订舱", "open the shipment"),
    )),
    "shipment": Scope("screen", "Shipment", (
        ("close", "back", "close", "返回看板", "back to the board", _SHOW_ESC),
        ("advance", "advance", "advance", "推进一环节", "advance", _SHOW),
        ("back", "stage_back", "move_back", "退回一环节", "move back"),
        ("trouble", "trouble", "record_trouble", "记录异常", "record trouble", _SHOW),
        ("status", "status", "trouble_status", "处理/上报/关闭/放单",
         "handle / escalate / close / release"),
        ("note", "note", "add_note", "加备注", "add a note"),
        # Issue 13: the release step of the bl_issued stage; rare, so through the palette.
        ("release_bl", "", "release_bl", "放单", "release the B/L"),
    )),
    "copy_box": Scope("form", "dialogs", (("close", "back", "close", "关闭", "close", _ESC),)),
    "confirm": Scope("form", "dialogs", (
        ("cancel", "back", "cancel", "取消", "cancel", _ESC),
        ("other_left", "left", "other_button", "另一个按钮", "the other button", {"keys": "left"}),
        ("other_right", "right", "other_button", "另一个按钮", "the other button",
         {"keys": "right"}),
    )),
    "accounts": Scope("screen", "Accounts", (
        ("payment", "new", "record_payment", "登记付款", "record a payment", _SHOW_NEW),
        ("copy", "copy", "copy_statement", "复制对账单", "copy the statement", _SHOW),
        ("scope", "scope", "toggle_scope", "我的/全部", "mine / all"),
        ("reload", "refresh", "reload", "刷新", "reload"),
        # Rare steps, each a decision: through the palette (Ctrl+P), not a chord to hit by chance.
        ("release", "", "release_bl", "放单", "release the B/L"),
        ("hold", "", "hold_bl", "建议扣单", "propose a hold"),
        ("export", "", "export_statement", "导出对账单", "export the statement"),
    )),
    "kpi": Scope("screen", "KPIs", (
        ("period", "filter", "pick_period", "选时间段", "pick the period", _SHOW),
        ("scope", "scope", "next_scope", "切换范围", "next scope", _SHOW),
        ("refresh", "refresh", "refresh", "刷新", "refresh"),
        ("drill", "enter", "drill", "明细", "details"),
        ("week", "", "period('week')", "本周", "this week"),
        ("month", "", "period('month')", "本月", "this month"),
        ("last_month", "", "period('last_month')", "上月", "last month"),
        ("quarter", "", "period('quarter')", "本季度", "this quarter"),
        ("range", "", "custom_range", "自定义时间段", "custom range"),
    )),
    "kpi_drill": Scope("form", "KPIs", (("close", "back", "close", "关闭", "close", _SHOW_ESC),)),
    "kpi_range": Scope("form", "KPIs", (
        ("cancel", "back", "cancel", "取消", "cancel", _SHOW_ESC),
    )),
    "customers": Scope("screen", "Customers", (
        ("filter", "filter", "focus_filter", "筛选", "filter", _SHOW),
        ("new", "new", "new_customer", "新建客户", "new customer", _SHOW_NEW),
        ("edit", "edit", "edit_customer", "编辑客户", "edit customer", _SHOW),
        ("contact", "contacts", "edit_contacts", "联系人", "contacts"),
        ("scope", "scope", "toggle_scope", "我的/全部", "mine / all"),
        ("list", "back", "focus_list", "回到列表", "back to the list", _ESC),
        ("import", "", "import_customers", "导入客户表", "import a list"),
    )),
    "search": Scope("form", "Search", (
        ("cancel", "back", "cancel", "取消", "cancel", _ESC),
        ("down", "down", "results_down", "下一个结果", "next result", {"keys": "down"}),
        ("up", "up", "results_up", "上一个结果", "previous result", {"keys": "up"}),
        ("page_down", "page_down", "results_page_down", "下一页结果", "next page of results"),
        ("page_up", "page_up", "results_page_up", "上一页结果", "previous page of results"),
    )),
    "pick": Scope("form", "Pick", (("cancel", "back", "cancel", "取消", "cancel", _ESC),)),
    # A browser sends keys in bursts: Enter must move to the password before the next key lands,
    # so it is taken ahead of the field (priority), not after the field has handled it.
    "sign_in": Scope("form", "Sign in (browser)", (
        ("next", "enter", "next_or_sign_in", "下一栏 / 登录", "next field / sign in",
         {"priority": True}),
    )),
    "help": Scope("form", "Help", (
        ("close", "back", "dismiss_help", "关闭", "close"),
        ("toggle", "help", "dismiss_help", "关闭", "close", {"keys": "f1"}),
    )),
}  # fmt: skip


def _spec(scope: str, row: tuple[object, ...]) -> KeySpec:
    name, meaning, action, zh, en, *flags = row
    options = dict(flags[0]) if flags else {}  # type: ignore[call-overload]
    return KeySpec(f"{scope}.{name}", str(meaning), str(action), str(zh), str(en), **options)


_REGISTRY: dict[str, KeySpec] = {}
_BY_SCOPE: dict[str, list[KeySpec]] = {}
for _scope, _table in SCOPES.items():
    _BY_SCOPE[_scope] = [_spec(_scope, _row) for _row in _table.rows]
    _REGISTRY.update({_key_spec.id: _key_spec for _key_spec in _BY_SCOPE[_scope]})


def bindings_for(scope: str) -> list[BindingType]:
    """Textual bindings of `scope` for a `BINDINGS` attribute (palette-only commands left out)."""
    return [
        Binding(
            ",".join(spec.key_list),
            spec.action,
            spec.zh,
            show=spec.show,
            priority=spec.priority,
            id=spec.id,
        )
        for spec in _BY_SCOPE[scope]
        if spec.key_list
    ]


def specs(scope: str) -> list[KeySpec]:
    return list(_BY_SCOPE.get(scope, []))


def layer(scope: str) -> str:
    """The help section of `scope`; a scope the table does not know is a screen's own."""
    known = SCOPES.get(scope)
    return known.layer if known else "screen"


def all_specs() -> dict[str, list[KeySpec]]:
    return {scope: specs(scope) for scope in _BY_SCOPE}


def spec(key_id: str) -> KeySpec | None:
    return _REGISTRY.get(key_id)


def scope_of(key_id: str) -> str:
    return key_id.rsplit(".", 1)[0]


def localize(node: DOMNode) -> None:
    """Give `node`'s bindings the descriptions of the current language (for the footer)."""
    lang = language()
    for key, key_bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            dataclasses.replace(binding, description=registered.description(lang))
            if binding.id and (registered := _REGISTRY.get(binding.id))
            else binding
            for binding in key_bindings
        ]


def _where(scopes: list[str]) -> str:
    labels = list(dict.fromkeys(SCOPES[scope].where for scope in scopes))
    for broad in ("everywhere", "forms"):
        if broad in labels:
            return broad
    if "lists" in labels:
        return "lists, dialogs" if any(layer(scope) == "form" for scope in scopes) else "lists"
    return ", ".join(labels)


def readme_table() -> str:
    """The README's key table, one row per meaning, in table order."""
    used: dict[str, list[str]] = {}
    for scope, key_specs in _BY_SCOPE.items():
        for key_spec in key_specs:
            if key_spec.meaning:
                used.setdefault(key_spec.meaning, []).append(scope)
    lines = ["| key | 作用 | action | where |", "|---|---|---|---|"]
    for name, meaning in MEANINGS.items():
        if name in used:
            keys = ", ".join(f"`{key_label(key)}`" for key in meaning.keys.split(","))
            lines.append(f"| {keys} | {meaning.zh} | {meaning.en} | {_where(used[name])} |")
    for key, (zh, en) in RESERVED.items():
        lines.append(f"| `{key_label(key)}` | {zh} (预留) | {en} (reserved) | - |")
    return "\n".join(lines)


if __name__ == "__main__":  # `python -m csdesk.keymap README.md` rewrites the README's table
    import re
    import sys
    from pathlib import Path

    readme = Path(sys.argv[1])
    marked = re.compile(r"(<!-- keys:start -->\n)(?:.*?\n)?(<!-- keys:end -->)", re.S)
    text = marked.sub(lambda m: m[1] + readme_table() + "\n" + m[2], readme.read_text("utf-8"))
    readme.write_text(text, "utf-8")
