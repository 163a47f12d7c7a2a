"""The stylesheet (and scripts) shipped with the extension."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

STATIC_DIR = Path(__file__).parent / "static"


def add_static_path(app: Sphinx) -> None:
    """Make the package's static folder available to HTML builders."""
    app.config.html_static_path.append(str(STATIC_DIR))


def setup_static(app: Sphinx) -> None:
    """Ship ``factcheck.css`` with every HTML page."""
    app.connect("builder-inited", add_static_path)
    app.add_css_file("factcheck.css")
