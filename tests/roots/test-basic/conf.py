project = "basic"
extensions = ["myst_parser", "sphinx_factcheck"]
