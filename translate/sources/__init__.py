"""Articles in: text and HTML files and pasted text read into an ``Article`` (``ingest``),
split into sentences (``segment``), and feeds and pages fetched from the network
(``fetch``, the only module that opens a connection)."""
