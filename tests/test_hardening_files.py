"""Issue 13, cases 5-8, 16, 17 and the file bounds: article and claim-import files that
are hostile, odd or absent never abort the build; each gives one located warning."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from sphinx_factcheck.core.decoding import DecodingError, decode_text

from .conftest import warnings_of
from .hardening_support import assert_one_warning, minimal_export, write_project

ARTICLE = "Kim said 100 tanks were sent.\n\nPutin agreed on Monday.\n"


def _html(app) -> str:
    return (Path(app.outdir) / "index.html").read_text(encoding="utf-8")


# -- case 5: NUL bytes in paths ---------------------------------------------------------


@pytest.mark.parametrize(
    ("directive", "subtype"), [("article", "article_missing"), ("claim-import", "import_failed")]
)
def test_nul_byte_in_a_path_is_a_warning(make_app, tmp_path, directive, subtype) -> None:
    """Issue 13 case 5: a NUL byte in a reST path warns instead of aborting."""
    srcdir = write_project(
        tmp_path / "p", {"index.rst": f"Title\n=====\n\n.. {directive}:: a\x00b.txt\n\nAfter.\n"}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert_one_warning(app, subtype, "index.rst:4", "NUL byte")
    assert "After." in _html(app)


# -- case 6: encodings that cannot be used -----------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "data", "expected"),
    [
        ("utf-16", "Kim said".encode("utf-16-le"), "no UTF-16 byte-order mark"),
        ("klingon", b"Kim said", "unknown encoding 'klingon'"),
        (
            "utf-8",
            "Kim said caf\u00e9".encode("latin-1"),
            "give the file's encoding with :encoding:",
        ),
    ],
)
def test_unusable_encoding_is_a_warning(make_app, tmp_path, encoding, data, expected) -> None:
    """Issue 13 case 6: utf-16 without BOM or an unknown encoding name warns."""
    srcdir = write_project(
        tmp_path / "p",
        {"index.md": f"# T\n\n```{{article}} a.txt\n:encoding: {encoding}\n```\n", "a.txt": data},
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert_one_warning(app, "article_missing", "index.md:3", "cannot read 'a.txt'", expected)


# -- case 7: deeply nested JSON ------------------------------------------------------------


def test_deeply_nested_import_is_a_warning(make_app, tmp_path) -> None:
    """Issue 13 case 7: 1,500 levels of nesting in claim-import's JSON warn."""
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.md": "# T\n\n```{claim-import} deep.json\n```\n\nAfter.\n",
            "deep.json": "[" * 1500 + "]" * 1500,
        },
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert_one_warning(app, "import_failed", "index.md:3", "deep.json", "nests")
    assert "After." in _html(app)


# -- case 8 and the bounds: non-regular files, files outside, files too large -------------


