"""What the factcheck directives share: lenient options and located checks."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any, ClassVar

from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from sphinx_factcheck.core.model import Location
from sphinx_factcheck.core.values import is_valid_id, parse_date, slugify, split_list, url_problem
from sphinx_factcheck.warning_types import Problem, warn


class LenientOptions(dict[str, Callable[[str], Any]]):
    """An option spec that accepts unknown options instead of dropping the directive.

    docutils (and MyST) discard a whole directive on an unknown option; a
    claim must never vanish for a typo, so unknown ones are kept as text and
    reported by :meth:`FactcheckDirective.report_unknown_options`.
    """

    def __missing__(self, key: str) -> Callable[[str], Any]:
        return directives.unchanged


class FactcheckDirective(SphinxDirective):
    """Base class with located warnings and value checks."""

    #: Options the directive accepts; values are text and never parsed as markup.
    known_options: ClassVar[tuple[str, ...]] = ()
    #: One line of help per option, for the generated reference. A subclass that
    #: gives it gets ``known_options`` from it, in the same order.
    option_docs: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "option_docs" in vars(cls):
            cls.known_options = tuple(cls.option_docs)
        cls.option_spec = LenientOptions(dict.fromkeys(cls.known_options, directives.unchanged))

    @property
    def rejected_values(self) -> list[str]:
        """``name=value`` of options whose values were refused, to show instead."""
        if not hasattr(self, "_rejected"):
            self._rejected: list[str] = []
        return self._rejected

    @property
    def here(self) -> Location:
        """This directive's document and line."""
        return Location(self.env.docname, self.lineno)

    @property
    def warn_location(self) -> tuple[str, int]:
        return (self.env.docname, self.lineno)

    def text_option(self, name: str) -> str | None:
        """An option's value as stripped text, or None when absent or empty."""
        value = self.options.get(name)
        if value is None:
            return None
        value = " ".join(str(value).split())
        return value or None

    def report_unknown_options(self) -> None:
        """Warn about options this directive does not know (their values are kept)."""
        for name in self.options:
            if name not in self.known_options:
                close = difflib.get_close_matches(name, self.known_options, n=1)
                hint = f"did you mean :{close[0]}:? " if close else ""
                warn(
                    Problem.bad_option,
                    f"{self.name}: unknown option :{name}:; {hint}known options: "
                    f"{', '.join(':' + o + ':' for o in self.known_options)}",
                    self.warn_location,
                )

    def date_option(self, name: str) -> str | None:
        """A ``YYYY-MM-DD`` option, or None with a ``bad_date`` warning."""
        value = self.text_option(name)
        if value is None:
            return None
        try:
            return parse_date(value).isoformat()
        except ValueError as error:
            warn(Problem.bad_date, f"{self.name}: :{name}: {error}", self.warn_location)
            self.rejected_values.append(f"{name}={value}")
            return None

    def url_option(self, name: str) -> str | None:
        """A URL option; unsafe ones are kept as text, with a ``bad_url`` warning."""
        value = self.text_option(name)
        if value is None:
            return None
        problem = url_problem(value)
        if problem:
            warn(
                Problem.bad_url,
                f"{self.name}: :{name}: {value!r} will not be a link: {problem}",
                self.warn_location,
            )
        return value

    def id_list_option(self, name: str) -> tuple[str, ...]:
        """A comma-separated list of ids; ids separated by spaces alone are split too,
        with a ``bad_option`` warning (an id never holds white space)."""
        items = split_list(self.text_option(name))
        if not any(" " in item for item in items):
            return items
        split = tuple(dict.fromkeys(part for item in items for part in item.split()))
        warn(
            Problem.bad_option,
            f"{self.name}: :{name}: separates ids with commas: write "
            f"{', '.join(split)!r}, not {self.text_option(name)!r}",
            self.warn_location,
        )
        return split

    def id_or_derived(self, text: str, taken: set[str]) -> tuple[str, bool]:
        """``:id:``, else an id slugged from ``text`` that ``taken`` does not hold yet.

        The flag says whether the id was derived.
        """
        explicit = self.id_option("id")
        if explicit:
            return explicit, False
        base = slugify(text)
        candidate, counter = base, 2
        while candidate in taken:
            candidate, counter = f"{base}-{counter}", counter + 1
        return candidate, True

    def occurrence_option(self) -> int | None:
        """``:occurrence: N``: which place of an ambiguous quote to anchor (1-based)."""
        value = self.text_option("occurrence")
        if value is None:
            return None
        if not (value.isascii() and value.isdecimal()) or int(value) < 1:
            warn(
                Problem.bad_option,
                f"{self.name}: :occurrence: {value!r} is not a whole "
                "number from 1; give which occurrence of the quote to highlight, e.g. 2",
                self.warn_location,
            )
            self.rejected_values.append(f"occurrence={value}")
            return None
        return int(value)

    def id_option(self, name: str, fallback: str | None = None) -> str | None:
        """An id option (or ``fallback``), checked for characters links can carry."""
        return self.id_value(self.text_option(name) or fallback)

    def id_value(self, value: str | None) -> str | None:
        """An id, checked for characters links can carry."""
        if value is not None and not is_valid_id(value):
            warn(
                Problem.bad_id,
                f"{self.name}: id {value!r} must start with a letter or "
                "digit and hold only letters, digits and - _ . :; until then it is left out of "
                "objects.inv",
                self.warn_location,
            )
        return value
