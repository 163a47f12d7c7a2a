"""Rendering: nodes, badges, cards, the article view, reports and all post-transforms.

Directives emit cards and placeholders; the post-transforms of
:mod:`~sphinx_factcheck.rendering.transforms` fill the placeholders once the
whole project is read, with generic docutils nodes every builder writes. May
import ``core``, ``config``, ``store``, ``html`` and ``warning_types``.
"""
