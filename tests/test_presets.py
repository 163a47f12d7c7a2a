"""The verdict presets are valid scales, ordered best first, and handed out as copies."""

from __future__ import annotations

import pytest

from sphinx_factcheck.core.scale import parse_scale
from sphinx_factcheck.presets import PRESETS, preset


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_each_preset_is_a_valid_scale(name: str) -> None:
    scale = parse_scale(preset(name))
    assert scale.keys == tuple(entry["key"] for entry in PRESETS[name])
    assert all(verdict.label and verdict.description for verdict in scale.verdicts)


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_rated_steps_run_best_to_worst(name: str) -> None:
    ratings = [v.rating for v in parse_scale(preset(name)).verdicts if v.rating is not None]
    assert ratings == sorted(ratings, reverse=True)
    assert len(set(ratings)) == len(ratings)


def test_the_named_presets_have_their_shape() -> None:
    six_step = parse_scale(preset("politifact-like"))
    assert len(six_step.verdicts) == 6
    assert (six_step.best_rating, six_step.worst_rating) == (6, 1)
    assert six_step.keys[-1] == "pants-on-fire"
    unrated = parse_scale(preset("fullfact-like"))
    assert unrated.best_rating is None
    assert "correct" in unrated.keys and "incorrect" in unrated.keys


def test_preset_returns_a_copy_the_caller_may_change() -> None:
    mine = preset("politifact-like")
    mine[0]["label"] = "Changed"
    assert preset("politifact-like")[0]["label"] == "True"


def test_an_unknown_preset_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="politifact-like, fullfact-like"):
        preset("snopes")
