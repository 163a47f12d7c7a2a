project = "article-several"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
