"""csdesk: the customer-service desk of an ocean-freight forwarder, in a terminal."""

from __future__ import annotations

__version__ = "0.1.0"
