"""A well-formed project builds clean and exports its claims."""

from __future__ import annotations

import pytest

from .conftest import read_json, warnings_of


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_clean_build_has_no_warnings_and_exports_claims(app) -> None:
    app.build()
    assert warnings_of(app) == []
    export = read_json(app)
    assert [claim["id"] for claim in export["claims"]] == ["summit-day", "summit-length"]
    assert export["sources"][0]["cited_by"] == ["summit-length", "summit-day"]
