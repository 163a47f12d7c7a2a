"""The package's floor plan: each folder imports only what its docstring allows."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import sphinx_factcheck

PACKAGE = Path(sphinx_factcheck.__file__).parent

#: folder -> the project modules it may import (prefixes), besides itself.
ALLOWED = {
    "core": (),
    "locale": (),
    "store": ("core", "config", "locale", "warning_types", "rendering.badges"),
    "html": ("core", "config", "store", "warning_types"),
    "outputs": ("__init__", "core", "config", "store", "html.json_ld"),
    "rendering": ("core", "config", "locale", "store", "html", "warning_types"),
    "directives": ("core", "config", "locale", "store", "rendering", "warning_types"),
    "cli": ("__init__", "core", "outputs"),
}


def _project_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(name for name in names if name.split(".")[0] == "sphinx_factcheck")
    return found


@pytest.mark.parametrize("folder", sorted(ALLOWED))
def test_each_folder_imports_only_what_it_may(folder: str) -> None:
    allowed = (folder, *ALLOWED[folder])
    offending = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for module in _project_imports(path):
            inside = module.removeprefix("sphinx_factcheck").removeprefix(".") or "__init__"
            if not any(inside == ok or inside.startswith(ok + ".") for ok in allowed):
                offending.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offending == []


def test_the_core_imports_neither_sphinx_nor_docutils() -> None:
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [alias.name for alias in node.names]
                )
                assert not any(n.split(".")[0] in {"sphinx", "docutils"} for n in names), path


def test_every_folder_says_what_lives_there() -> None:
    for folder in ALLOWED:
        module = importlib.import_module(f"sphinx_factcheck.{folder}")
        assert module.__doc__ and len(module.__doc__.split()) > 10, folder


def test_the_package_ships_its_type_marker() -> None:
    assert (PACKAGE / "py.typed").is_file()
