"""TEMPORARY alias of `reader.content.plaintext` (issue 19: the module was renamed).

Only `reader/search/index.py` still imports this name; it is being rewritten by someone
else. Change its import to `reader.content.plaintext` and delete this file.
"""

from reader.content.plaintext import plain_text

__all__ = ["plain_text"]
