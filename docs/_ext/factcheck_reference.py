"""Reference pages generated from sphinx-factcheck's own declarations, so they cannot drift.

Directives (all for MyST pages of these docs):

- ``factcheck-config``: every ``conf.py`` value from ``config.CONFIG_VALUES``, as ``confval``
  entries (link to one with ``{confval}`factcheck_verdicts```).
- ``factcheck-warnings``: the warning catalogue from ``warning_types.Problem`` and
  ``DESCRIPTIONS`` (link to one with ``{factcheck-warning}`unused_source```).
- ``factcheck-options NAME``: the options of the ``fc`` directive NAME, from its class's
  ``known_options`` and ``option_docs``.
- ``factcheck-json-fields``: the fields of ``factcheck.json``, from the JSON Schema the
  package ships (a short note when it ships none).
- ``factcheck-scale NAME``: a verdict preset from ``presets.PRESETS`` with live badges.
- ``factcheck-css-classes``: every ``fc-*`` class the shipped stylesheet styles.
- ``factcheck-command-help [COMMAND]``: the ``--help`` of ``sphinx-factcheck`` (or a
  command), from its argument parser.
"""

from __future__ import annotations

import argparse
import json
import os
import pprint
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar, cast

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.domains.std import StandardDomain
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id

import sphinx_factcheck
from sphinx_factcheck.config import CONFIG_VALUES
from sphinx_factcheck.core.scale import parse_scale
from sphinx_factcheck.presets import PRESETS
from sphinx_factcheck.rendering.badges import verdict_badge
from sphinx_factcheck.warning_types import DESCRIPTIONS, WARNING_TYPE, Problem

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(sphinx_factcheck.__file__).parent
SCHEMA_PATH = PACKAGE_DIR / "schema" / "factcheck.schema.json"
STYLESHEET = PACKAGE_DIR / "html" / "static" / "factcheck.css"
WARNING_OBJTYPE = "factcheck-warning"

_LITERAL = re.compile(r"``(.+?)``")


def inline_text(text: str) -> list[nodes.Node]:
    """Plain text with ````literal```` spans, as the package's help strings write them."""
    out: list[nodes.Node] = []
    position = 0
    for match in _LITERAL.finditer(text):
        if match.start() > position:
            out.append(nodes.Text(text[position : match.start()]))
        out.append(nodes.literal("", match.group(1)))
        position = match.end()
    if position < len(text):
        out.append(nodes.Text(text[position:]))
    return out


def make_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Iterable[nodes.Node]]],
    widths: Sequence[int],
    classes: Sequence[str] = (),
) -> nodes.table:
    """A docutils table; each cell is a sequence of inline nodes."""
    table = nodes.table(classes=["factcheck-reference", *classes])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += nodes.row("", *(nodes.entry("", nodes.paragraph("", h)) for h in headers))
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += nodes.row("", *(nodes.entry("", nodes.paragraph("", "", *cell)) for cell in cells))
    group += body
    return table


#: What changing a value does to the next incremental build, by its ``rebuild`` kind.
_REBUILD_EFFECT = {
    "env": "Changing it makes the next build re-read every document.",
    "html": "Changing it makes the next build rewrite every HTML page.",
    "": "Changing it takes effect at the next build without re-reading documents.",
}


def _short_default(value: Any) -> str | None:
    """The default as a one-line literal, or None when it is too long for one line."""
    text = repr(value)
    return text if len(text) <= 60 else None


class ConfigReference(SphinxDirective):
    """Every configuration value: name, default and help, from ``CONFIG_VALUES``."""

    def run(self) -> list[nodes.Node]:
        lines: list[str] = []
        for value in CONFIG_VALUES:
            short = _short_default(value.default)
            lines += [
                f"`````{{confval}} {value.name}",
                f":default: ``{short}``" if short else ":default: shown below",
                "",
                value.help,
                "",
            ]
            lines += [_REBUILD_EFFECT.get(value.rebuild, ""), ""]
            if short is None:
                lines += [
                    "````{dropdown} The default value",
                    "```python",
                    pprint.pformat(value.default, sort_dicts=False, width=88),
                    "```",
                    "````",
                    "",
                ]
            lines += ["`````", ""]
        container = nodes.container(classes=["factcheck-config"])
        self.state.nested_parse(StringList(lines, source="CONFIG_VALUES"), 0, container)
        return container.children


