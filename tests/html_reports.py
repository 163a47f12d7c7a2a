"""Read report HTML the way a reader sees it: tables, rows, cells, links (stdlib only)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


@dataclass
class Element:
    """An HTML element with its attributes and children (elements or text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self) -> str:
        parts: list[str] = []

        def walk(node: Element | str) -> None:
            if isinstance(node, str):
                parts.append(node)
            else:
                for child in node.children:
                    walk(child)

        walk(self)
        return " ".join("".join(parts).split())

    def iter(self, tag: str | None = None, cls: str | None = None) -> Iterator[Element]:
        for child in self.children:
            if isinstance(child, Element):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.classes):
                    yield child
                yield from child.iter(tag, cls)

    def find(self, tag: str | None = None, cls: str | None = None) -> Element | None:
        return next(self.iter(tag, cls), None)

    def by_id(self, element_id: str) -> Element:
        for element in self.iter():
            if element.attrs.get("id") == element_id:
                return element
        raise KeyError(element_id)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    return builder.root


def page(app: Any, name: str) -> Element:
    """The parsed HTML page ``name`` (a docname) of a test app."""
    return parse((Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8"))


def tables_of(report: Element) -> list[Element]:
    return list(report.iter("table"))


def headers(table: Element) -> list[str]:
    head = table.find("thead")
    assert head is not None
    return [cell.text() for cell in head.iter("th")]


def rows(table: Element) -> list[list[str]]:
    body = table.find("tbody")
    assert body is not None
    return [[cell.text() for cell in row.iter("td")] for row in body.iter("tr")]


def first_column(report: Element) -> list[str]:
    """The first cell of every row of every table in a report, in order."""
    return [row[0] for table in tables_of(report) for row in rows(table)]


def caption(table: Element) -> str:
    found = table.find("caption")
    return re.sub(r"\s*¶$", "", found.text()) if found is not None else ""


def links(element: Element) -> list[tuple[str, str]]:
    """(text, href) of every link inside ``element``."""
    return [
        (a.text(), a.attrs.get("href", ""))
        for a in element.iter("a")
        if "headerlink" not in a.classes
    ]


_REPORT_START = re.compile(
    r'<(div|table)\b[^>]*class="[^"]*\b(?:fc-report|fc-backlinks|indextable)\b[^"]*"[^>]*>'
)


def _element_at(html: str, start: int, tag: str) -> str:
    depth, end = 0, start
    for match in re.compile(rf"<(/?){tag}\b[^>]*>").finditer(html, start):
        depth += -1 if match.group(1) else 1
        end = match.end()
        if depth == 0:
            break
    return html[start:end]


def report_fragments(outdir: Path) -> dict[str, list[str]]:
    """Every report, back-link footer and domain index table of a build, per page."""
    found: dict[str, list[str]] = {}
    for path in sorted(outdir.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        fragments = [_element_at(html, m.start(), m.group(1)) for m in _REPORT_START.finditer(html)]
        if fragments:
            found[path.relative_to(outdir).as_posix()] = fragments
    return found
