"""A command line the parser cannot read (csdesk.commands.usage): one line each."""

from __future__ import annotations

ZH = {
    "usage.no_command": "没有 {name} 这个命令{hint}。用 `{command} --help` 查看所有命令",
    "usage.did_you_mean": " (是不是 {names}?)",
    "usage.no_option": "`{command}` 没有 {option} 这个选项。用 `{command} --help` 查看选项",
    "usage.missing": "`{command}` 缺少 {name}。用 `{command} --help` 查看用法",
    "usage.extra": "`{command}` 用不到这些参数: {extra}。用 `{command} --help` 查看用法",
    "usage.needs_value": "选项 {option} 后面要写一个值",
    "usage.no_value": "选项 {option} 不带值, 只写 {option} 即可",
    "usage.at_least": "{name} 至少是 {n}",
    "usage.at_most": "{name} 最多是 {n}",
    "usage.whole_number": "{name} 要写一个整数",
    "usage.bad_value": "{name} 的值无法使用: {detail}",
    "usage.other": "`{command}` 的命令行无法识别: {detail}。用 `{command} --help` 查看用法",
}
EN = {
    "usage.no_command": "No command {name}{hint}. See `{command} --help` for every command",
    "usage.did_you_mean": " (did you mean {names}?)",
    "usage.no_option": "`{command}` has no option {option}. See `{command} --help` for its options",
    "usage.missing": "`{command}` needs {name}. See `{command} --help` for how to use it",
    "usage.extra": "`{command}` takes no more arguments: {extra}. See `{command} --help`",
    "usage.needs_value": "Option {option} needs a value after it",
    "usage.no_value": "Option {option} takes no value: write just {option}",
    "usage.at_least": "{name} must be at least {n}",
    "usage.at_most": "{name} must be at most {n}",
    "usage.whole_number": "{name} must be a whole number",
    "usage.bad_value": "{name}: this value cannot be used: {detail}",
    "usage.other": "Cannot read the command line of `{command}`: {detail}. See `{command} --help`",
}
