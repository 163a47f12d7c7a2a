"""Every builder writes the reports as plain tables and lists, without warnings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import warnings_of


def _read(app, name: str) -> str:
    return (Path(app.outdir) / name).read_text(encoding="utf-8")


EXPECTED: dict[str, dict[str, list[str]]] = {
    "text": {
        "tables.txt": [
            "| ID ",
            "| North Korea fired no missiles during the",
            "| False ",
            "No claims match these filters (verdict: true; tags: missiles).",
        ],
        "summary.txt": [
            "Claims by verdict",
            "| Misleading ",
            "| 17% ",
            "6 claims**, **5 checked** (with a verdict)",
        ],
        "sourcelist.txt": ["Kim pledges full support to Moscow", "**Cited by:** Unproven Kim"],
        "claims/summit.txt": [
            "**Named as related by:** Misleading The launches broke no",
            "**Listed in:** Claim tables, Every column, Claims by tag",
        ],
    },
    "latex": {
        "reports.tex": [
            r"\begin{tabulary}",
            "Claims by verdict",
            r"\hyperref[\detokenize{claims/missiles:claim-missile-launch}]",
            r"\renewcommand{\indexname}{Claim Index}",
            "Cited by:",
        ],
    },
    "man": {"reports.1": [".TS", "North Korea fired no missiles", "Claims by verdict"]},
    "texinfo": {
        "reports.texi": ["@multitable", "North Korea fired no missiles", "Claim Index", "Cited by:"]
    },
    "epub": {
        "tables.xhtml": ['id="all-claims"', "claims/missiles.xhtml#claim-missile-launch"],
        "summary.xhtml": ['class="fc-bar-track"'],
    },
    # On one page a link to a claim is just its anchor (not #document-<doc>#<anchor>).
    "singlehtml": {
        "index.html": [
            'id="all-claims"',
            'href="#claim-missile-launch"',
            'id="summary-all"',
            'id="sources-all"',
        ]
    },
    "dirhtml": {
        "tables/index.html": ['id="all-claims"', 'href="../claims/missiles/#claim-missile-launch"'],
        "claims/summit/index.html": ['href="../../tables/#all-claims"'],
    },
}


@pytest.mark.parametrize("buildername", list(EXPECTED))
def test_every_builder_writes_the_reports(make_app, rootdir, tmp_path, buildername) -> None:
    import shutil

    srcdir = tmp_path / "reports"
    shutil.copytree(rootdir / "test-reports", srcdir)
    # EPUB3 requires a copyright notice and a version, which is not what this test is about.
    app = make_app(
        buildername, srcdir=srcdir, confoverrides={"copyright": "2023, Checkers", "version": "1.0"}
    )
    app.build()
    assert warnings_of(app) == []
    for name, fragments in EXPECTED[buildername].items():
        output = _read(app, name)
        if buildername == "man":  # docutils 0.20 writes man page headings in capitals
            output = output.replace("CLAIMS BY VERDICT", "Claims by verdict")
        for fragment in fragments:
            assert fragment in output, (name, fragment)
        if buildername == "singlehtml":
            assert re.search(r'href="#document-[^"]*#', output) is None
