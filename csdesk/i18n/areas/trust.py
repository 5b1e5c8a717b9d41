"""What the desk says when something unexpected happens, and the confirmations that keep the
agent from losing or leaking work (issue 9, part A)."""

from __future__ import annotations

ZH = {
    "error.unexpected_logged": "出现意外错误, 已记录: {reason} (日志 {log})。屏幕和已输入的内容都还在。",
}

EN = {
    "error.unexpected_logged": (
        "Unexpected error, logged: {reason} (log {log}). The screen and what you typed are kept."
    ),
}
