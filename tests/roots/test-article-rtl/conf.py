project = "article-rtl"
extensions = ["myst_parser", "sphinx_factcheck"]
language = "ar"
factcheck_require = []
