"""The plain-Python core of sphinx-factcheck: no Sphinx import anywhere below here."""
