"""The lifecycle checks: sequences of calls whose outcome the contract fixes, run against any server."""
