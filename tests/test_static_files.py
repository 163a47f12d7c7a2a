"""The shipped CSS and JS reach ``_static`` without changing the configuration."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sphinx.util.console import strip_colors


def _build(make_app: Callable[..., Any], srcdir: Path) -> Any:
    # the test app swaps alabaster for basic after loading the env unless told up front
    app = make_app(
        "html",
        srcdir=srcdir,
        builddir=srcdir.parent / "build",
        freshenv=False,
        confoverrides={"html_theme": "basic"},
    )
    app.build()
    return app


def test_incremental_build_sees_no_configuration_change(
    make_app: Callable[..., Any], rootdir: Path, tmp_path: Path
) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-basic", srcdir)
    _build(make_app, srcdir)
    claims = srcdir / "claims.md"
    claims.write_text(claims.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")

    second = _build(make_app, srcdir)

    status = strip_colors(second.status.getvalue())
    assert "loading pickled environment" in status
    assert "The configuration has changed" not in status
    assert "1 changed" in status
    static = Path(second.outdir) / "_static"
    for name in ("factcheck.css", "factcheck-table.js"):
        assert (static / name).is_file(), name
    page = (Path(second.outdir) / "claims.html").read_text(encoding="utf-8")
    assert 'href="_static/factcheck.css' in page
    # sphinx-design's stylesheet (sphinx-design.min.css, or design-style.<hash>.min.css
    # before 0.6) is linked and copied too.
    design = re.search(r'href="_static/((?:sphinx-design|design-style)[\w.]*\.css)', page)
    assert design is not None and (static / design.group(1)).is_file()


def test_user_static_path_is_kept(
    make_app: Callable[..., Any], rootdir: Path, tmp_path: Path
) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-basic", srcdir)
    (srcdir / "_static").mkdir()
    (srcdir / "_static" / "house.css").write_text("body { color: black; }\n")
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('html_static_path = ["_static"]\n')

    app = _build(make_app, srcdir)

    assert app.config.html_static_path[0] == "_static"
    assert len(app.config.html_static_path) == len(set(map(str, app.config.html_static_path)))
    assert (Path(app.outdir) / "_static" / "house.css").is_file()
    assert (Path(app.outdir) / "_static" / "factcheck.css").is_file()
