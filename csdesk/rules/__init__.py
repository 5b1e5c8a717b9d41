"""Pure business rules: no database, no Textual, no clock (today and now are arguments)."""

from csdesk import compiled

# The parser's modules compiled by `make dev`, used only while they match their sources.
compiled.install()
