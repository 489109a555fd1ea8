"""The benchmarks' former entry point, kept for ``make bench``: runs ``run.py`` with the same arguments.

python benchmarks/cli_throughput.py [--quick] [--events N] ...   # the same as benchmarks/run.py
"""

from __future__ import annotations

import sys

from run import main

if __name__ == "__main__":
    sys.exit(main())
