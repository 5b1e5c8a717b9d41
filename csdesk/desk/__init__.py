"""Use cases: functions over a Session. No Textual here (a test keeps it so)."""
