"""Sphinx configuration of the worked example: a fact-check of one AP article.

The default build is the published site (``factcheck_audience = "public"``).
The desk view, with workflow and coverage, is one flag away::

    sphinx-build -b html -D factcheck_audience=desk examples/kim-putin-summit _build/desk
"""

project = "Kim and Putin at Vostochny: a fact-check"
author = "sphinx-factcheck example team"
version = release = "1.1"

extensions = ["myst_parser", "sphinx_factcheck"]
exclude_patterns = ["_build", "RESEARCH-NOTES.md", "published"]
myst_heading_anchors = 3

html_title = "Kim–Putin summit: a fact-check"
html_short_title = "Kim–Putin fact-check"
html_show_sphinx = False
today = "2026-12-03"

factcheck_audience = "public"
# The publisher named in ClaimReview and, through copyright, in every page footer.
factcheck_publisher = {"name": "sphinx-factcheck example team"}
copyright = ("2026. Published by " + factcheck_publisher["name"]
             + "; the text under review (c) The Associated Press")
factcheck_require = ["verdict", "sources", "quote", "claimant", "checked"]

# The factcheck.json of the build published on 27 November 2026. A published
# verdict that changes without a correction, or a published claim that goes
# without a withdrawal notice, fails the -W build.
factcheck_published_json = "published/factcheck.json"
