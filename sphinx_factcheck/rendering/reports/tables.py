"""Plain docutils tables, readable in every builder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docutils import nodes

from sphinx_factcheck.locale import _


@dataclass(frozen=True)
class Column:
    """A table column: its key (``fc-col-<key>`` class), heading and relative width.

    The heading is a message of the catalogue (marked with ``N_``), translated
    when the table is drawn.
    """

    key: str
    heading: str
    width: int


def cell(column: str, *content: nodes.Node) -> nodes.entry:
    """A table cell of ``column`` holding ``content`` in one paragraph."""
    return nodes.entry("", nodes.paragraph("", "", *content), classes=[f"fc-col-{column}"])


def table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[nodes.entry]],
    table_id: str,
    title: Sequence[nodes.Node] = (),
    classes: Sequence[str] = (),
) -> nodes.table:
    """A table with a header row; ``title`` (nodes) becomes its caption.

    Every table gets an id: HTML writers number titled tables by id.
    """
    group = nodes.tgroup(cols=len(columns))
    for column in columns:
        group += nodes.colspec(colwidth=column.width)
    head = nodes.thead()
    head += nodes.row("", *(cell(c.key, nodes.Text(_(c.heading))) for c in columns))
    group += head
    body = nodes.tbody()
    for row in rows:
        body += nodes.row("", *row)
    group += body
    result = nodes.table(classes=["fc-table", *classes], ids=[table_id])
    if title:
        result += nodes.title("", "", *title)
    result += group
    return result
