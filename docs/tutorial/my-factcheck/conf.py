"""Sphinx configuration of this fact-check (written by sphinx-factcheck init)."""

project = 'North Korea’s Kim pledges full support to Moscow at summit with Putin in Russia'
# The page title is the check's headline, not "... documentation".
html_title = project
# Who publishes the fact-check: the ClaimReview author, named in every page's
# footer. Put your desk's name (and web address) here.
factcheck_publisher = {"name": "Your newsroom", "url": "https://example.org/"}
copyright = "Published by " + factcheck_publisher["name"]
extensions = ["myst_parser", "sphinx_factcheck"]
exclude_patterns = ["_build"]
language = 'en'
factcheck_language = 'en'
