"""Issue 13, the ``status`` cases 4, 7, 9, 14, 19 and 20: whatever a project or an
export holds, ``status`` prints it inert, counts it right and fails in one line."""

from __future__ import annotations

import json
from pathlib import Path

from sphinx_factcheck.core.terminal import json_safe, terminal_safe

from .hardening_support import minimal_export, write_project
from .test_cli import assert_one_line_error, run_cli

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31mKim said\u202e."


def _export_file(folder: Path, export: dict[str, object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "factcheck.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def _unchecked(export: dict[str, object]) -> dict[str, object]:
    claim = export["claims"][0]  # type: ignore[index]
    claim.update(verdict=None, status="unchecked")
    export["summary"] = {
        "claims": 1,
        "with_verdict": 0,
        "by_verdict": {"true": 0, "none": 1},
        "by_status": {"unchecked": 1, "done": 0},
    }
    return export


def test_status_shows_control_characters_as_escapes(tmp_path) -> None:
    """Issue 13 case 4: escape sequences in claim text are shown, not obeyed."""
    export = _unchecked(minimal_export("c1", HOSTILE))
    export["project"] = {"name": "\x1b[31mRed", "version": ""}
    path = _export_file(tmp_path, export)
    for args in ((), ("--json",)):
        result = run_cli("status", path, *args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        for character in ("\x1b", "\x07", "\x9b", "\u202e"):
            assert character not in result.stdout, (args, character)
    text = run_cli("status", path, cwd=tmp_path).stdout
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31mKim said\\u202e." in text
    data = json.loads(run_cli("status", path, "--json", cwd=tmp_path).stdout)
    assert data["unchecked"][0]["statement"] == HOSTILE  # the JSON still says it exactly


def test_status_on_deeply_nested_json_is_one_line(tmp_path) -> None:
    """Issue 13 case 7: 1,500 levels of nesting: one line and exit 2, no traceback."""
    path = tmp_path / "deep.json"
    path.write_text("[" * 1500 + "]" * 1500, encoding="utf-8")
    assert_one_line_error(run_cli("status", path, cwd=tmp_path), 2, "deep.json")
    nested = {"claims": [{"id": "x", "n": json.loads("[" * 900 + "]" * 900)}]}
    path.write_text(json.dumps(nested), encoding="utf-8")
    assert_one_line_error(run_cli("status", path, cwd=tmp_path), 2, "deep.json")


def test_status_on_a_project_whose_build_raises_is_one_line(tmp_path) -> None:
    """Issue 13 case 9: an extension that raises during the build: one line, exit 2."""
    project = write_project(
        tmp_path / "p",
        {
            "index.md": "# T\n",
            "boom.py": "def setup(app):\n    app.connect('env-updated', fail)\n\n\n"
            "def fail(app, env):\n    raise RuntimeError('boom in the build')\n",
        },
        conf="import sys, os\nsys.path.insert(0, os.path.dirname(__file__))\n"
        'extensions.append("boom")\n',
    )
    result = run_cli("status", project, cwd=tmp_path)
    assert_one_line_error(result, 2, "cannot build", "boom.py:6:", "boom in the build")


def test_status_on_a_failing_conf_names_file_line_and_error(tmp_path) -> None:
    """Issue 13 case 19: a failing conf.py: its file, line and the error's last line."""
    project = write_project(
        tmp_path / "p", {"index.md": "# T\n"}, conf="\nvalue = undefined_name + 1\n"
    )
    result = run_cli("status", project, cwd=tmp_path)
    assert_one_line_error(result, 2, "conf.py:4: NameError: name 'undefined_name' is not defined")
    assert "Traceback" not in result.stderr and "programmable" not in result.stderr
    (project / "conf.py").write_text("project = (\n", encoding="utf-8")
    result = run_cli("status", project, cwd=tmp_path)
    assert_one_line_error(result, 2, "conf.py:1: SyntaxError:")


def test_status_counts_a_repeated_scale_key_once(tmp_path) -> None:
    """Issue 13 case 14: a schema-valid export whose scale repeats a key."""
    export = minimal_export()
    export["scale"] = export["scale"] * 2  # type: ignore[operator]
    export["claims"] = [
        *export["claims"],  # type: ignore[misc]
        {**export["claims"][0], "id": "c2"},
    ]  # type: ignore[index]
    export["summary"] = {
        "claims": 2,
        "with_verdict": 2,
        "by_verdict": {"true": 2, "none": 0},
        "by_status": {"unchecked": 0, "done": 2},
    }
    path = _export_file(tmp_path, export)
    result = run_cli("status", path, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["claims"], report["with_verdict"]) == (2, 2)
    assert report["by_verdict"] == {"true": 2, "none": 0}
    text = run_cli("status", path, cwd=tmp_path).stdout
    assert "2 claims: 2 with a verdict" in text


def test_status_names_the_source_file_of_each_location(tmp_path) -> None:
    """Issue 13 case 20: locations read claims.md:3, not claims:3."""
    project = write_project(
        tmp_path / "p",
        {
            "index.md": "# T\n\n```{toctree}\nclaims\n```\n",
            "claims.md": "# Claims\n\n```{claim} Kim said so.\n:id: c1\n```\n",
        },
    )
    result = run_cli("status", project, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "  claims.md:3  c1: Kim said so." in result.stdout


def test_terminal_safe_escapes_controls_and_keeps_the_rest() -> None:
    """Issue 13 case 4, without Sphinx: C0, C1, DEL and bidi controls become escapes."""
    assert (
        terminal_safe("a\nb\tc\x1b[2J\x9b\x7f\u202e\u2066 é 中 👍")
        == "a\\nb\\tc\\x1b[2J\\x9b\\x7f\\u202e\\u2066 é 中 👍"
    )
    assert json.loads(json_safe(json.dumps("\x9b\u202e", ensure_ascii=False))) == "\x9b\u202e"
    assert "\x9b" not in json_safe(json.dumps("\x9b", ensure_ascii=False))
