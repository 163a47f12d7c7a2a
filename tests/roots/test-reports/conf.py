project = "reports"
extensions = ["myst_parser", "sphinx_factcheck"]
