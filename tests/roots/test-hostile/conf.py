project = "hostile"
extensions = ["myst_parser", "sphinx_factcheck"]
