"""Typer command groups, one module per area; csdesk.cli registers them.

Modules import only typer at the top: heavy imports (sqlmodel, textual) happen inside commands, so
`csdesk --help` stays fast.
"""
