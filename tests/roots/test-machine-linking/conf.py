project = "Linking"
extensions = ["myst_parser", "sphinx_factcheck", "sphinx.ext.intersphinx"]
# The test points "summit" at a locally built objects.inv (confoverrides).
intersphinx_mapping = {}
