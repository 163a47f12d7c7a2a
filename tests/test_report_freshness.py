"""Reports are never stale: incremental builds and ``-j 2`` builds equal a clean build."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import read_json
from .html_reports import report_fragments


@pytest.fixture
def project(rootdir: Path, tmp_path: Path) -> Path:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-reports", srcdir)
    return srcdir


def _build(make_app: Callable[..., Any], srcdir: Path, builddir: Path, **kwargs: Any) -> Any:
    app = make_app("html", srcdir=srcdir, builddir=builddir, **kwargs)
    app.build()
    return app


def _outputs(app: Any) -> tuple[dict[str, Any], dict[str, list[str]]]:
    return read_json(app), report_fragments(Path(app.outdir))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


MISSILE_LAUNCH = re.compile(r"```\{claim\} North Korea fired no missiles.*?\n```\n", re.DOTALL)
SUMMIT_DAY = re.compile(r"```\{claim\} The summit took place on a Wednesday\..*?\n```\n", re.DOTALL)


def change_verdict(src: Path) -> None:
    _edit(src / "claims/missiles.md", ":verdict: misleading", ":verdict: mixed")


def delete_claim(src: Path) -> None:
    path = src / "claims/summit.md"
    path.write_text(SUMMIT_DAY.sub("", path.read_text()), encoding="utf-8")


def move_claim_to_new_page(src: Path) -> None:
    path = src / "claims/missiles.md"
    text = path.read_text()
    claim = MISSILE_LAUNCH.search(text)
    assert claim is not None
    path.write_text(text.replace(claim.group(0), ""), encoding="utf-8")
    (src / "claims/moved.md").write_text(
        f"---\norphan: true\n---\n\n# Moved claims\n\n{claim.group(0)}", encoding="utf-8"
    )


def add_claim(src: Path) -> None:
    with (src / "claims/summit.md").open("a", encoding="utf-8") as file:
        file.write(
            "\n```{claim} The summit took place at the Vostochny cosmodrome.\n"
            ":id: summit-venue\n:verdict: true\n:sources: kremlin\n:tags: summit\n"
            ":claimant: Kremlin\nBoth sides said so.\n```\n"
        )


def rename_source(src: Path) -> None:
    _edit(src / "sources.md", "```{source} yonhap", "```{source} yonhap-news")
    _edit(src / "claims/missiles.md", ":sources: yonhap, kremlin", ":sources: yonhap-news, kremlin")
    _edit(src / "claims/moved.md", ":sources: yonhap", ":sources: yonhap-news")


def retitle_page(src: Path) -> None:
    _edit(src / "claims/quotes.md", "# Quotes", "# Quotations")


def change_report(src: Path) -> None:
    _edit(
        src / "tables.md",
        ":document: claims/summit\n:caption: Every column",
        ":document: claims/m*\n:caption: Every column",
    )


def add_correction(src: Path) -> None:
    _edit(
        src / "claims/summit.md",
        "The talks went on for more than four hours.\n```\n",
        "The talks went on for more than four hours.\n```\n\n```{correction}\n"
        ":date: 2023-09-20\n:previous-verdict: mixed\nA second source settled it.\n```\n",
    )


def edit_evidence_and_ruling(src: Path) -> None:
    _edit(
        src / "claims/summit.md",
        ":source: kremlin\n:locator: opening remarks",
        ":source: ap-original\n:locator: paragraph 3",
    )
    _edit(src / "claims/summit.md", ":ruling: Both accounts", ":ruling: Every account")


EDITS = [
    change_verdict,
    delete_claim,
    move_claim_to_new_page,
    add_claim,
    rename_source,
    retitle_page,
    change_report,
    add_correction,
    edit_evidence_and_ruling,
]


def test_incremental_builds_equal_clean_builds_after_each_edit(make_app, project, tmp_path) -> None:
    incremental_dir = tmp_path / "incremental"
    _build(make_app, project, incremental_dir)
    for number, edit in enumerate(EDITS, start=1):
        edit(project)
        incremental = _outputs(_build(make_app, project, incremental_dir))
        clean = _outputs(_build(make_app, project, tmp_path / f"clean-{number}", freshenv=True))
        assert incremental[0] == clean[0], f"factcheck.json differs after {edit.__name__}"
        assert incremental[1] == clean[1], f"report HTML differs after {edit.__name__}"

    # The edits did reach the reports (so the equality above is not vacuous).
    export, fragments = clean
    assert {c["id"] for c in export["claims"]} >= {"summit-venue", "missile-launch"}
    assert "summit-day" not in {c["id"] for c in export["claims"]}
    tables = "".join(fragments["tables.html"])
    assert "claims/moved.html#claim-missile-launch" in tables
    assert "Quotations" in tables
    assert "fc-verdict-mixed" in tables
    bottom_line = "".join(fragments["bottom-line.html"])
    assert "A second source settled it." in bottom_line
    summit_length = next(c for c in export["claims"] if c["id"] == "summit-length")
    assert summit_length["ruling"] == "Every account put the meeting at more than four hours."
    assert summit_length["evidence"][0]["source"] == "ap-original"


def test_parallel_build_equals_serial_build(make_app, project, tmp_path, monkeypatch) -> None:
    from sphinx.builders import Builder

    serial = _build(make_app, project, tmp_path / "serial", freshenv=True)
    phases = []
    for phase in ("_read_parallel", "_write_parallel"):
        original = getattr(Builder, phase)

        def spy(
            self: Any, *args: Any, _original: Any = original, _phase: str = phase, **kwargs: Any
        ) -> Any:
            phases.append(_phase)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Builder, phase, spy)
    parallel = _build(make_app, project, tmp_path / "parallel", freshenv=True, parallel=2)
    assert phases == ["_read_parallel", "_write_parallel"]
    assert _outputs(parallel) == _outputs(serial)


def test_report_data_is_derived_once_per_build(make_app, project, tmp_path, monkeypatch) -> None:
    from sphinx_factcheck.store import derived as context

    calls = []
    original = context.build_report_index

    def counting(**kwargs: Any) -> Any:
        calls.append(1)
        return original(**kwargs)

    monkeypatch.setattr(context, "build_report_index", counting)
    _build(make_app, project, tmp_path / "once", freshenv=True)
    # Dozens of reports and back-link footers on nine pages share one derivation.
    assert len(calls) == 1
