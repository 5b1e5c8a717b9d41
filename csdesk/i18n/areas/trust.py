"""What the desk says when something unexpected happens, and the confirmations that keep the
agent from losing or leaking work (issue 9, part A)."""

from __future__ import annotations

ZH = {
    "confirm.no": "取消",
    "inquiries.no_draft": "没有未保存的草稿。",
    "inquiries.discard_title": "丢弃草稿",
    "inquiries.discard_question": "丢弃未保存的询价草稿? 草稿里输入的内容会全部删除, 无法恢复。",
    "inquiries.discard_yes": "丢弃草稿",
    "error.unexpected_logged": "出现意外错误, 已记录: {reason} (日志 {log})。屏幕和已输入的内容都还在。",
}

EN = {
    "confirm.no": "Cancel",
    "inquiries.no_draft": "There is no unsaved draft.",
    "inquiries.discard_title": "Discard the draft",
    "inquiries.discard_question": (
        "Discard the unsaved inquiry draft? Everything typed in it is deleted for good."
    ),
    "inquiries.discard_yes": "Discard the draft",
    "error.unexpected_logged": (
        "Unexpected error, logged: {reason} (log {log}). The screen and what you typed are kept."
    ),
}
