"""``python -m municipal_social_policy``: the same command line as ``msp``."""

from .cli import main

raise SystemExit(main())
