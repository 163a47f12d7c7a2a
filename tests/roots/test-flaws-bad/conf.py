project = "flaws-bad"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
