"""Benchmarks of sphinx-factcheck: build time against other tools, anchoring, regexes."""
