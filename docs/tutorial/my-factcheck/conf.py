"""Sphinx configuration of this fact-check (written by sphinx-factcheck init)."""

project = 'North Korea’s Kim pledges full support to Moscow at summit with Putin in Russia'
extensions = ["myst_parser", "sphinx_factcheck"]
exclude_patterns = ["_build"]
language = 'en'
factcheck_language = 'en'

# Who publishes the fact-check: the "author" search engines show for it.
factcheck_publisher = {"name": "Your newsroom", "url": "https://example.org/"}
