"""Shared fixtures: sphinx.testing with the test roots under tests/roots/."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sphinx

pytest_plugins = ("sphinx.testing.fixtures",)

if sphinx.version_info < (8,):
    # Sphinx 8 ends each warning with its [type.subtype] by default, Sphinx 7.4 when asked
    # (show_warning_types); the tests read the subtype there, so they ask on 7.4.
    from sphinx.config import Config

    _shown = Config.config_values["show_warning_types"]
    Config.config_values["show_warning_types"] = type(_shown)(
        True, _shown.rebuild, _shown.valid_types, _shown.description
    )

ROOTS = Path(__file__).parent / "roots"

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


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


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium through Playwright.

    Skipped where no browser is installed, except under CI, where a missing
    browser is a failure: ``.ci/run`` installs it.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not Path(CHROMIUM).exists():
        reason = "needs the playwright package and Debian's chromium"
        if os.environ.get("CI"):
            pytest.fail(f"browser tests {reason}; .ci/run installs both")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
