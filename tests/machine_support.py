"""Shared by the machine-readable output tests: a built origin project and JSON-LD parsing."""

from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

from .conftest import ROOTS

_LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def claim_reviews(html: str) -> dict[str, dict[str, Any]]:
    """The ClaimReview blocks of an HTML page, by the id in their url."""
    reviews = {}
    for block in _LD_JSON.findall(html):
        review = json.loads(block)
        reviews[review["url"].rpartition("#claim-")[2]] = review
    return reviews


@pytest.fixture(scope="module")
def built_summit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of the summit project, built once (objects.inv, factcheck.json)."""
    app = SphinxTestApp(
        "html",
        srcdir=ROOTS / "test-machine-summit",
        builddir=tmp_path_factory.mktemp("summit") / "_build",
        status=StringIO(),
        warning=StringIO(),
    )
    try:
        app.build()
        assert app.warning.getvalue() == ""
    finally:
        app.cleanup()  # before other apps start: it unregisters the nodes it added
    return Path(app.outdir)
