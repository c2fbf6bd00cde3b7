"""What every benchmark shares: interleaved timing, results, targets, processes.

Figures are ratios taken in one run: the contenders of a comparison run in
alternating rounds (A, B, C, A, B, C, ...), so a slow patch of a shared
machine hits all of them alike, and each contender's figure is its median round.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from highlevel_conformance.servers import RunningServer, running, sandbox_command

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Scale:
    """How hard to push: ``full`` for ``make bench``, ``smoke`` for ``make test``."""

    name: Literal["full", "smoke"]

    @property
    def smoke(self) -> bool:
        return self.name == "smoke"

    def pick(self, full: int, smoke: int) -> int:
        return smoke if self.smoke else full


FULL = Scale("full")
SMOKE = Scale("smoke")


@dataclass(frozen=True)
class Row:
    """One measured figure of one contender."""

    subject: str
    value: float
    unit: str
    note: str = ""


@dataclass(frozen=True)
class Target:
    """A performance goal of this toolkit (listed in bench/RESULTS.md), checked against what was measured."""

    text: str  # "sync: ours <= 1.15x raw httpx + json.loads"
    measured: float
    limit: float
    op: Literal["<=", ">=", "<"]
    unit: str = "x"

    @property
    def met(self) -> bool:
        if self.op == "<=":
            return self.measured <= self.limit
        if self.op == ">=":
            return self.measured >= self.limit
        return self.measured < self.limit

    @property
    def shown(self) -> str:
        """The measured figure as printed: ratios to three decimals, so a near miss shows."""
        return f"{self.measured:.3f} {self.unit}" if self.unit == "x" else f"{fmt(self.measured)} {self.unit}"

    def verdict(self) -> str:
        if self.met:
            return "met"
        if self.limit == 0:
            return f"MISSED: measured {self.shown}"
        off = abs(self.measured - self.limit) / abs(self.limit) * 100
        word = "over" if self.op in ("<=", "<") else "under"
        digits = 1 if off >= 1 else 2
        return f"MISSED by {off:.{digits}f} % ({self.shown}, {word} the limit of {fmt(self.limit)})"


@dataclass
class Section:
    """The outcome of one benchmark: its rows, its targets, and what to know about them."""

    key: str
    title: str
    rows: list[Row] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: str = ""  # why the benchmark could not run here, if it could not
    seconds: float = 0.0


def fmt(value: float) -> str:
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def progress(message: str) -> None:
    print(f"  {message}", flush=True)


def interleaved(contenders: dict[str, Callable[[], object]], *, rounds: int, calls: int) -> dict[str, float]:
    """Median microseconds per call of each contender, over alternating rounds."""
    for fn in contenders.values():  # warm caches and lazy set-up out of the measurement
        for _ in range(max(1, calls // 10)):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(rounds):
            for name, fn in contenders.items():
                started = time.perf_counter()
                for _ in range(calls):
                    fn()
                samples[name].append((time.perf_counter() - started) / calls * 1e6)
            gc.collect()
    finally:
        if gc_was_enabled:
            gc.enable()
    return {name: statistics.median(values) for name, values in samples.items()}


def interleaved_async(
    loop: asyncio.AbstractEventLoop,
    contenders: dict[str, Callable[[], Awaitable[object]]],
    *,
    rounds: int,
    calls: int,
) -> dict[str, float]:
    """``interleaved`` for coroutine functions, awaited one after the other on ``loop``."""

    async def batch(fn: Callable[[], Awaitable[object]], n: int) -> None:
        for _ in range(n):
            await fn()

    def run_batch(fn: Callable[[], Awaitable[object]]) -> Callable[[], object]:
        return lambda: loop.run_until_complete(batch(fn, calls))

    per_batch = interleaved({name: run_batch(fn) for name, fn in contenders.items()}, rounds=rounds, calls=1)
    return {name: value / calls for name, value in per_batch.items()}


def server(cmd: Sequence[str], *, timeout: float = 60) -> AbstractContextManager[RunningServer]:
    """Run ``cmd`` (which must listen on the port given as ``{port}``) until the block ends (``servers.running``)."""
    return running(cmd, cwd=ROOT, timeout=timeout)


def sandbox_cmd(rate_limit: str = "off") -> list[str]:
    return sandbox_command(rate_limit)


def sandbox_tokens() -> tuple[str, str]:
    """The first default token of the sandbox and its location."""
    from highlevel_sandbox import DEFAULT_TOKENS

    token, location = next(iter(DEFAULT_TOKENS.items()))
    return token, location
