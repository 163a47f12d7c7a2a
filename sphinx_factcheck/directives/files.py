"""Reading the files ``article`` and ``claim-import`` name: confined, bounded, decoded.

A path may only reach into the project's source folder (or a folder listed in
``factcheck_allowed_paths``), must name a regular file no larger than
``factcheck_max_file_size``, and must decode as text; any failure is a
:class:`FileRefusedError` whose message says what to do, never an exception that
aborts the build.
"""

from __future__ import annotations

import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_factcheck.core.decoding import DecodingError, decode_text
from sphinx_factcheck.store.freshness import file_digest

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


class FileRefusedError(Exception):
    """The file cannot be used; the message says why, naming the path tried."""

    def __init__(self, message: str, *, missing: bool = False) -> None:
        super().__init__(message)
        #: True when there is no such file (as opposed to one that may not be read).
        self.missing = missing


@dataclass(frozen=True)
class ProjectFile:
    """A file read for a directive: its text, where it is, and a digest of its bytes."""

    text: str
    relative: str
    absolute: str
    digest: str
    #: The encoding charset-normalizer found, when no encoding was given.
    detected_encoding: str | None = None


def locate(env: BuildEnvironment, argument: str) -> tuple[str, str]:
    """``(relative, absolute)`` paths of a directive's file argument.

    Raises :class:`FileRefusedError` for paths no file system accepts (NUL or other
    control characters).
    """
    if any(unicodedata.category(c) == "Cc" for c in argument):
        raise FileRefusedError(
            f"the path {argument!r} holds a NUL byte or another control "
            "character; give a plain file name"
        )
    return env.relfn2path(argument)


def read_bytes(env: BuildEnvironment, relative: str, absolute: str) -> bytes:
    """The bytes of a confined, regular, not too large file."""
    try:
        resolved = Path(absolute).resolve()
    except (OSError, RuntimeError, ValueError) as error:
        raise FileRefusedError(f"the path {relative} cannot be resolved ({error})") from None
    allowed = allowed_folders(env)
    if not any(resolved.is_relative_to(folder) for folder in allowed):
        raise FileRefusedError(
            f"{relative} is outside the project's source folder; list its "
            "folder in factcheck_allowed_paths in conf.py to read it"
        )
    limit: int = env.config.factcheck_max_file_size
    try:
        status = resolved.stat()
        if not stat.S_ISREG(status.st_mode):
            raise FileRefusedError(f"{relative} is not a regular file; give a text file")
        if status.st_size > limit:
            raise FileRefusedError(_too_large(relative, status.st_size, limit))
        with resolved.open("rb") as stream:
            data = stream.read(limit + 1)  # a file that grows while read stays bounded
    except FileNotFoundError:
        raise FileRefusedError(
            f"tried {absolute} (No such file or directory)", missing=True
        ) from None
    except OSError as error:
        raise FileRefusedError(f"tried {absolute} ({error.strerror or error})") from None
    if len(data) > limit:
        raise FileRefusedError(_too_large(relative, len(data), limit))
    return data


def read_project_file(
    env: BuildEnvironment, relative: str, absolute: str, encoding: str | None = None
) -> ProjectFile:
    """Read and decode a file :func:`locate` found; ``encoding`` None means detect it."""
    data = read_bytes(env, relative, absolute)
    default = env.config.source_encoding or "utf-8-sig"
    try:
        decoded = decode_text(data, encoding, default=default)
    except DecodingError as error:
        raise FileRefusedError(str(error)) from None
    return ProjectFile(
        decoded.text,
        relative,
        absolute,
        file_digest(data),
        decoded.encoding if decoded.detected else None,
    )


def allowed_folders(env: BuildEnvironment) -> list[Path]:
    """The source folder and the folders ``factcheck_allowed_paths`` lists (relative to it)."""
    srcdir = Path(env.srcdir)
    return [
        srcdir.resolve(),
        *((srcdir / folder).resolve() for folder in env.config.factcheck_allowed_paths),
    ]


def _too_large(relative: str, size: int, limit: int) -> str:
    return (
        f"{relative} is larger than factcheck_max_file_size ({limit:,} bytes; this file "
        f"has {size:,} or more); raise the limit in conf.py if the file is meant"
    )
