"""The verdict scale and the workflow statuses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

#: Colours sphinx-design provides for badges (``sd-bg-<colour>``).
DESIGN_COLOURS = (
    "primary",
    "secondary",
    "success",
    "info",
    "warning",
    "danger",
    "light",
    "muted",
    "dark",
    "white",
    "black",
)


@dataclass(frozen=True)
class Verdict:
    """One step of the rating scale; ``rating`` is None for unrated verdicts."""

    key: str
    label: str
    colour: str
    description: str = ""
    rating: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """The verdict as it appears in ``factcheck.json``."""
        return {
            "key": self.key,
            "label": self.label,
            "colour": self.colour,
            "description": self.description,
            "rating": self.rating,
        }


DEFAULT_VERDICTS: tuple[dict[str, Any], ...] = (
    {
        "key": "true",
        "label": "True",
        "colour": "success",
        "rating": 5,
        "description": "Accurate, with nothing significant missing.",
    },
    {
        "key": "mostly-true",
        "label": "Mostly true",
        "colour": "info",
        "rating": 4,
        "description": "Accurate, but needs clarification or extra context.",
    },
    {
        "key": "mixed",
        "label": "Mixed",
        "colour": "secondary",
        "rating": 3,
        "description": "Partly accurate, partly not.",
    },
    {
        "key": "misleading",
        "label": "Misleading",
        "colour": "warning",
        "rating": 2,
        "description": "Contains some truth but leaves a false impression.",
    },
    {
        "key": "false",
        "label": "False",
        "colour": "danger",
        "rating": 1,
        "description": "Not accurate.",
    },
    {
        "key": "unproven",
        "label": "Unproven",
        "colour": "muted",
        "rating": None,
        "description": "The public record that could be reached does not settle it.",
    },
    {
        "key": "opinion",
        "label": "Opinion",
        "colour": "dark",
        "rating": None,
        "description": "A view, forecast or judgement, not a checkable fact.",
    },
)

DEFAULT_STATUSES: tuple[str, ...] = ("unchecked", "in-progress", "review", "done")


@dataclass(frozen=True)
class Scale:
    """The ordered verdicts of a project, best first."""

    verdicts: tuple[Verdict, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        """Verdict keys in scale order."""
        return tuple(v.key for v in self.verdicts)

    def get(self, key: str) -> Verdict | None:
        """The verdict with this key, or None."""
        for verdict in self.verdicts:
            if verdict.key == key:
                return verdict
        return None

    @property
    def worst_first(self) -> tuple[str, ...]:
        """Verdict keys from the worst rating up; verdicts without a rating after them."""
        rated = sorted(
            (v for v in self.verdicts if v.rating is not None), key=lambda v: v.rating or 0
        )
        return tuple(v.key for v in rated) + tuple(v.key for v in self.verdicts if v.rating is None)

    @property
    def top(self) -> str | None:
        """The key of the best-rated verdict (the top of the scale), if any rating exists."""
        rated = [v for v in self.verdicts if v.rating is not None]
        return max(rated, key=lambda v: v.rating or 0).key if rated else None

    @property
    def best_rating(self) -> int | None:
        """The highest numeric rating on the scale."""
        ratings = [v.rating for v in self.verdicts if v.rating is not None]
        return max(ratings) if ratings else None

    @property
    def worst_rating(self) -> int | None:
        """The lowest numeric rating on the scale."""
        ratings = [v.rating for v in self.verdicts if v.rating is not None]
        return min(ratings) if ratings else None


def verdict_meant(scale: Scale, written: str) -> str | None:
    """The key ``written`` unambiguously means when it is not a key: the key or a label
    in another case or spacing (``True``, ``Mostly true``), else None."""

    def folded(text: str) -> str:
        return "-".join(text.casefold().split())

    wanted = folded(written)
    keys = {
        verdict.key
        for verdict in scale.verdicts
        if wanted in (folded(verdict.key), folded(verdict.label))
    }
    return keys.pop() if len(keys) == 1 else None


def parse_scale(entries: Iterable[Mapping[str, Any]]) -> Scale:
    """Build a :class:`Scale` from config entries, raising ValueError on bad input."""
    verdicts: list[Verdict] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            raise ValueError(
                f"entry {position} is {entry!r} ({type(entry).__name__}); each "
                "entry must be a dict such as {'key': 'true', 'label': 'True'}"
            )
        unknown = set(entry) - {"key", "label", "colour", "color", "description", "rating"}
        if unknown:
            raise ValueError(
                f"entry {position} has unknown fields {sorted(unknown)}; "
                "allowed: key, label, colour, description, rating"
            )
        key = entry.get("key")
        if not isinstance(key, str) or not key.strip() or any(c.isspace() or c == "," for c in key):
            raise ValueError(
                f"entry {position} needs a 'key': a non-empty word without "
                "spaces or commas, e.g. 'mostly-true'"
            )
        if key in seen:
            raise ValueError(f"verdict key {key!r} appears twice")
        if key == "none":
            raise ValueError(
                "'none' cannot be a verdict key: filters use it for claims without a verdict"
            )
        seen.add(key)
        colour = entry.get("colour", entry.get("color", "secondary"))
        if colour not in DESIGN_COLOURS:
            raise ValueError(
                f"verdict {key!r}: colour {colour!r} is not a sphinx-design "
                f"colour; use one of {', '.join(DESIGN_COLOURS)}"
            )
        rating = entry.get("rating")
        if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int)):
            raise ValueError(
                f"verdict {key!r}: rating must be a whole number or None, not {rating!r}"
            )
        label = entry.get("label", key)
        description = entry.get("description", "")
        if not isinstance(label, str) or not isinstance(description, str):
            raise ValueError(f"verdict {key!r}: label and description must be text")
        verdicts.append(Verdict(key, label, colour, description, rating))
    if not verdicts:
        raise ValueError("the scale needs at least one verdict")
    return Scale(tuple(verdicts))


def parse_statuses(entries: Iterable[Any]) -> tuple[str, ...]:
    """Validate the workflow statuses, first (no verdict yet) to last (done)."""
    statuses = tuple(entries)
    if len(statuses) < 2:
        raise ValueError(
            "the workflow needs at least two statuses: a first (unchecked) and a last (done)"
        )
    for status in statuses:
        if not isinstance(status, str) or not status.strip() or any(c.isspace() for c in status):
            raise ValueError(f"status {status!r} must be a non-empty word without spaces")
    if len(set(statuses)) != len(statuses):
        raise ValueError("a status appears twice")
    return statuses
