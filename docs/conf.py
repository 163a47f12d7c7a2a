"""Sphinx configuration of the sphinx-factcheck documentation (which uses the extension itself)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

DOCS = Path(__file__).parent
sys.path.insert(0, str(DOCS / "_ext"))

import sphinx_factcheck  # noqa: E402

project = "sphinx-factcheck"
author = "sphinx-factcheck developers"
copyright = "2026, sphinx-factcheck developers"
version = release = sphinx_factcheck.__version__

extensions = [
    "myst_parser",
    "sphinx_factcheck",
    "factcheck_reference",  # reference tables generated from the package's declarations
    "rendered_example",  # a snippet's source next to the same snippet rendered
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
# The tutorial's project is a separate Sphinx project, shown and included from the tutorial.
exclude_patterns = ["_build", "tutorial/my-factcheck"]
today = "2026-11-27"

# Furo when it is installed (pip install -e ".[docs]"), Sphinx's default theme otherwise.
html_theme = "furo" if importlib.util.find_spec("furo") is not None else "alabaster"
html_title = f"sphinx-factcheck {release}"
html_static_path = ["_static"]
html_css_files = ["docs.css"]

# The docs check a few facts of their own, as the tutorial's live example.
factcheck_require = ["verdict", "sources", "quote", "claimant", "checked"]
