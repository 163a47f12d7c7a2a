"""The build benchmark's synthetic projects build cleanly in every installed flavour."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_builds import available_flavours, run_cell, sphinx_build
from benchmarks.synthetic import FLAVOURS, Shape, generate, report_freshness

TINY = Shape(pages=3, claims=2)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_flavour_builds_cleanly(flavour: str, tmp_path: Path) -> None:
    if flavour not in available_flavours():
        pytest.skip(f"{flavour} is not installed (pip install -e '.[bench]')")
    generate(tmp_path / "src", flavour, TINY)

    build = sphinx_build(tmp_path / "src", tmp_path / "build", 1, fresh=True)

    html = tmp_path / "build" / "html"
    assert build.warnings == 0
    # index, 3 pages, sources, article, 3 reports, genindex, search (and domain indices)
    assert build.written >= 11
    for page in (
        "pages/page-2",
        "sources",
        "article",
        "reports/claims",
        "reports/misleading",
        "reports/sources",
    ):
        assert (html / f"{page}.html").is_file(), page
    claims_report = (html / "reports" / "claims.html").read_text(encoding="utf-8")
    assert "Claim 1 of page 2 says" in claims_report
    assert report_freshness(html, flavour) == {"reports/claims": False, "reports/misleading": False}


def test_factcheck_reports_are_fresh_after_a_verdict_edit(tmp_path: Path) -> None:
    results = run_cell(tmp_path, "factcheck", TINY, 1, scenarios=("full", "verdict"))

    assert results["verdict"].warnings == 0
    assert results["verdict"].fresh == {"reports/claims": True, "reports/misleading": True}
    assert results["verdict"].written >= 1
