"""In a real browser: claim tables sort and filter, and stay plain tables without script.

Runs headless Chromium (Debian's ``chromium`` package) through Playwright; see
the ``browser`` fixture in conftest.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOTS

SCALE = ["True", "Mostly true", "Mixed", "Misleading", "False", "Unproven", "Opinion", "No verdict"]


@pytest.fixture(scope="module")
def reports_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reports test root, built once for this module."""
    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path_factory.mktemp("browser") / "reports"
    shutil.copytree(ROOTS / "test-reports", srcdir)
    app = SphinxTestApp("html", srcdir=srcdir, freshenv=True)
    try:
        app.build()
        return Path(app.outdir)
    finally:
        app.cleanup()


def visible_cells(page: Any, table_id: str, column: str) -> list[str]:
    return page.eval_on_selector_all(
        f"#{table_id} tbody tr:not([hidden]) td.fc-col-{column}",
        "cells => cells.map(c => c.textContent.trim())",
    )


def scale_position(label: str) -> int:
    """Where a badge's verdict sits on the scale; the desk marks unpublished ones."""
    return SCALE.index(label.removesuffix(" (unpublished)"))


def all_claims_table(page: Any) -> str:
    return page.eval_on_selector("#all-claims table", "t => t.id")


def test_clicking_a_heading_sorts_by_the_scale_then_reverses(browser, reports_site) -> None:
    page = browser.new_page()
    page.goto((reports_site / "tables.html").as_uri())
    table_id = all_claims_table(page)
    page.click(f"#{table_id} th.fc-col-verdict button.fc-sort-button")
    ascending = visible_cells(page, table_id, "verdict")
    assert ascending == sorted(ascending, key=scale_position)
    assert len(set(ascending)) > 2
    assert page.get_attribute(f"#{table_id} th.fc-col-verdict", "aria-sort") == "ascending"
    page.click(f"#{table_id} th.fc-col-verdict button.fc-sort-button")
    # Descending reverses the scale; claims without a verdict stay last either way.
    rated = [v for v in ascending if v != "No verdict"]
    unrated = [v for v in ascending if v == "No verdict"]
    assert unrated
    assert visible_cells(page, table_id, "verdict") == [
        *sorted(rated, key=scale_position, reverse=True),
        *unrated,
    ]
    assert page.get_attribute(f"#{table_id} th.fc-col-verdict", "aria-sort") == "descending"
    page.close()


def test_typing_in_the_filter_box_hides_other_rows(browser, reports_site) -> None:
    page = browser.new_page()
    page.goto((reports_site / "tables.html").as_uri())
    table_id = all_claims_table(page)
    total = len(visible_cells(page, table_id, "id"))
    page.fill("#all-claims .fc-table-filter input", "missile")
    shown = visible_cells(page, table_id, "claim")
    assert 0 < len(shown) < total
    row_texts = page.eval_on_selector_all(
        f"#{table_id} tbody tr:not([hidden])", "rows => rows.map(r => r.textContent)"
    )
    assert all("missile" in text.lower() for text in row_texts)
    # The status counts the rows of every claim table on the page, which the box filters.
    rows = page.eval_on_selector_all("table.fc-claim-rows tbody tr", "rows => rows.length")
    matching = page.eval_on_selector_all(
        "table.fc-claim-rows tbody tr:not([hidden])", "rows => rows.length"
    )
    status = page.text_content("#all-claims .fc-table-filter-status") or ""
    assert status == f"{matching} of {rows} claims shown"
    page.fill("#all-claims .fc-table-filter input", "")
    assert len(visible_cells(page, table_id, "id")) == total
    page.close()


def test_one_filter_box_serves_every_claim_table_of_the_page(browser, reports_site) -> None:
    page = browser.new_page()
    page.goto((reports_site / "tables.html").as_uri())
    assert len(page.query_selector_all(".fc-table-filter")) == 1
    assert len(page.query_selector_all("table.fc-claim-rows")) > 5
    page.fill(".fc-table-filter input", "missile")
    # A table left with no matching row says so instead of vanishing without a word.
    empty_notes = page.eval_on_selector_all(
        ".fc-table-filter-empty:not([hidden])", "notes => notes.map(n => n.textContent)"
    )
    hidden_tables = page.eval_on_selector_all("table.fc-claim-rows[hidden]", "t => t.length")
    assert empty_notes and len(empty_notes) == hidden_tables
    assert set(empty_notes) == {"No claim in this table matches the filter."}
    page.fill(".fc-table-filter input", "")
    assert page.query_selector(".fc-table-filter-empty:not([hidden])") is None
    page.close()


def test_without_script_the_table_is_plain_and_complete(browser, reports_site) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((reports_site / "tables.html").as_uri())
    assert page.query_selector("#all-claims .fc-sort-button") is None
    assert page.query_selector("#all-claims .fc-table-filter") is None
    rows = page.query_selector_all("#all-claims tbody tr")
    assert rows
    assert all(row.is_visible() for row in rows)
    context.close()
