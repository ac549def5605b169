"""`python -m reader` and the `ak-reader` console script."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from reader.frozen import main as frozen_main

    return frozen_main(argv)


if __name__ == "__main__":
    sys.exit(main())
