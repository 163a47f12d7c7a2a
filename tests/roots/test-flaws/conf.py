project = "flaws"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
