"""``highlevel-conformance``: check an Invoices server against the contract, and the vendor's spec against ours.

::

    highlevel-conformance run --base-url https://services.leadconnectorhq.com   # HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID
    highlevel-conformance run                                                  # the embedded sandbox
    highlevel-conformance vendor-diff vendor/invoices.json

Installed with ``pip install "highlevel-invoices[conformance]"``; the spec ships in the wheel.
"""
