"""Engine and sessions, pragmas, migrations, backup."""
