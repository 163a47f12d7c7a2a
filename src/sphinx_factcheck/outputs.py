"""Build outputs: ``factcheck.json`` for every builder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .config import scale_of, statuses_of
from .core.export import JSON_NAME, build_export, dumps
from .domain import get_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx

def export_of(app: Sphinx) -> dict[str, object]:
    """The project's export as plain data."""
    return build_export(
        get_domain(app.env).index,
        scale_of(app.config),
        statuses_of(app.config),
        project={"name": app.config.project, "version": app.config.version},
        generator={"name": "sphinx-factcheck", "version": __version__},
        annotation=get_domain(app.env).annotation,
    )


def write_json(app: Sphinx, exception: BaseException | None) -> None:
    """Write ``factcheck.json`` into the output folder after a successful build."""
    if exception is not None or not app.config.factcheck_json:
        return
    Path(app.outdir, JSON_NAME).write_text(dumps(export_of(app)), encoding="utf-8")


def setup_outputs(app: Sphinx) -> None:
    """Connect the writers of machine-readable outputs."""
    app.connect("build-finished", write_json)
