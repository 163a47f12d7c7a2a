"""Configuration values: declared once, registered in a loop, validated at config-inited."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sphinx_factcheck.core.scale import (
    DEFAULT_STATUSES,
    DEFAULT_VERDICTS,
    Scale,
    parse_scale,
    parse_statuses,
)
from sphinx_factcheck.core.values import url_problem
from sphinx_factcheck.core.workflow import DEFAULT_REQUIRE, REQUIRABLE_FIELDS
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: The default bound on the size of an article or import file, in bytes.
DEFAULT_MAX_FILE_SIZE = 20_000_000


def _as_list(value: Any, example: str) -> list[Any]:
    """A list of the entries of ``value``: a generator is read once, a dict or text refused."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ValueError(f"give a list, e.g. {example}; got {type(value).__name__} {_shown(value)}")
    return list(value)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _check_verdicts(value: Any) -> Any:
    entries = _as_list(value, "[{'key': 'true', 'label': 'True', 'colour': 'success'}, ...]")
    parse_scale(entries)
    return [dict(entry) for entry in entries]


def _check_statuses(value: Any) -> Any:
    return list(parse_statuses(_as_list(value, "['unchecked', 'in-progress', 'done']")))


def _check_publisher(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        return {"name": value.strip()}  # the common shorthand: just the name
    if not isinstance(value, Mapping) or not isinstance(value.get("name"), str):
        raise ValueError(
            "give a dict with a 'name' and optionally a 'url', "
            "e.g. {'name': 'Example Checks', 'url': 'https://example.org'}"
        )
    unknown = set(value) - {"name", "url", "logo"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: name, url, logo")
    for key in ("url", "logo"):
        if value.get(key) is not None:
            problem = url_problem(str(value[key]))
            if problem or not str(value[key]).startswith(("http://", "https://")):
                raise ValueError(f"'{key}' must be an absolute http(s) URL")
    return dict(value)


def _check_require(value: Any) -> Any:
    fields = _as_list(value, "['verdict', 'sources']")
    unknown = [field for field in fields if field not in REQUIRABLE_FIELDS]
    if unknown:
        raise ValueError(f"unknown fields {unknown}; choose from {', '.join(REQUIRABLE_FIELDS)}")
    return fields


def _check_threshold(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise ValueError("give a number from 0 to 100")
    return value


def _check_bool(value: Any) -> Any:
    if not isinstance(value, bool):
        raise ValueError("give True or False")
    return value


def _check_optional_path(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        raise ValueError("give a path relative to the configuration folder, or None")
    return value


def _check_size(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("give a whole number of bytes, e.g. 20_000_000")
    return value


def _check_paths(value: Any) -> Any:
    paths = _as_list(value, "['../shared']")
    if not all(isinstance(path, str) and path.strip() and "\x00" not in path for path in paths):
        raise ValueError("give folder paths as text, e.g. ['../shared']")
    return paths


def _check_language(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError("give a language code such as 'en', or None for Sphinx's language")
    return value


#: Who a build is for: the desk sees the workflow, the public only finished checks.
AUDIENCES = ("desk", "public")


def _check_audience(value: Any) -> Any:
    if value not in AUDIENCES:
        raise ValueError(f"give one of {', '.join(repr(a) for a in AUDIENCES)}")
    return value


@dataclass(frozen=True)
class ConfigValue:
    """One ``conf.py`` setting: its name, default, validator and help text."""

    name: str
    default: Any
    check: Callable[[Any], Any]
    help: str
    rebuild: str = "env"


CONFIG_VALUES: tuple[ConfigValue, ...] = (
    ConfigValue(
        "factcheck_verdicts",
        [dict(v) for v in DEFAULT_VERDICTS],
        _check_verdicts,
        "The ordered rating scale, best first. Each entry is a dict with ``key``, "
        "``label``, ``colour`` (a sphinx-design colour), ``description`` and "
        "``rating`` (a whole number, or None for unrated verdicts).",
    ),
    ConfigValue(
        "factcheck_statuses",
        list(DEFAULT_STATUSES),
        _check_statuses,
        "The workflow, first to last. A claim without a verdict gets the first "
        "status, a claim with one the last, unless ``:status:`` says otherwise.",
    ),
    ConfigValue(
        "factcheck_publisher",
        None,
        _check_publisher,
        "The fact-checking organisation: ``{'name': ..., 'url': ...}``; the "
        "``author`` of ClaimReview markup. A plain string is read as the name.",
    ),
    ConfigValue(
        "factcheck_require",
        list(DEFAULT_REQUIRE),
        _check_require,
        "Fields a claim must have once its status is the last one (``done``): "
        f"any of {', '.join(REQUIRABLE_FIELDS)}.",
    ),
    ConfigValue(
        "factcheck_quote_threshold",
        80,
        _check_threshold,
        "The fuzzy-match score (0-100) under which a ``:quote:`` counts as not "
        "found in its article.",
    ),
    ConfigValue(
        "factcheck_language",
        None,
        _check_language,
        "The language of the articles (a code such as ``en``, ``de`` or ``ar``), for "
        "sentence segmentation and for the ``lang`` and ``dir`` of the article text. "
        "When None, Sphinx's ``language`` (else ``en``). The extension's labels "
        "follow Sphinx's ``language``.",
    ),
    ConfigValue(
        "factcheck_audience",
        "desk",
        _check_audience,
        "Who the build is for. ``'desk'`` (the default) shows the workflow: "
        "statuses, ids, coverage, desk notes and verdicts not yet published, "
        "marked as such. ``'public'`` shows readers only finished checks: a "
        "verdict appears once its claim reaches the last status, and the desk's "
        "internals are left out. Publish with ``-D factcheck_audience=public``.",
    ),
    ConfigValue(
        "factcheck_published_json",
        None,
        _check_optional_path,
        "The ``factcheck.json`` of the last published build, kept by the desk, as "
        "a path relative to the configuration folder (e.g. "
        "``'published/factcheck.json'``). A published verdict that changed without a "
        "``correction`` naming the earlier verdict warns ``uncorrected_change``; a "
        "published claim that disappeared or is no longer finished warns "
        "``withdrawn_claim``.",
    ),
    ConfigValue(
        "factcheck_max_file_size",
        DEFAULT_MAX_FILE_SIZE,
        _check_size,
        "The largest article or ``claim-import`` file read, in bytes; a larger "
        "one is refused with a warning.",
    ),
    ConfigValue(
        "factcheck_allowed_paths",
        [],
        _check_paths,
        "Folders outside the source folder that ``article`` and ``claim-import`` "
        "may read from, relative to the source folder (e.g. ``['../summit/_build']``"
        "). By default only files inside the source folder are read.",
    ),
    ConfigValue(
        "factcheck_json",
        True,
        _check_bool,
        "Write ``factcheck.json`` to the output folder.",
        rebuild="",
    ),
    ConfigValue(
        "factcheck_claimreview",
        True,
        _check_bool,
        "Embed schema.org ClaimReview JSON-LD in HTML pages.",
        rebuild="html",
    ),
)


def validate_config(app: Sphinx, config: Config) -> None:
    """Replace each invalid value by its default, with a warning that says why."""
    for value in CONFIG_VALUES:
        current = getattr(config, value.name)
        try:
            setattr(config, value.name, value.check(current))
        except (ValueError, TypeError) as error:
            warn(
                Problem.bad_config,
                f"{value.name} is not valid: {error}; using the default instead",
                None,
            )
            setattr(config, value.name, value.default)
    if config.factcheck_language is None:
        config.factcheck_language = config.language or "en"


def scale_of(config: Config) -> Scale:
    """The project's verdict scale (validated at config-inited).

    Every badge asks for it: the last setting seen is compared as it is (a
    copy, so a change in place is noticed) before it is serialised.
    """
    verdicts = config.factcheck_verdicts
    if _last_scale and _last_scale[0][0] == verdicts:
        return _last_scale[0][1]
    scale = _parsed_scale(json.dumps(verdicts, sort_keys=True))
    _last_scale[:] = [(copy.deepcopy(verdicts), scale)]
    return scale


#: The last ``factcheck_verdicts`` parsed (a copy) and its scale.
_last_scale: list[tuple[Any, Scale]] = []


@lru_cache(maxsize=8)
def _parsed_scale(verdicts_json: str) -> Scale:
    """Parse a scale once: every badge on every page asks for it."""
    return parse_scale(json.loads(verdicts_json))


def statuses_of(config: Config) -> tuple[str, ...]:
    """The project's workflow statuses (validated at config-inited)."""
    return tuple(config.factcheck_statuses)


def is_public(config: Config) -> bool:
    """Whether this build is the public one (``factcheck_audience = "public"``)."""
    return bool(config.factcheck_audience == "public")
