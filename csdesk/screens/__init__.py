"""One Screen per file, its .tcss beside it."""
