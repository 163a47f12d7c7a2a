"""The JSON Schema of ``factcheck.json``, shipped in the package, and validation against it."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator

#: Where the schema lives inside the package.
SCHEMA_RESOURCE = ("sphinx_factcheck", "schema/factcheck.schema.json")


@cache
def load_schema() -> dict[str, Any]:
    """The draft 2020-12 schema of ``factcheck.json``."""
    package, name = SCHEMA_RESOURCE
    text = files(package).joinpath(name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def export_problems(export: Any, limit: int = 5) -> list[str]:
    """Why ``export`` is not a valid ``factcheck.json``: at most ``limit`` messages.

    Each message names the place in the document (``claims/3/verdict``) and
    what is wrong there; an empty list means the export is valid.
    """
    validator = Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(export), key=lambda e: list(map(str, e.absolute_path)))
    messages: list[str] = []
    for error in errors:
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [name for name in error.validator_value if name not in error.instance]
            message = f"lacks {', '.join(missing)}"
        else:
            message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
        if f"{where}: {message}" not in messages:
            messages.append(f"{where}: {message}")
    return messages[:limit]
