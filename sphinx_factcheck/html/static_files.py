"""The stylesheet (and scripts) shipped with the extension.

Sphinx compares the configuration pickled with the environment against the
one it loads, before ``builder-inited``. A static folder appended at
``builder-inited`` is in the pickled copy but not in the loaded one, so every
incremental build would print "The configuration has changed (1 option:
'html_static_path')". The folders are therefore added once, at
``config-inited``, and the copy sphinx-design appends at ``builder-inited``
(it has the same habit) is dropped again, so both copies of the
configuration stay equal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

STATIC_DIR = Path(__file__).parent / "static"


def _shipped_static_dirs() -> list[str]:
    """This package's static folder and sphinx-design's, which it loads."""
    try:
        from sphinx_design.extension import STATIC_DIR as DESIGN_STATIC_DIR
    except ImportError:  # a sphinx-design that keeps its folder elsewhere
        return [str(STATIC_DIR)]
    return [str(STATIC_DIR), str(DESIGN_STATIC_DIR)]


def add_static_path(app: Sphinx, config: Config) -> None:
    """Make the shipped static folders available to HTML builders, before the env loads."""
    paths = list(config.html_static_path)
    config.html_static_path = paths + [d for d in _shipped_static_dirs() if d not in paths]


def drop_repeated_static_paths(app: Sphinx) -> None:
    """Drop the copies of shipped folders appended at ``builder-inited`` (by sphinx-design)."""
    shipped = set(_shipped_static_dirs())
    kept: list[str] = []
    for path in app.config.html_static_path:
        if not (str(path) in shipped and str(path) in map(str, kept)):
            kept.append(path)
    app.config.html_static_path = kept
