project = "freshness"
extensions = ["myst_parser", "sphinx_factcheck"]

# One edit puts a check back in review: its verdict is set but not yet published.
suppress_warnings = ["factcheck.verdict_unpublished"]
