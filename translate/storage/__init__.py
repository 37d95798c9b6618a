"""The embedded store: SQLite (``store``), the one JSON shape of every result (``codec``),
and typed results in and out of it (``stored``). It runs no quality check and calls no
engine: what it returns is what was stored."""
