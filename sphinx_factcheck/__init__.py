"""Write fact-checks as Sphinx documentation: claims, sources, verdicts and reports.

The package, by concern (each folder's docstring says what it may import):

- ``core``: plain Python, no Sphinx: records, scale, workflow, queries,
  export, ClaimReview, schema, quote finding, article text analysis.
- ``store``: the ``fc`` domain, the project-wide checks, freshness, HTML ids.
- ``directives``: what authors write, directives and roles.
- ``rendering``: nodes, badges, cards, the article view, reports, post-transforms.
- ``html``: HTML-only extras: static files, JSON-LD, tooltips, singlehtml links.
- ``outputs``: files written after the build (``factcheck.json``).
- ``cli``: the ``sphinx-factcheck`` command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension with Sphinx (see :mod:`sphinx_factcheck.extension`)."""
    # Imported here, not at the top, so that the plain-Python core and the
    # command line can be imported without loading Sphinx.
    from sphinx_factcheck.extension import setup_extension

    return setup_extension(app)
