project = "references"
extensions = ["myst_parser", "sphinx_factcheck"]
