project = "reports-bad"
extensions = ["myst_parser", "sphinx_factcheck"]
