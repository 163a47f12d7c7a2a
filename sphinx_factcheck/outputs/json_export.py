"""Build outputs: ``factcheck.json`` for every builder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx_factcheck import __version__
from sphinx_factcheck.config import is_public, scale_of, statuses_of
from sphinx_factcheck.core.export import JSON_NAME, build_export, dumps
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.ids import article_anchor, claim_anchor, flaw_anchor, source_anchor

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def export_of(app: Sphinx) -> dict[str, Any]:
    """The project's export as plain data."""
    export = build_export(
        get_domain(app.env).declared_index,
        scale_of(app.config),
        statuses_of(app.config),
        project={"name": app.config.project, "version": app.config.version},
        generator={"name": "sphinx-factcheck", "version": __version__},
        annotation=get_domain(app.env).annotation,
        public=is_public(app.config),
        withdrawals=get_domain(app.env).withdrawals(),
    )
    if app.builder.format == "html":
        _add_hrefs(app, export)
    return export


def _add_hrefs(app: Sphinx, export: dict[str, Any]) -> None:
    """Give each claim, source, article and flaw its link into this build's pages.

    ``href`` is relative to the output folder and follows the builder's layout
    (``claims/summit.html#...`` for html, ``claims/summit/#...`` for dirhtml),
    so another project importing the claims links back to the right place.
    ``singlehtml`` puts every document on its root page, whose anchors are
    unique: ``index.html#claim-...``.
    """
    single_page = (
        f"{app.config.root_doc}{app.builder.out_suffix}"  # type: ignore[attr-defined]
        if app.builder.name == "singlehtml"
        else None
    )
    for key, anchor_of in (
        ("claims", claim_anchor),
        ("sources", source_anchor),
        ("articles", article_anchor),
        ("flaws", flaw_anchor),
    ):
        for record in export[key]:
            page = single_page or app.builder.get_target_uri(record["docname"])
            record["href"] = f"{page}#{anchor_of(record['id'])}"


def write_json(app: Sphinx, exception: BaseException | None) -> None:
    """Write ``factcheck.json`` into the output folder after a successful build."""
    if exception is not None or not app.config.factcheck_json:
        return
    Path(app.outdir, JSON_NAME).write_text(dumps(export_of(app)), encoding="utf-8")
