project = "reports"
extensions = ["myst_parser", "sphinx_factcheck"]

# The desk's view of a check in review: a verdict is set but not yet published.
suppress_warnings = ["factcheck.verdict_unpublished"]
