"""Report renderers: claim tables, verdict summaries, source lists and back-links."""
