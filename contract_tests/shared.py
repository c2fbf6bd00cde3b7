"""The folder beside the repository, ``../shared``: the vendor's pages and documents, not part of the project.

Anyone who clones the repository has no ``../shared``, and ``make test`` still passes there: every
test that reads it asks :func:`require`, which skips that test (or its whole module, when the module
reads the folder as it is imported) and says which file is missing. With ``CI=true`` a missing file
fails the run instead (``.ci/run`` puts ``../shared`` beside the clone). ``HIGHLEVEL_SHARED_DIR``
points the lookup elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("HIGHLEVEL_SHARED_DIR") or ROOT.parent / "shared")


class SharedMissing(FileNotFoundError):
    """A file of the shared folder is not there, outside a pytest run (``make bench``): an ordinary error."""


def require(*parts: str, what: str) -> Path:
    """``SHARED_DIR / parts`` if it exists; else skip the test (or the importing module), fail it with ``CI=true``.

    ``what`` names the contents for the reason, e.g. "the vendor's documentation pages". Outside a
    pytest run (pytest sets ``PYTEST_VERSION`` for its duration) it raises :class:`SharedMissing`.
    """
    path = SHARED_DIR.joinpath(*parts)
    if path.exists():
        return path
    reason = (
        f"{path} is absent: {what} are not beside the repository "
        "(../shared, a folder that is not part of the project; HIGHLEVEL_SHARED_DIR points elsewhere)"
    )
    if "PYTEST_VERSION" not in os.environ:
        raise SharedMissing(reason)
    import pytest

    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI=true requires it", pytrace=False)
    pytest.skip(reason, allow_module_level=True)
