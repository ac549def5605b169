"""Translatable texts used by more than one widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def n_results(n: int) -> str:
    if n == 1:
        return tr("1 resultaat")
    return tr("%1 resultaten").replace("%1", f"{n}")


def facet_title(facet: str) -> str:
    return {
        "rol": tr("Rol"),
        "fase": tr("Levenscyclus"),
        "onderwerp": tr("Onderwerp"),
        "soort": tr("Soort"),
    }.get(facet, facet)
