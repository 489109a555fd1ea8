"""Reading a whole input file with a size limit enforced while reading, never after.

A side input (a lifecycle, a rule file, a snapshot, a results file) is read whole; ``/dev/zero`` or a
file of gigabytes must end in a one-line error, not in memory exhausted. Past its limit a file is an
``OSError`` whose ``strerror`` says so: every reader already reports a file it cannot read.
"""

from __future__ import annotations

import errno
from pathlib import Path

#: A lifecycle file: a handful of dates (the most suspensions allowed take about 20 KB).
MAX_LIFECYCLE_BYTES = 1024 * 1024
#: One rule file: the longest bundled article takes about 30 KB.
MAX_RULE_FILE_BYTES = 4 * 1024 * 1024
#: A snapshot or a scenario results file: the corpus's snapshot of 15,050 events, findings included, takes about 9 MB.
MAX_REPORT_BYTES = 64 * 1024 * 1024


def read_bounded(path: str | Path, limit: int) -> bytes:
    """The bytes of ``path``; ``OSError`` (``EFBIG``) as soon as more than ``limit`` bytes have been read."""
    with open(path, "rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
    return data
