project = "Publishing"
extensions = ["myst_parser", "sphinx_factcheck"]
html_baseurl = "https://checks.example.org/"
factcheck_publisher = {"name": "Example Checks"}
