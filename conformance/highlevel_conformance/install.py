"""What to install, in the same words everywhere: the command's and the fixtures' messages, and the README.

Importable in a client-only install (the standard library only): the console script and the pytest
plugin start here, before anything that needs an extra.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import metadata

DISTRIBUTION = "highlevel-invoices"
# Our own packages: a ModuleNotFoundError naming one of them is a broken install or a bug, not a missing extra.
OWN = {"highlevel_invoices", "highlevel_invoices_api", "highlevel_spec", "highlevel_sandbox", "highlevel_conformance"}


def _version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # imported from a checkout that is not installed
        return "<version>"


def install_hint(extra: str) -> str:
    """The two installs that work today (no package index serves the project), for ``extra``."""
    version = _version()
    return (
        f'pip install "{DISTRIBUTION}[{extra}] @ git+https://github.com/<owner>/<repo>@v{version}" '
        f'(or from a wheel: pip install "highlevel_invoices-{version}-py3-none-any.whl[{extra}]")'
    )


def missing_extra(exc: ModuleNotFoundError, extra: str) -> str | None:
    """One line saying which extra to install, when ``exc`` is a dependency of it that is absent; else None."""
    root = (exc.name or "").partition(".")[0]
    if not root or root in OWN:
        return None
    return f"needs the [{extra}] extra ({root} is not installed): {install_hint(extra)}"


def console_script(prog: str, extra: str, main: Callable[[], Callable[[], int]]) -> int:
    """Run the command ``main()`` returns; a dependency of ``extra`` missing is one line and exit status 2.

    ``main`` imports the command, so that an import failing there is caught too.
    """
    try:
        return main()()
    except ModuleNotFoundError as exc:
        line = missing_extra(exc, extra)
        if line is None:
            raise
        print(f"{prog}: {line}", file=sys.stderr)
        return 2


def conformance_command() -> int:
    """The ``highlevel-conformance`` console script (run, vendor-diff): it needs the [conformance] extra."""

    def load() -> Callable[[], int]:
        from .cli import main

        return main

    return console_script("highlevel-conformance", "conformance", load)
