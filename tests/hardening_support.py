"""Shared by the hardening tests: small projects written on the fly, and warning checks."""

from __future__ import annotations

from pathlib import Path

from .conftest import warnings_of

CONF = 'project = "hardening"\nextensions = ["myst_parser", "sphinx_factcheck"]\n'


def write_project(folder: Path, files: dict[str, str | bytes], conf: str = "") -> Path:
    """A Sphinx project in ``folder`` with ``files`` (text or bytes) and ``conf`` appended."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "conf.py").write_text(CONF + conf, encoding="utf-8")
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def factcheck_warnings(app: object, subtype: str) -> list[str]:
    """The warning lines of ``subtype``."""
    return [line for line in warnings_of(app) if line.endswith(f"[factcheck.{subtype}]")]


def assert_one_warning(app: object, subtype: str, where: str, *fragments: str) -> str:
    """Exactly one warning of ``subtype``, located at ``where`` (``file:line``), and no
    other warning; return it."""
    lines = warnings_of(app)
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.endswith(f"[factcheck.{subtype}]"), line
    assert f"{where}: WARNING:" in line, line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line


def minimal_export(claim_id: str = "c1", statement: str = "A claim.") -> dict[str, object]:
    """A small valid factcheck.json with one claim."""
    return {
        "schema_version": "1.0",
        "generator": {"name": "sphinx-factcheck", "version": "0.1.0"},
        "project": {"name": "Other", "version": ""},
        "scale": [
            {"key": "true", "label": "True", "colour": "success", "description": "", "rating": 5}
        ],
        "statuses": ["unchecked", "done"],
        "claims": [
            {
                "id": claim_id,
                "statement": statement,
                "docname": "index",
                "lineno": 3,
                "verdict": "true",
                "status": "done",
                "quote": None,
                "article": None,
                "occurrence": None,
                "sources": [],
                "claimant": None,
                "claim_date": None,
                "appearance": None,
                "checked": None,
                "checker": None,
                "tags": [],
                "related": [],
                "reasoning": "",
                "rejected": [],
                "origin": None,
                "derived_id": False,
                "published": True,
                "ruling": None,
                "as_of": None,
                "evidence": [],
                "corrections": [],
                "anchor": None,
            }
        ],
        "sources": [],
        "articles": [],
        "summary": {
            "claims": 1,
            "with_verdict": 1,
            "by_verdict": {"true": 1, "none": 0},
            "by_status": {"unchecked": 0, "done": 1},
        },
    }
