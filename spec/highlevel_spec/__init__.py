"""The contract, read: the spec documents of ``spec/`` and what every part of the toolkit needs from them.

::

    import highlevel_spec as specs
    document = specs.load_spec()                         # spec/invoices.yaml, parsed once per process
    for method, path, operation in specs.operations(document): ...
    node = specs.deref(document, operation["requestBody"])
    validator = specs.validator("#/components/schemas/Invoice")   # compiled on first use, shared

The sandbox (its routes and validators), the conformance command, ``tools/`` (the generator,
the change report), the benchmarks and the contract tests read the spec here, so there is one
path constant, one ``$ref`` resolver and one way to compile a validator in the project; none of
them reaches into another for it. Importing this package starts nothing else: no server, no
client.
"""

from __future__ import annotations

from ._documents import (
    HTTP_METHODS,
    INVOICES,
    OAUTH,
    deref,
    escape,
    load_bundled,
    load_spec,
    operations,
    pointer,
    read_document,
    resolve,
    spec_dir,
    spec_path,
    unescape,
)
from ._validators import registry, validator

__all__ = [
    "HTTP_METHODS",
    "INVOICES",
    "OAUTH",
    "deref",
    "escape",
    "load_bundled",
    "load_spec",
    "operations",
    "pointer",
    "read_document",
    "registry",
    "resolve",
    "spec_dir",
    "spec_path",
    "unescape",
    "validator",
]
