project = "i18n"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_require = []
# The related bar shows the index's short name; alabaster before 1.0 (Sphinx 7.4) has none.
html_theme = "basic"
