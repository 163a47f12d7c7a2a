"""Sphinx configuration of the worked example: a fact-check of one AP article."""

project = "Fact-check: Kim and Putin at Vostochny (AP, September 2023)"
author = "sphinx-factcheck example team"
copyright = "2026, sphinx-factcheck example team; article text (c) The Associated Press"
version = release = "1.0"

extensions = ["myst_parser", "sphinx_factcheck"]
exclude_patterns = ["_build", "RESEARCH-NOTES.md"]
myst_heading_anchors = 3

html_title = "Kim–Putin summit fact-check"
today = "2026-11-27"

factcheck_publisher = {"name": "sphinx-factcheck example team"}
factcheck_require = ["verdict", "sources", "quote", "claimant", "checked"]
