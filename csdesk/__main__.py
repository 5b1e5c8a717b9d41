from __future__ import annotations

from csdesk.cli import main

main()
