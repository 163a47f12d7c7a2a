"""Shared fixtures: sphinx.testing with the test roots under tests/roots/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ("sphinx.testing.fixtures",)

ROOTS = Path(__file__).parent / "roots"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where ``@pytest.mark.sphinx(testroot=...)`` finds ``test-<name>`` folders."""
    return ROOTS


def read_json(app: Any) -> dict[str, Any]:
    """The ``factcheck.json`` a test app wrote."""
    return json.loads((Path(app.outdir) / "factcheck.json").read_text(encoding="utf-8"))


def warnings_of(app: Any) -> list[str]:
    """The warning lines of a test app, without colour codes."""
    from sphinx.util.console import strip_colors

    return [line for line in strip_colors(app.warning.getvalue()).splitlines() if line.strip()]
