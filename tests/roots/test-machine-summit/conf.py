project = "Summit checks"
version = "1.0"
extensions = ["myst_parser", "sphinx_factcheck"]
factcheck_publisher = {"name": "Example Checks", "url": "https://checks.example.org/"}