@pytest.mark.parametrize(
    ("directive", "subtype"), [("article", "article_missing"), ("claim-import", "import_failed")]
)
def test_dev_zero_is_refused_as_outside_the_project(make_app, tmp_path, directive, subtype) -> None:
    """Issue 13 case 8: /dev/zero is never read (it is outside the source folder)."""
    up = "../" * 12
    srcdir = write_project(
        tmp_path / "p", {"index.md": f"# T\n\n```{{{directive}}} {up}dev/zero\n```\n"}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert_one_warning(
        app, subtype, "index.md:3", "outside the project's source folder", "factcheck_allowed_paths"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_allowed_is_still_not_a_regular_file(make_app, tmp_path) -> None:
    """Issue 13 case 8: even in an allowed folder, a device is refused unread."""
    srcdir = write_project(
        tmp_path / "p",
        {"index.md": "# T\n\n```{article} ../../../../../../../dev/zero\n```\n"},
        conf='factcheck_allowed_paths = ["/dev"]\n',
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert_one_warning(app, "article_missing", "index.md:3", "is not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_not_read(make_app, tmp_path) -> None:
    """Issue 13 case 8: a FIFO inside the project is refused without blocking."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": "# T\n\n```{claim-import} pipe.json\n```\n"}
    )
    os.mkfifo(srcdir / "pipe.json")
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert_one_warning(app, "import_failed", "index.md:3", "is not a regular file")


def test_a_file_over_the_size_limit_is_refused(make_app, tmp_path) -> None:
    """Issue 13 bounds: factcheck_max_file_size refuses larger files with a clear warning."""
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.md": "# T\n\n```{article} a.txt\n```\n\n```{claim-import} big.json\n```\n",
            "a.txt": "x" * 200,
            "big.json": json.dumps(minimal_export()) + " " * 2000,
        },
        conf="factcheck_max_file_size = 100\n",
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    lines = warnings_of(app)
    assert len(lines) == 2, lines
    assert (
        "index.md:3: WARNING: article: cannot read 'a.txt': a.txt is larger than "
        "factcheck_max_file_size (100 bytes; this file has 200" in lines[0]
    )
    assert lines[0].endswith("[factcheck.article_missing]")
    assert "index.md:6: WARNING:" in lines[1] and "larger than factcheck_max_file_size" in lines[1]
    assert lines[1].endswith("[factcheck.import_failed]")


def test_the_default_size_limit_is_twenty_megabytes(make_app, tmp_path) -> None:
    """Issue 13 bounds: the default limit is 20 MB."""
    srcdir = write_project(tmp_path / "p", {"index.md": "# T\n"})
    app = make_app("html", srcdir=srcdir)
    assert app.config.factcheck_max_file_size == 20_000_000


def test_files_outside_the_source_folder_need_allowing(make_app, tmp_path) -> None:
    """Issue 13 confinement: ../ leaves the source folder only when configured."""
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    index = "# T\n\n```{article} ../shared/a.txt\n:id: a\n```\n"
    refused = make_app("html", srcdir=write_project(tmp_path / "p", {"index.md": index}))
    refused.build()
    assert_one_warning(refused, "article_missing", "index.md:3", "../shared/a.txt is outside")
    refused.cleanup()
    allowed = make_app(
        "html",
        srcdir=write_project(
            tmp_path / "q", {"index.md": index}, conf='factcheck_allowed_paths = ["../shared"]\n'
        ),
    )
    allowed.build()
    assert warnings_of(allowed) == []
    assert "Kim said 100 tanks were sent." in _html(allowed)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_symlink_out_of_the_project_is_refused(make_app, tmp_path) -> None:
    """Issue 13 confinement: a link inside the project cannot reach outside it."""
    (tmp_path / "secret.txt").write_text("TOPSECRETTEXT", encoding="utf-8")
    srcdir = write_project(tmp_path / "p", {"index.md": "# T\n\n```{article} a.txt\n```\n"})
    (srcdir / "a.txt").symlink_to(tmp_path / "secret.txt")
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert_one_warning(app, "article_missing", "index.md:3", "outside")
    assert "TOPSECRETTEXT" not in _html(app)


# -- case 16: a restored file with an older modification time ------------------------------


def test_an_import_restored_with_an_older_mtime_refreshes_the_page(make_app, tmp_path) -> None:
    """Issue 13 case 16: the importing page follows the file's content, not its mtime."""
    srcdir = write_project(
        tmp_path / "p",
        {
            "index.md": "# T\n\n```{claim-import} other.json\n:prefix: o:\n```\n",
            "other.json": json.dumps(minimal_export(statement="The first statement.")),
        },
    )
    first = make_app("html", srcdir=srcdir)
    first.build()
    assert warnings_of(first) == []
    assert "The first statement." in _html(first)
    first.cleanup()
    other = srcdir / "other.json"
    other.write_text(
        json.dumps(minimal_export(statement="The restored statement.")), encoding="utf-8"
    )
    past = time.time() - 10 * 24 * 3600
    os.utime(other, (past, past))
    second = make_app("html", srcdir=srcdir)
    second.build()
    assert "The restored statement." in _html(second)
    assert warnings_of(second) == []


def test_an_article_restored_with_an_older_mtime_refreshes_the_page(make_app, tmp_path) -> None:
    """Issue 13 case 16: the same holds for an article file."""
    srcdir = write_project(
        tmp_path / "p", {"index.md": "# T\n\n```{article} a.txt\n```\n", "a.txt": "The old text.\n"}
    )
    first = make_app("html", srcdir=srcdir)
    first.build()
    first.cleanup()
    (srcdir / "a.txt").write_text("The restored text.\n", encoding="utf-8")
    past = time.time() - 10 * 24 * 3600
    os.utime(srcdir / "a.txt", (past, past))
    second = make_app("html", srcdir=srcdir)
    second.build()
    assert "The restored text." in _html(second)


# -- case 17: encodings that work, or say what to do ---------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(make_app, tmp_path, codec) -> None:
    """Issue 13 case 17: a UTF-16/32 file with a byte-order mark reads without options."""
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    srcdir = write_project(
        tmp_path / "p", {"index.md": "# T\n\n```{article} a.txt\n```\n", "a.txt": data}
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    assert "Kim said 100 tanks were sent." in _html(app)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_western_single_byte_texts_are_detected_with_a_note(make_app, tmp_path, codec) -> None:
    """Issue 13 case 17: latin-1/cp1252 without :encoding: are read, with a note that
    names the encoding found and the option to state it."""
    text = (
        "\u201cThe caf\u00e9 is closed,\u201d Kim said \u2013 on Monday.\n"
        if codec == "cp1252"
        else "Kim said the caf\u00e9 in P\u00e9cs was na\u00efve.\n"
    )
    srcdir = write_project(
        tmp_path / "p",
        {"index.md": "# T\n\n```{article} a.txt\n```\n", "a.txt": text.encode(codec)},
    )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    assert text.strip() in _html(app).replace("&#8220;", "\u201c")
    note = app.status.getvalue()
    assert (
        "index.md:3: article: a.txt is not utf-8-sig text; read it as cp1252 "
        "(give :encoding: cp1252 to say so)" in note
    )


def test_decoding_core() -> None:
    """Issue 13 cases 6 and 17, without Sphinx: marks, defaults, detection, refusals."""
    assert decode_text("\ufeffabc".encode("utf-16-le"), None).text == "abc"
    assert decode_text("abc".encode("utf-8-sig"), None).text == "abc"
    assert decode_text(b"abc", None).detected is False
    with pytest.raises(DecodingError, match="binary"):
        decode_text(b"\x00\x01\x02\xff\xfe\x00", None)
    with pytest.raises(DecodingError, match="byte-order mark"):
        decode_text("abc".encode("utf-16-be"), "UTF-16")
