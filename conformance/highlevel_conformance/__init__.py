"""``highlevel-conformance``: check an Invoices server against the contract, and the vendor's spec against ours.

::

    highlevel-conformance run --base-url https://services.leadconnectorhq.com   # HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID
    highlevel-conformance run                                                  # the embedded sandbox
    highlevel-conformance vendor-diff vendor/invoices.json

Installed with the ``[conformance]`` extra (README, "Installing": from the repository at a tag, or from the
wheel ``make dist`` builds); the spec ships in the wheel. Without the extra the command says what to
install in one line (exit status 2).
"""
