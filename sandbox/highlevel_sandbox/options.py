"""Command-line options checked up front: a bad value is one line, exit status 2, no traceback.

Shared by ``python -m highlevel_sandbox`` and ``highlevel-conformance``; an
option whose default comes from an environment variable names both in its
error (``--port/PORT: expected ...``), since the user may have set either.
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import socket
from collections.abc import Callable
from typing import NoReturn, TypeVar

T = TypeVar("T")


class OneLineParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are ``prog: message``, one line, exit status 2 (no usage block)."""

    def error(self, message: str) -> NoReturn:
        # argparse says "argument --port: <our message>"; ours already names the option.
        message = re.sub(r"^argument [^:]+: (?=--)", "", message)
        self.exit(2, f"{self.prog}: {message}\n")

    def fail(self, message: str) -> NoReturn:
        """The same one-line exit for a check made after parsing (a port in use, a missing file)."""
        self.error(message)


def from_env(name: str, default: str) -> str:
    """The environment's ``name``, empty meaning unset."""
    return os.environ.get(name) or default


def checked(convert: Callable[[str], T], expected: str, label: str) -> Callable[[str], T]:
    """An argparse ``type`` that says ``label: expected <expected>, got '<text>'`` when ``convert`` fails."""

    def parse(text: str) -> T:
        try:
            return convert(text)
        except (ValueError, TypeError):
            raise argparse.ArgumentTypeError(f"{label}: expected {expected}, got {text!r}") from None

    parse.__name__ = label
    return parse


def _port(text: str) -> int:
    value = int(text.strip())
    if not 1 <= value <= 65535:
        raise ValueError(text)
    return value


def port_number(label: str = "--port/PORT") -> Callable[[str], int]:
    return checked(_port, "a port number from 1 to 65535", label)


def ensure_free(host: str, port: int, label: str = "--port/PORT") -> str | None:
    """``None`` when ``host:port`` can be listened on now, else the one line that says why not."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.bind((host, port))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return f"{label}: port {port} on {host} is in use; expected a free port (stop the other server or pick one)"
        return f"{label}: cannot listen on {host}:{port} ({exc.strerror or exc})"
    return None
