"""Validators compiled from the spec's own schemas, all of one document sharing one registry.

A validator is asked for by the JSON pointer of its schema (``#/components/schemas/Invoice``, or
``#/paths/~1invoices~1/post/requestBody/content/application~1json/schema``) and compiled, on first
use, as ``{"$ref": "<document>#<pointer>"}`` against a ``jsonschema_rs.Registry`` that holds the
document once: every ``$ref`` inside the schema resolves into that one copy. (Compiling each schema
with the whole ``components`` section copied in made every validator carry every schema: a sandbox
added 363 MiB to its process, issue 25.)
"""

from __future__ import annotations

import functools
from urllib.parse import quote

import jsonschema_rs

from ._documents import INVOICES, load_spec, pointer

BASE_URI = "urn:highlevel-spec:"  # + the document's file name: the registry's name for the document


@functools.cache
def registry(name: str = INVOICES) -> jsonschema_rs.Registry:
    """The document ``name`` as a JSON Schema 2020-12 resource, the one copy its validators resolve into."""
    return jsonschema_rs.Registry([(BASE_URI + name, load_spec(name))], draft=jsonschema_rs.Draft202012)


@functools.cache
def validator(schema: str, name: str = INVOICES) -> jsonschema_rs.Validator:
    """The validator of the schema at the JSON pointer ``schema`` of document ``name`` (formats checked).

    Compiled once per process and shared (validators are immutable); a pointer to nothing is a
    ``LookupError`` naming the document and the pointer.
    """
    try:
        pointer(load_spec(name), schema)
    except (KeyError, IndexError, ValueError) as exc:
        raise LookupError(f"{name}: no schema at {schema}") from exc
    # A URI reference: the braces of a path template ({invoiceId}) are percent-encoded, ``~`` and ``/`` kept.
    ref = BASE_URI + name + quote(schema, safe="#/~")
    return jsonschema_rs.Draft202012Validator({"$ref": ref}, validate_formats=True, registry=registry(name))
