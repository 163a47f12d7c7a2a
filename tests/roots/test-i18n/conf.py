project = "i18n"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
