"""Issue 28 item 2: without its extra the command says in one line what to install, exit status 2.

The wheel test (test_install.py) runs the real thing in a client-only install; these check the rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from highlevel_conformance import install


def _missing(name: str) -> Callable[[], Callable[[], int]]:
    def load() -> Callable[[], int]:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    return load


def test_a_missing_dependency_is_one_line_naming_the_extra_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert install.console_script("highlevel-conformance", "conformance", _missing("yaml")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("highlevel-conformance: needs the [conformance] extra (yaml is not installed): pip install ")
    assert install.install_hint("conformance") in err


def test_a_missing_module_of_our_own_is_not_blamed_on_an_extra() -> None:
    with pytest.raises(ModuleNotFoundError):
        install.console_script("highlevel-conformance", "conformance", _missing("highlevel_spec.nothing"))


def test_the_hint_is_the_readmes_two_installs_in_the_same_words() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Install\n", 1)[1].split("\n## ", 1)[0]
    hint = install.install_hint("conformance").replace(install._version(), "<version>")
    found = re.fullmatch(r"(pip install .+) \(or from a wheel: (pip install .+)\)", hint)
    assert found, hint
    git, wheel = found.groups()
    assert f"\n{git}\n" in section
    assert f"\n{wheel}\n" in section
    assert "@v<version>" in git and "<version>-py3-none-any.whl[conformance]" in wheel
