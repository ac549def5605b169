"""Process-wide garbage-collector settings for a long-running reader process (the window).

Python's full collections scan every container object; with 30,000 pages loaded one took
0.4 s, in the middle of a search. `settle_long_lived` is called once the site and the index
are loaded (the app calls it when the index is ready): what is alive then (site, index,
word list) is frozen out of those scans, and full collections are made ten times rarer (the
young generations are still collected as usual). `release_long_lived` undoes the freeze
when the window closes. A single CLI command does not live long enough to need either.
"""

from __future__ import annotations

import gc

#: A full garbage collection after this many collections of the middle generation
#: (Python's default: 10).
FULL_COLLECTION_EVERY = 100


def settle_long_lived() -> None:
    """Keep the objects alive now out of full collections; make full collections rarer."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if old < FULL_COLLECTION_EVERY:
        gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def release_long_lived() -> None:
    """Let the collector see what `settle_long_lived` froze again (it may be garbage now)."""
    gc.unfreeze()
