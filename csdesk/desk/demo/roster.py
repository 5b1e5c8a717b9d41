"""The demo desk's people: the same logins at every size, so the first agents always exist.

- `zhou` (周建国): the supervisor; owns no book.
- `xin` (辛雨桐): a new hire in the direct group, hired 35 days before `today`; owns a book
  handed over from a departed salesman (interactions before her start were logged by `zhou`).
- Book agents in this order: li 李娜, wang 王芳, zhang 张伟, chen 陈静 (peer group), liu 刘洋,
  yang 杨敏, huang 黄磊, zhao 赵强 (peer group), ... every fourth one in the peer group. Past
  the named list, logins repeat with a number (li2, wang2, ...).

`li` is the first direct agent: `csdesk demo` and the README open the desk as her.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SUPERVISOR = ("zhou", "周建国")
NEW_HIRE = ("xin", "辛雨桐")
NEW_HIRE_DAYS = 35
FIRST_AGENT = "li"
BOOK_SIZE = 250

_NAMED = (
    ("li", "李娜"), ("wang", "王芳"), ("zhang", "张伟"), ("chen", "陈静"),
    ("liu", "刘洋"), ("yang", "杨敏"), ("huang", "黄磊"), ("zhao", "赵强"),
    ("wu", "吴婷"), ("sun", "孙浩"), ("ma", "马丽"), ("hu", "胡军"),
    ("guo", "郭颖"), ("he", "何帆"), ("lin", "林琳"), ("luo", "罗斌"),
    ("gao", "高翔"), ("zheng", "郑爽"), ("liang", "梁晨"), ("song", "宋佳"),
    ("xie", "谢婉"), ("tang", "唐亮"), ("han", "韩雪"), ("feng", "冯超"),
)  # fmt: skip
# Given names for the numbered repeats (li2 李思远, ...), picked by position, never at random.
_REPEAT_GIVEN = ("思远", "子涵", "欣怡", "浩然", "雨萱", "宇轩", "梓萱", "俊杰", "佳怡", "博文")


@dataclass(frozen=True)
class DemoAgent:
    id: int
    login: str
    name: str
    role: str
    group: str
    hired_on: dt.date

    @property
    def owns_book(self) -> bool:
        return self.role == "agent"


def book_agent(index: int) -> tuple[str, str, str]:
    """(login, name, group) of the index-th book agent, the same at every size."""
    login, name = _NAMED[index % len(_NAMED)]
    repeat = index // len(_NAMED)
    group = "peer" if index % 4 == 3 else "direct"
    if repeat == 0:
        return login, name, group
    given = _REPEAT_GIVEN[(index + repeat) % len(_REPEAT_GIVEN)]
    return f"{login}{repeat + 1}", name[0] + given, group


def roster(customers: int, today: dt.date) -> list[DemoAgent]:
    """The supervisor, the book agents (about one per 250 customers, at least four), the new hire.

    Ids are explicit (1, 2, ...): the demo goes into an empty store.
    """
    books = max(4, round(customers / BOOK_SIZE) - 1)
    agents = [DemoAgent(1, *SUPERVISOR, "supervisor", "direct", dt.date(2012, 3, 1))]
    for index in range(books):
        login, name, group = book_agent(index)
        hired = dt.date(today.year - 2 - index % 7, today.month, 1)
        agents.append(DemoAgent(len(agents) + 1, login, name, "agent", group, hired))
    hired = today - dt.timedelta(days=NEW_HIRE_DAYS)
    agents.append(DemoAgent(len(agents) + 1, *NEW_HIRE, "agent", "direct", hired))
    return agents
