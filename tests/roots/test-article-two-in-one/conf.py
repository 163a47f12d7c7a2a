project = "article-two-in-one"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
