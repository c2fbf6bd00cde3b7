"""Finding and reading the spec documents: paths, YAML/JSON, JSON pointers, local and external ``$ref``s.

In a checkout the documents are the repository's ``spec/`` folder, this package's parent; in an
installed wheel they are packaged inside the package, in ``highlevel_spec/spec/`` (``pyproject.toml``,
``force-include``).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "spec", _HERE.parent)  # the wheel's copy, the checkout's spec/ folder
INVOICES = "invoices.yaml"
OAUTH = "oauth.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_dir() -> Path:
    """The folder holding the curated documents (the repository's ``spec/`` or the packaged copy)."""
    for candidate in _CANDIDATES:
        if (candidate / INVOICES).exists():
            return candidate
    raise FileNotFoundError(f"{INVOICES} not found in {' or '.join(str(c) for c in _CANDIDATES)}")


def spec_path(name: str = INVOICES) -> Path:
    """The path of one curated document, ``invoices.yaml`` by default."""
    return spec_dir() / name


@functools.cache
def load_spec(name: str = INVOICES) -> dict[str, Any]:
    """The parsed curated document (cached: callers must not mutate it)."""
    return read_document(spec_path(name))


# libyaml's safe loader where PyYAML was built with it: the same document, about 8x faster
# (0.2 s -> 0.024 s for spec/invoices.yaml), which every sandbox start and tool run pays.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_document(path: Path) -> dict[str, Any]:
    """A JSON or YAML document as a dict; a one-line error naming the file when it is not one."""
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_YAML_LOADER)
    except (ValueError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level, got {type(data).__name__}")
    return data


def unescape(part: str) -> str:
    """One JSON-pointer segment unescaped (``~1`` is ``/``, ``~0`` is ``~``)."""
    return part.replace("~1", "/").replace("~0", "~")


def escape(part: str) -> str:
    """One JSON-pointer segment escaped, the inverse of :func:`unescape`."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer(document: Any, ref: str) -> Any:
    """The node at a local JSON pointer such as ``#/components/schemas/Invoice``."""
    node = document
    for part in ref.removeprefix("#").removeprefix("/").split("/") if ref not in ("#", "") else []:
        node = node[int(part)] if isinstance(node, list) else node[unescape(part)]
    return node


def resolve(document: Any, node: Any, seen: frozenset[str] = frozenset()) -> tuple[Any, frozenset[str]]:
    """Follow a chain of local ``$ref``s from ``node``; ``seen`` guards against cycles.

    Returns the first node that is not a reference (``{}`` when the chain loops)
    and the references followed, so a recursive walker can stop at a cycle.
    """
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            return {}, seen
        seen = seen | {ref}
        node = pointer(document, ref)
    return node, seen


def deref(document: Any, node: Any) -> Any:
    """``node`` with its local ``$ref`` chain followed (see :func:`resolve`)."""
    return resolve(document, node)[0]


def load_bundled(path: Path, *, as_if_in: Path | None = None) -> dict[str, Any]:
    """A document whose external ``$ref``s (``other.yaml#/x``) are inlined, relative to the file.

    Vendors split their specs (error schemas in a second file, QUIRKS Q15); this
    reads such a set as one self-contained document. Local refs are kept as they
    are; refs into another file are replaced by the node they point to, with that
    node's own refs rewritten against its file, recursively (a cycle across files
    stops with the node as a local ``$ref`` left in place). ``as_if_in``: the folder
    the document's own relative refs are read from, when not its own (a file moved
    to a subfolder with its refs unchanged).
    """
    cache: dict[Path, dict[str, Any]] = {}

    def doc(p: Path) -> dict[str, Any]:
        p = p.resolve()
        if p not in cache:
            cache[p] = read_document(p)
        return cache[p]

    root = path.resolve()
    if as_if_in is not None:
        root = (as_if_in / path.name).resolve()
        cache[root] = read_document(path)

    def inline(node: Any, base: Path, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, base, stack) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            file_part, _, frag = ref.partition("#")
            target_file = (base.parent / file_part).resolve() if file_part else base
            if target_file != root or file_part:
                key = f"{target_file}#{frag}"
                if target_file == root:
                    return {"$ref": f"#{frag}"}
                if key in stack:
                    return {"$ref": ref}
                try:
                    target = pointer(doc(target_file), f"#{frag}")
                except (KeyError, IndexError, ValueError, OSError) as exc:
                    raise ValueError(f"{base}: cannot resolve $ref {ref!r}: {exc}") from exc
                return inline(target, target_file, (*stack, key))
        return {k: inline(v, base, stack) for k, v in node.items()}

    bundled: dict[str, Any] = inline(doc(root), root, ())
    return bundled


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of a document, in document order."""
    return [
        (method, path, item[method])
        for path, item in document.get("paths", {}).items()
        for method in HTTP_METHODS
        if method in item
    ]
