project = "Importer"
extensions = ["myst_parser", "sphinx_factcheck"]
