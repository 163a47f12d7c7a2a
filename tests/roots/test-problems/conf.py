project = "problems"
extensions = ["myst_parser", "sphinx_factcheck"]
