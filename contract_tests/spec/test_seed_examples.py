"""Every JSON example on the vendor's pages validates against the curated spec.

Each JSON block found on a seed page is listed below with the schema it is an
example of. Where the example is a documentation error, the exact instance
paths that fail are listed with the ``spec/QUIRKS.md`` row that explains them;
the test checks that those paths, and no others, fail. A block nobody listed,
or a listed block that is gone, fails the test too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from contract_tests import spec_tools
from contract_tests.seeds import Block, all_blocks
from highlevel_spec import spec_path

QUIRKS = spec_path("QUIRKS.md").read_text(encoding="utf-8")

NOT_JSON = "<not JSON>"


@dataclass(frozen=True)
class Example:
    target: str  # "op:<operationId>:request", "op:<operationId>:response" or a JSON pointer
    # instance path -> QUIRKS row id, for the documentation errors in this example
    exceptions: dict[str, str] = field(default_factory=dict)

    def pointer(self) -> str:
        if self.target.startswith("op:"):
            _, operation_id, role = self.target.split(":")
            if role == "request":
                return spec_tools.request_schema_pointer(operation_id)
            return spec_tools.response_schema_pointer(operation_id)
        return self.target


S = "#/components/schemas"
UPDATE_REQUEST_ERRORS = {
    "/discount/validOnProductIds": "Q5",
    "/miscellaneousCharges/charges/0": "Q6",
}

EXPECTED: dict[str, dict[int, Example]] = {
    # send invoice (English page)
    "000_9f0672626837ff64": {
        16: Example("op:send-invoice:request"),
        57: Example("op:send-invoice:response"),
    },
    # send invoice (white-labelled Spanish copy)
    "001_0ed88af91fbb00ab": {
        74: Example("op:send-invoice:response", {NOT_JSON: "Q13"}),
        115: Example(f"{S}/SendInvoiceResponse/properties/invoice", {"": "Q13"}),
        116: Example(f"{S}/SendInvoiceResponse/properties/smsData"),
        117: Example(f"{S}/SendInvoiceResponse/properties/emailData"),
        125: Example("op:send-invoice:request", {"/altType": "Q16"}),
    },
    # text2pay: field examples only
    "002_aad242ff80398e49": {
        314: Example(f"{S}/SentTo/properties/email"),
        321: Example(f"{S}/SentTo/properties/emailCc"),
        328: Example(f"{S}/SentTo/properties/emailBcc"),
        335: Example(f"{S}/SentTo/properties/phoneNo"),
        476: Example(f"{S}/TipsConfiguration/properties/tipsPercentage"),
        611: Example(f"{S}/Discount/properties/validOnProductIds", {NOT_JSON: "Q5"}),
        783: Example(f"{S}/BusinessDetails"),
        807: Example(f"{S}/ContactDetails"),
        830: Example(f"{S}/Discount"),
        838: Example(f"{S}/Invoice/properties/invoiceItems"),
        913: Example(f"{S}/ErrorResponse/properties/message"),
    },
    # update invoice: the page repeats its request and response examples
    "003_15c2cf5722629fae": {
        7: Example("op:update-invoice:request", UPDATE_REQUEST_ERRORS),
        131: Example("op:update-invoice:response"),
        196: Example("op:update-invoice:request", UPDATE_REQUEST_ERRORS),
        320: Example("op:update-invoice:response"),
        400: Example(f"{S}/BusinessDetails"),
        444: Example(f"{S}/BusinessDetails"),
        460: Example(f"{S}/ContactDetails"),
        472: Example(f"{S}/Invoice/properties/invoiceItems"),
        494: Example(f"{S}/Discount"),
    },
    # schedule a recurring schedule
    "004_4196d92954a93c2a": {
        7: Example("op:schedule-invoice-schedule:request"),
        41: Example("op:schedule-invoice-schedule:response"),
        180: Example("op:schedule-invoice-schedule:request"),
        214: Example("op:schedule-invoice-schedule:response"),
        364: Example(f"{S}/BusinessDetails"),
        378: Example(f"{S}/ContactDetails"),
        386: Example(f"{S}/InvoiceSchedule/properties/items"),
        411: Example(f"{S}/Discount"),
    },
}

BLOCKS = all_blocks()


def _cases() -> list[tuple[Block, Example]]:
    cases = []
    for seed, blocks in BLOCKS.items():
        for block in blocks:
            example = EXPECTED.get(seed, {}).get(block.line)
            if example is not None:
                cases.append((block, example))
    return cases


def test_seeds_are_present() -> None:
    assert sorted(BLOCKS) == sorted(EXPECTED), "seed pages changed: review the table in this test"


def test_every_block_is_listed_and_every_listed_block_exists() -> None:
    found = {(seed, b.line) for seed, blocks in BLOCKS.items() for b in blocks}
    listed = {(seed, line) for seed, lines in EXPECTED.items() for line in lines}
    assert sorted(found - listed) == [], "JSON blocks on the seed pages that no one classified"
    assert sorted(listed - found) == [], "classified blocks that are no longer on the seed pages"


def test_four_seed_operations_have_request_and_response_examples() -> None:
    targets = {ex.target for lines in EXPECTED.values() for ex in lines.values()}
    for operation_id in ("send-invoice", "update-invoice", "schedule-invoice-schedule"):
        assert f"op:{operation_id}:request" in targets
        assert f"op:{operation_id}:response" in targets
    # The text2pay page has no whole-body example, only field examples (listed above).


@pytest.mark.parametrize(
    ("block", "example"),
    _cases(),
    ids=lambda v: f"{v.seed[:3]}:L{v.line}" if isinstance(v, Block) else v.target.rsplit("/", 1)[-1],
)
def test_seed_example_validates(block: Block, example: Example) -> None:
    if not block.valid_json:
        failures = {NOT_JSON: str(block.value)}
    else:
        failures = spec_tools.error_paths(example.pointer(), block.value)
    unexplained = {path: msg for path, msg in failures.items() if path not in example.exceptions}
    assert unexplained == {}, f"{block.seed} line {block.line} does not validate against {example.target}"
    # A listed exception must still be needed: the example must really fail there.
    assert sorted(failures) == sorted(example.exceptions), "stale exception: the example now validates there"


def test_every_exception_points_at_a_quirks_row() -> None:
    rows = set(re.findall(r"^\| (Q\d+) \|", QUIRKS, flags=re.MULTILINE))
    used = {q for lines in EXPECTED.values() for ex in lines.values() for q in ex.exceptions.values()}
    assert used <= rows, f"exceptions citing missing QUIRKS rows: {sorted(used - rows)}"
