"""newsbridge's pipeline: ingest -> segment -> translate (with glossary) -> store -> compare."""

__version__ = "0.4.0"
