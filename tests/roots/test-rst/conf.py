project = "same"
extensions = ["sphinx_factcheck"]
