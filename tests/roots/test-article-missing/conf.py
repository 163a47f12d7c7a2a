project = "article-missing"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
