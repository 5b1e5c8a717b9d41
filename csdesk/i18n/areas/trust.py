"""What the desk says when something unexpected happens, and the confirmations that keep the
agent from losing or leaking work (issue 9, part A)."""

from __future__ import annotations

ZH = {
    "board.past_trouble_title": "{booking_no} 有未处理的异常",
    "board.past_trouble_question": "{booking_no} 的 {kinds} 还没处理, 按理不能进入「{stage}」。仍然推进吗?",
    "board.past_trouble_yes": "仍然推进",
    "clipboard.copied": "{what}已复制到剪贴板。{next}",
    "clipboard.in_box": "终端没有剪贴板: {what}显示在框里, 请用鼠标选中后复制。{next}",
    "clipboard.box_title": "请选中复制",
    "clipboard.box_hint": "用鼠标选中文字 (tmux 里按住 Shift)   Esc 关闭",
    "clipboard.gap.tmux": "tmux 没有打开 set-clipboard, 复制不到剪贴板。在 ~/.tmux.conf 加一行 set -g set-clipboard on 即可。",
    "clipboard.gap.ssh": "这是 SSH 会话, 终端可能不接收复制 (OSC 52)。",
    "clipboard.gap.box": "已设置 CSDESK_CLIPBOARD=box: 文本总是显示在框里。",
    "quote.screen.copy_what": "报价文本",
    "quote.screen.copy_next": "发给客户后按 Ctrl+T 标记已发送。",
    "intake.form.copy_what": "询价申请",
    "intake.form.copy_next": "可以贴进邮件了。",
    "quote.error.text_held": "报价 #{ref} 在等主管审核: 审核通过前不能复制、导出或发出它的文本。",
    "confirm.no": "取消",
    "inquiries.no_draft": "没有未保存的草稿。",
    "inquiries.discard_title": "丢弃草稿",
    "inquiries.discard_question": "丢弃未保存的询价草稿? 草稿里输入的内容会全部删除, 无法恢复。",
    "inquiries.discard_yes": "丢弃草稿",
    "error.unexpected_logged": "出现意外错误, 已记录: {reason} (日志 {log})。屏幕和已输入的内容都还在。",
}

EN = {
    "board.past_trouble_title": "{booking_no} has open trouble",
    "board.past_trouble_question": (
        "{booking_no}: {kinds} is not handled yet, so it should not move to {stage}. "
        "Move it anyway?"
    ),
    "board.past_trouble_yes": "Move anyway",
    "clipboard.copied": "The {what} is copied to the clipboard. {next}",
    "clipboard.in_box": (
        "The terminal has no clipboard: the {what} is shown in a box, select it with the mouse. "
        "{next}"
    ),
    "clipboard.box_title": "Select to copy",
    "clipboard.box_hint": "select the text with the mouse (Shift in tmux)   Esc closes",
    "clipboard.gap.tmux": (
        "tmux has set-clipboard off, so nothing reaches the clipboard. Add "
        "`set -g set-clipboard on` to ~/.tmux.conf."
    ),
    "clipboard.gap.ssh": "This is an SSH session; the terminal may not take a copy (OSC 52).",
    "clipboard.gap.box": "CSDESK_CLIPBOARD=box is set: the text is always shown in a box.",
    "quote.screen.copy_what": "quote text",
    "quote.screen.copy_next": "Once the customer has it, Ctrl+T marks it sent.",
    "intake.form.copy_what": "rate request",
    "intake.form.copy_next": "Paste it into the e-mail.",
    "quote.error.text_held": (
        "Quote #{ref} waits for a supervisor: until approved its text is not copied, exported or "
        "sent."
    ),
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
