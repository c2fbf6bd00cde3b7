"""``make bench``: the toolkit measured against what users would use instead."""
