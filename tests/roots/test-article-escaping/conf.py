project = "article-escaping"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
