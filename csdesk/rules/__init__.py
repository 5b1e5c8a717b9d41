"""Pure business rules: no database, no Textual, no clock (today and now are arguments)."""
