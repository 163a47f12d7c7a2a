project = "same"
extensions = ["myst_parser", "sphinx_factcheck"]
