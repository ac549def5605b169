"""`python -m reader.beslishulp [MAP]`: the beslishulp in the terminal (default: the bundled tree)."""

from __future__ import annotations

import sys

from reader.beslishulp import TreeError, bundled_tree_folder, load_tree, run


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0] in ("-h", "--help")):
        print("Gebruik: python -m reader.beslishulp [MAP]\n"
              "MAP bevat decision-tree.yaml en categories.yaml (standaard: de meegeleverde beslishulp).")
        return 0 if args and args[0] in ("-h", "--help") else 2
    folder = args[0] if args else bundled_tree_folder()
    try:
        tree = load_tree(folder)
    except TreeError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 1
    try:
        run(tree)
    except KeyboardInterrupt:
        print("\nGestopt.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
