"""The same claims written in reStructuredText and in MyST give the same result."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from .conftest import ROOTS, read_json, warnings_of


def build(make_app: Any, tempdir: Path, root: str) -> tuple[list[str], str, dict[str, Any]]:
    """Build one root alone; return its warnings, the page body and the export."""
    srcdir = tempdir / f"same-{root}"
    if srcdir.exists():
        shutil.rmtree(srcdir)
    shutil.copytree(ROOTS / f"test-{root}", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    try:
        app.build()
        html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
        body = re.sub(
            r"\s+", " ", html[html.index('<section id="same">') : html.index("</section>")]
        )
        export = read_json(app)
        return warnings_of(app), body, export
    finally:
        app.cleanup()


def test_myst_and_rst_give_the_same_page_and_export(make_app, sphinx_test_tempdir) -> None:
    myst_warnings, myst_body, myst_export = build(make_app, sphinx_test_tempdir, "myst")
    rst_warnings, rst_body, rst_export = build(make_app, sphinx_test_tempdir, "rst")
    assert myst_warnings == []
    assert rst_warnings == []
    assert 'id="claim-summit-length"' in myst_body
    assert myst_body == rst_body
    for export in (myst_export, rst_export):
        for record in (*export["claims"], *export["sources"]):
            record.pop("lineno")
    assert myst_export["claims"] == rst_export["claims"]
    assert myst_export["sources"] == rst_export["sources"]
