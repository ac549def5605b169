"""Algoritmekader Reader: read and search the Dutch Algoritmekader offline.

Data flows one way through the package; a module imports only its own layer and the ones
above it here, never in a cycle (tests/test_cli_and_layers.py checks both):

    content (files -> pages, link graph, problems)   reader.content
      -> search (the only code that imports Whoosh)  reader.search
         render (Markdown -> HTML)                   reader.render
         the decision aid                            reader.beslishulp
      -> start-up shared by the command line and the window    reader.launch, reader.prebuilt,
         and the start snapshot (the last start's picture)    reader.start_snapshot
      -> cli and ui (only reader.ui imports Qt)      reader.cli, reader.ui
      -> the entry point                             reader.__main__

`reader.cache`, `reader.resources`, `reader.frozen` and `reader.portable` import nothing of
the app; every layer may use them.
"""

__version__ = "0.1.0"
