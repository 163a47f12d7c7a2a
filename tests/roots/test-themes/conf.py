project = "themes"
extensions = ["myst_parser", "sphinx_factcheck"]
