project = "Broken imports"
extensions = ["myst_parser", "sphinx_factcheck"]
