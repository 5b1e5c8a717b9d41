"""The desk in a browser: what `csdesk serve` runs in each tab (see csdesk/commands/serve.py)."""
