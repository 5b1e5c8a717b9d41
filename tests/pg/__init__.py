"""The PostgreSQL test pass: a throw-away cluster and one fresh database per test."""
