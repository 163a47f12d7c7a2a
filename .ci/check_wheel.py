"""Check that a built wheel carries the package's data files, not only its modules.

Usage: python .ci/check_wheel.py dist/sphinx_factcheck-*.whl

The wheel must hold the type marker, the stylesheet, the JSON schema, the message
catalogues (when the package has a ``locale`` folder) and every other file of the
package's source folder. Prints what is missing and exits 1, or prints one line and
exits 0.
"""

from __future__ import annotations

import sys
import zipfile
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sphinx_factcheck"
REQUIRED = (
    "sphinx_factcheck/py.typed",
    "sphinx_factcheck/html/static/factcheck.css",
    "sphinx_factcheck/schema/factcheck.schema.json",
)
CATALOGUES = "sphinx_factcheck/locale/*/LC_MESSAGES/*.mo"


def missing_from(names: set[str]) -> list[str]:
    """What the wheel whose member names are ``names`` lacks."""
    expected = set(REQUIRED)
    expected.update(
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    missing = sorted(expected - names)
    if (PACKAGE / "locale").is_dir() and not any(fnmatch(name, CATALOGUES) for name in names):
        missing.append(CATALOGUES)
    return missing


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write(__doc__.strip().splitlines()[2] + "\n")
        return 2
    with zipfile.ZipFile(argv[0]) as wheel:
        names = set(wheel.namelist())
    missing = missing_from(names)
    for name in missing:
        sys.stderr.write(f"{argv[0]}: missing {name}\n")
    if missing:
        return 1
    sys.stdout.write(f"{argv[0]}: {len(names)} files, the package's data files among them\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