class WarningCatalogue(SphinxDirective):
    """Every warning subtype with what it means, from ``Problem`` and ``DESCRIPTIONS``."""

    def run(self) -> list[nodes.Node]:
        std = cast(StandardDomain, self.env.get_domain("std"))
        rows = []
        for problem in Problem:
            node_id = make_id(self.env, self.state.document, "warning", problem.value)
            target = nodes.literal("", f"{WARNING_TYPE}.{problem.value}", ids=[node_id])
            std.note_object(
                WARNING_OBJTYPE, problem.value, node_id, location=(self.env.docname, self.lineno)
            )
            self.state.document.note_explicit_target(target)
            rows.append(([target], inline_text(DESCRIPTIONS[problem])))
        return [
            make_table(
                ("Subtype (for suppress_warnings)", "What it means"),
                rows,
                (30, 70),
                ["factcheck-warnings"],
            )
        ]


def _fc_directive(env: Any, name: str) -> type | None:
    return env.domains["fc"].directives.get(name)  # type: ignore[no-any-return]


class DirectiveOptions(SphinxDirective):
    """The options of one ``fc`` directive, from ``known_options`` and ``option_docs``."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        directive = _fc_directive(self.env, name)
        if directive is None:
            logger.warning(
                "factcheck-options: no fc directive %r is registered",
                name,
                location=self.get_location(),
            )
            return []
        docs: dict[str, str] = getattr(directive, "option_docs", {})
        known: Sequence[str] = getattr(directive, "known_options", ())
        out: list[nodes.Node] = []
        summary = (directive.__doc__ or "").strip().splitlines()
        if summary:
            out.append(nodes.paragraph("", "", *inline_text(summary[0])))
        if not known:
            out.append(nodes.paragraph("", "This directive takes no options."))
        elif docs:
            rows = [
                ([nodes.literal("", f":{option}:")], inline_text(docs.get(option, "")))
                for option in known
            ]
            out.append(make_table(("Option", "Meaning"), rows, (22, 78), ["factcheck-options"]))
        else:  # no per-option help declared: the names, explained in the page's prose
            names: list[nodes.Node] = [nodes.strong("", "Options: ")]
            for position, option in enumerate(known):
                names += [nodes.Text(", ")] if position else []
                names.append(nodes.literal("", f":{option}:"))
            out.append(nodes.paragraph("", "", *names))
        return out


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with a local ``$ref`` replaced by its target (the node's own keys win)."""
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = schema
        for part in ref[2:].split("/"):
            target = target[part]
        return {**_resolve(schema, target), **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _type_of(schema: dict[str, Any], node: dict[str, Any]) -> str:
    """A short type: ``string``, ``integer or null``, ``date`` (a named, patterned string)."""
    ref = node.get("$ref")
    resolved = _resolve(schema, node)
    if isinstance(ref, str) and "pattern" in resolved:
        return ref.rsplit("/", 1)[-1]
    kind = resolved.get("type")
    if isinstance(kind, list):
        return " or ".join(kind)
    if kind:
        return str(kind)
    for combinator in ("anyOf", "oneOf"):
        if combinator in resolved:
            kinds = [_type_of(schema, option) for option in resolved[combinator]]
            return " or ".join(dict.fromkeys(kinds))
    if "enum" in resolved:
        return "one of " + ", ".join(json.dumps(v) for v in resolved["enum"])
    if "const" in resolved:
        return json.dumps(resolved["const"])
    return "any"


def _objects_in(schema: dict[str, Any], node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The object schemas ``node`` may be: itself, its ``allOf`` parts, its options."""
    node = _resolve(schema, node)
    if "properties" in node:
        yield node
    for part in node.get("allOf", ()):
        yield from _objects_in(schema, part)
    for combinator in ("anyOf", "oneOf"):
        for option in node.get(combinator, ()):
            yield from _objects_in(schema, option)


def schema_fields(
    schema: dict[str, Any], node: dict[str, Any] | None = None, prefix: str = ""
) -> Iterator[tuple[str, str, bool, str]]:
    """(path, type, required, description) of every property, depth first."""
    seen: set[str] = set()
    parts = list(_objects_in(schema, node if node is not None else schema))
    required = {name for part in parts for name in part.get("required", ())}
    for part in parts:
        for name, declared in part.get("properties", {}).items():
            if name in seen:
                continue
            seen.add(name)
            child = _resolve(schema, declared)
            path = f"{prefix}{name}"
            description = declared.get("description") or child.get("description", "")
            yield path, _type_of(schema, declared), name in required, description
            for nested in _objects_in(schema, child):
                yield from schema_fields(schema, nested, path + ".")
                break
            items = child.get("items")
            if isinstance(items, dict):
                yield from schema_fields(schema, items, path + "[].")
            extra = child.get("additionalProperties")
            if isinstance(extra, dict):
                yield from schema_fields(schema, extra, path + ".*.")


class JsonFields(SphinxDirective):
    """The fields of ``factcheck.json``, from its JSON Schema."""

    def run(self) -> list[nodes.Node]:
        if not SCHEMA_PATH.exists():
            return [nodes.paragraph("", "(This version of the package ships no JSON Schema.)")]
        self.env.note_dependency(str(SCHEMA_PATH))
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        fields = list(schema_fields(schema))
        origin = [
            nodes.Text("Generated from the JSON Schema shipped in the package, "),
            nodes.literal("", "sphinx_factcheck/schema/factcheck.schema.json"),
            nodes.Text("."),
        ]
        rows = [
            (
                [nodes.literal("", path)],
                [nodes.Text(kind)],
                [nodes.Text("yes" if required else "")],
                inline_text(description),
            )
            for path, kind, required, description in fields
        ]
        return [
            nodes.paragraph("", "", *origin),
            make_table(
                ("Field", "Type", "Required", "Meaning"),
                rows,
                (30, 15, 8, 47),
                ["factcheck-json-fields"],
            ),
        ]


def _python_literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


def scale_as_conf(entries: Iterable[dict[str, Any]]) -> str:
    """A scale as the ``factcheck_verdicts = [...]`` line of a ``conf.py``."""
    lines = ["factcheck_verdicts = ["]
    for entry in entries:
        head = ", ".join(
            f'"{key}": {_python_literal(entry[key])}'
            for key in ("key", "label", "colour", "rating")
            if key in entry
        )
        lines += ["    {", f"        {head},"]
        if "description" in entry:
            lines.append(f'        "description": {_python_literal(entry["description"])},')
        lines.append("    },")
    lines.append("]")
    return "\n".join(lines)


class CommandHelp(SphinxDirective):
    """The ``--help`` text of ``sphinx-factcheck`` or one of its commands, from its parser."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        from sphinx_factcheck.cli import build_parser

        parser = build_parser()
        if self.arguments:
            commands = next(
                action
                for action in parser._actions
                if isinstance(action, argparse._SubParsersAction)
            )
            parser = commands.choices[self.arguments[0]]
        previous = os.environ.get("COLUMNS")
        os.environ["COLUMNS"] = "88"  # argparse wraps to the terminal; docs need one width
        try:
            text = parser.format_help()
        finally:
            if previous is None:
                del os.environ["COLUMNS"]
            else:
                os.environ["COLUMNS"] = previous
        return [nodes.literal_block(text, text, language="text")]


class ScaleTable(SphinxDirective):
    """A verdict preset as a table with its live badges; with ``:conf:``, as conf.py code."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Any]] = {"conf": directives.flag}

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        if name not in PRESETS:
            logger.warning(
                "factcheck-scale: no preset %r; known: %s",
                name,
                ", ".join(PRESETS),
                location=self.get_location(),
            )
            return []
        if "conf" in self.options:
            code = scale_as_conf(PRESETS[name])
            block = nodes.literal_block(code, code, language="python")
            return [
                nodes.container(
                    "",
                    nodes.caption("", "conf.py"),
                    block,
                    classes=["literal-block-wrapper"],
                    literal_block=True,
                )
            ]
        scale = parse_scale(PRESETS[name])
        rows = [
            (
                [verdict_badge(v)],
                [nodes.literal("", v.key)],
                [nodes.Text("unrated" if v.rating is None else str(v.rating))],
                [nodes.Text(v.colour)],
                [nodes.Text(v.description)],
            )
            for v in scale.verdicts
        ]
        return [
            make_table(
                ("Badge", "Key", "Rating", "Colour", "Description"),
                rows,
                (16, 16, 10, 12, 46),
                ["factcheck-scale"],
            )
        ]


class CssClasses(SphinxDirective):
    """Every ``fc-*`` class the shipped stylesheet styles."""

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(STYLESHEET))
        css = STYLESHEET.read_text(encoding="utf-8")
        classes = sorted(set(re.findall(r"\.(fc-[A-Za-z0-9_-]+)", css)))
        items = []
        for position, name in enumerate(classes):
            if position:
                items.append(nodes.Text(", "))
            items.append(nodes.literal("", f".{name}"))
        return [nodes.paragraph("", "", *items)]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the reference directives and the warning-subtype cross-reference role."""
    app.add_object_type(
        WARNING_OBJTYPE, WARNING_OBJTYPE, indextemplate="pair: %s; factcheck warning"
    )
    for name, directive in (
        ("factcheck-config", ConfigReference),
        ("factcheck-warnings", WarningCatalogue),
        ("factcheck-options", DirectiveOptions),
        ("factcheck-json-fields", JsonFields),
        ("factcheck-scale", ScaleTable),
        ("factcheck-css-classes", CssClasses),
        ("factcheck-command-help", CommandHelp),
    ):
        app.add_directive(name, directive)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
