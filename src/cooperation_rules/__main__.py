"""``python -m cooperation_rules``: the ``cooperation-rules`` command."""

import sys

from .cli import main

sys.exit(main())
