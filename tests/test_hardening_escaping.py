"""Issue 13, cases 1, 3 and 4: user text never becomes markup, inventory entries or
terminal control sequences."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from sphinx.util.inventory import InventoryFile

from .conftest import warnings_of
from .hardening_support import minimal_export, write_project

LABEL = '<img src=x onerror=alert(1)>"'
PUBLISHER = "<iframe src=javascript:alert(2)></iframe>"

HOSTILE_INDEX_CONF = f"""
factcheck_verdicts = [
    {{"key": "evil", "label": {LABEL!r}, "colour": "danger", "rating": 1}},
    {{"key": "fine", "label": "Fine", "colour": "success", "rating": 5}},
]
"""


class _Elements(HTMLParser):
    """Every element and attribute of a page, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> _Elements:
    """The elements of an index page's body (from its heading to the end of its table)."""
    page = path.read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(page[page.index("<h1>") : page.index("</table>")])
    return parser


@pytest.mark.sphinx("html", testroot="hostile", freshenv=True)
def test_hostile_roots_domain_indices_hold_no_markup_from_user_text(app) -> None:
    """Issue 13 case 1: the source index groups under an escaped publisher."""
    app.build()
    page = parse(Path(app.outdir) / "fc-sourceindex.html")
    assert "img" not in page.tags
    assert "<img src=x onerror=alert(2)>" in "".join(page.text)


def test_domain_index_headings_ids_and_jump_links_are_escaped(make_app, tmp_path) -> None:
    """Issue 13 case 1: a verdict label and a publisher with markup stay text in
    fc-claimindex.html and fc-sourceindex.html (heading, id="cap-…" and jump link)."""
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.md": f"""# T

```{{source}} s1
:title: A source
:publisher: {PUBLISHER}
```

```{{claim}} A claim.
:id: c1
:verdict: evil
:sources: s1
```
"""
        },
        conf=HOSTILE_INDEX_CONF,
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    for name, shown in (("fc-claimindex.html", LABEL), ("fc-sourceindex.html", PUBLISHER)):
        page = parse(Path(app.outdir) / name)
        assert not {"img", "iframe", "script"} & set(page.tags), name
        assert not [a for a, _ in page.attributes if a.startswith("on") or a == "src"], name
        ids = [value for attribute, value in page.attributes if attribute == "id"]
        hrefs = [value for attribute, value in page.attributes if attribute == "href"]
        assert f"cap-{shown}" in ids, ids
        assert f"#cap-{shown}" in hrefs, hrefs
        assert "".join(page.text).count(shown) == 2  # the jump link and the heading


# -- case 3: nothing invalid reaches objects.inv -----------------------------------------


def _inventory(app) -> dict[str, dict[str, object]]:
    with (Path(app.outdir) / "objects.inv").open("rb") as stream:
        return InventoryFile.load(stream, "https://example.org", lambda base, uri: uri)


def _display_name(item: Any) -> str:
    """An inventory entry's display name (entries are 4-tuples before Sphinx 8.2)."""
    return str(item[3] if isinstance(item, tuple) else item.display_name)


def test_ids_with_white_space_never_reach_the_inventory(make_app, tmp_path) -> None:
    """Issue 13 case 3: claim, source and article ids with spaces or newlines warn
    bad_id and are left out of objects.inv, which holds no forged entry."""
    forged = "x std:label 1 //evil.example/phish Click"
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.rst": f"""Title
=====

.. source:: {forged}
   :title: A source

.. claim:: A claim.
   :id: {forged}
   :sources: good-source

.. source:: good-source
   :title: Good

.. claim:: Another claim.
   :id: good-claim
   :sources: good-source

.. article::
   :id: {forged}

   Some text.
"""
        },
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    bad_ids = [line for line in warnings_of(app) if line.endswith("[factcheck.bad_id]")]
    assert len(bad_ids) == 3, warnings_of(app)
    inventory = _inventory(app)
    names = {name for entries in inventory.values() for name in entries}
    assert names >= {"good-claim", "good-source"}
    assert not [name for name in names if any(c.isspace() for c in name)]
    assert "x" not in inventory.get("std:label", {})
    for entries in inventory.values():
        for item in entries.values():
            assert "evil.example" not in str(item)


def test_imported_ids_and_statements_with_newlines_stay_out_of_the_inventory(
    make_app, tmp_path
) -> None:
    """Issue 13 case 3: a claim-import whose id or statement holds a newline forges
    no inventory line."""

    export = minimal_export(
        "c1\nx std:label 1 //evil.example/phish Click",
        "A statement.\nevil std:label 1 //evil.example/ Click",
    )
    good = minimal_export("good", "Fine.\nstd:doc 1 //evil.example/ Click")["claims"]
    export["claims"] = [*export["claims"], *good]  # type: ignore[misc]
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.md": "# T\n\n```{claim-import} other.json\n:prefix: o:\n```\n",
            "other.json": json.dumps(export),
        },
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    inventory = _inventory(app)
    assert "x" not in inventory.get("std:label", {})
    assert "evil" not in inventory.get("std:label", {})
    claims = inventory["fc:claim"]
    assert list(claims) == ["o:good"]
    assert "\n" not in _display_name(claims["o:good"])
    lines = [line for line in warnings_of(app) if "[factcheck.bad_id]" in line]
    assert len(lines) == 1 and "index.md:3:" in lines[0], warnings_of(app)
