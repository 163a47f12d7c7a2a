project = "Published"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_published_json = "published/factcheck.json"
factcheck_require = ["verdict"]
suppress_warnings = ["factcheck.verdict_unpublished"]
