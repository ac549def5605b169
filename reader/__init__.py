"""Algoritmekader Reader: read and search the Dutch Algoritmekader offline.

Data flows one way through the package:

    content (files -> pages, link graph, problems)   reader.content
      -> search (the only code that imports Whoosh)  reader.search
      -> render (Markdown -> HTML)                   reader.render
      -> cli and ui (the only code that imports Qt)  reader.cli, reader.ui
"""

__version__ = "0.1.0"
