"""Reference data: ports, lanes, container types."""

from __future__ import annotations

ZH = {
    "reference.unknown_lane": "没有航线 {lane}。可用的航线: {lanes}",
    "ports.col.code": "代码",
    "ports.col.zh": "中文名",
    "ports.col.en": "英文名",
    "ports.col.country": "国家",
    "ports.col.lane": "航线",
    "ports.none": "没有找到港口 {query}。",
    "ports.suggest": "您是不是要找: {names}",
    "ports.count": "共 {count} 个港口",
    "containers.header": "箱型  ISO   TEU  最大载重(kg)  容积(方)  特种箱  别名",
    "containers.special": "是",
    "containers.general": "否",
}

EN = {
    "reference.unknown_lane": "There is no lane {lane}. Lanes: {lanes}",
    "ports.col.code": "Code",
    "ports.col.zh": "Chinese",
    "ports.col.en": "English",
    "ports.col.country": "Cty",
    "ports.col.lane": "Lane",
    "ports.none": "No port matches {query}.",
    "ports.suggest": "Did you mean: {names}",
    "ports.count": "{count} ports",
    "containers.header": "Type  ISO   TEU  Payload (kg)  Vol (m3)  Special  Aliases",
    "containers.special": "yes",
    "containers.general": "no",
}
