"""A door that is the port: "our supplier will deliver to port on 23/09" tells how the goods
reach the ship, not where we deliver them, so it is no delivery address. And the city of
the peer who writes ("广州同行 NSA-NSA") is no port of the shipment."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan

# The port alone, or with when it gets there ("port on 23/09"); never a town named Port
# ("Port Harcourt", "Port Louis").
_THE_PORT = compile_fast(
    r"(?:the\s+|our\s+)?(?:port|terminal|pier|wharf|quay|cy|cfs|seaport)"
    r"(?:\s+(?:on|by|before|directly|in\s+time)(?![a-z]).*)?"
    r"|码头|港区|港口",
    re.I,
)


def drop_port_as_door(scan: Scan) -> None:
    door = scan.found.get("delivery_address")
    if door is not None and _THE_PORT.fullmatch(str(door.value).strip()) is not None:
        del scan.found["delivery_address"]


# "广州同行 NSA-NSA …": the city of the peer who writes names no port of the shipment.
_SENDER_CITY = compile_fast(
    r"(?:^|(?<=\s))([\u4e00-\u9fff]{2,3})(?:的)?(?:同行|货代)(?=[\s,，:：]|$)"
)


def set_aside_sender_city(scan: Scan) -> None:
    if "同行" not in scan.norm and "货代" not in scan.norm:
        return
    said = scan.first_free(_SENDER_CITY)
    if said is not None and said.start() < 12:  # (said as the writer opens the message)
        scan.claim(*said.span(1))
