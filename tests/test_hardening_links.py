"""Issue 13, cases 12 and 13: links into and out of other projects go somewhere real."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from .conftest import ROOTS, warnings_of
from .hardening_support import write_project
from .machine_support import built_summit

__all__ = ["built_summit"]


def test_singlehtml_hrefs_point_at_the_single_page(make_app, tmp_path) -> None:
    """Issue 13 case 12: a singlehtml export's href is index.html#claim-…, an anchor
    that exists on the page, and claim-import :url: links to it."""
    srcdir = tmp_path / "summit"
    shutil.copytree(ROOTS / "test-machine-summit", srcdir)
    single = make_app("singlehtml", srcdir=srcdir)
    single.build()
    export = json.loads((Path(single.outdir) / "factcheck.json").read_text(encoding="utf-8"))
    page = (Path(single.outdir) / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', page))
    hrefs = [record["href"] for key in ("claims", "sources", "articles") for record in export[key]]
    assert hrefs
    for href in hrefs:
        assert href.startswith("index.html#"), href
        assert href.partition("#")[2] in ids, href
    single.cleanup()

    importer = write_project(
        tmp_path / "importer",
        {
            "index.md": "# T\n\n```{claim-import} summit.json\n:prefix: s:\n"
            ":url: https://example.org/summit/\n:verdict: true\n```\n",
            "summit.json": json.dumps(export),
        },
    )
    app = make_app("html", srcdir=importer)
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/summit/index.html#claim-summit-length"' in html
    assert "#document-" not in html


def test_claim_role_with_an_inventory_prefix_shows_the_badge(
    built_summit, make_app, tmp_path
) -> None:
    """Issue 13 case 13: {claim}`summit:id` (the form the roles reference documents)
    is drawn like a local link: badge then statement, never "[verdict: …]" text; with
    a title it resolves and is not classed unresolved."""
    srcdir = write_project(
        tmp_path / "linking",
        {
            "index.md": """# Linking

Plain: {claim}`summit:summit-length`.

Titled: {claim}`how long <summit:summit-length>`.

Source: {source}`summit:kremlin-transcript`.
"""
        },
        conf='extensions.append("sphinx.ext.intersphinx")\n',
    )
    app = make_app(
        "html",
        srcdir=srcdir,
        confoverrides={
            "intersphinx_mapping": {
                "summit": ("https://example.org/summit/", str(built_summit / "objects.inv"))
            }
        },
    )
    app.build()
    assert warnings_of(app) == []
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "[verdict:" not in html
    assert "fc-unresolved" not in html
    links = re.findall(r'<a class="reference external" href="([^"]+)"[^>]*>(.*?)</a>', html)
    plain, titled, source = links
    base = "https://example.org/summit/claims.html#claim-summit-length"
    assert plain[0] == titled[0] == base
    assert (
        "fc-verdict-true" in plain[1]
        and "The summit meeting lasted more than four hours." in plain[1]
    )
    assert "fc-verdict-true" in titled[1] and "how long" in titled[1]
    assert "Russian-North Korean talks" in source[1]
