"""Translatable texts used by more than one widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def n_results(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Texts", "1 resultaat")
    return QCoreApplication.translate("Texts", "%1 resultaten").replace("%1", f"{n}")


def facet_title(facet: str) -> str:
    return {
        "rol": QCoreApplication.translate("Texts", "Rol"),
        "fase": QCoreApplication.translate("Texts", "Levenscyclus"),
        "onderwerp": QCoreApplication.translate("Texts", "Onderwerp"),
        "soort": QCoreApplication.translate("Texts", "Soort"),
        "soort-toepassing": QCoreApplication.translate("Texts", "Soort toepassing"),
        "rol-ai-act": QCoreApplication.translate("Texts", "Rol in de AI-verordening"),
        "risicogroep": QCoreApplication.translate("Texts", "Risicogroep"),
        "transparantieverplichting": QCoreApplication.translate("Texts", "Transparantieverplichting"),
        "systeemrisico": QCoreApplication.translate("Texts", "Systeemrisico"),
        "open-source": QCoreApplication.translate("Texts", "Open source"),
        "wetgeving": QCoreApplication.translate("Texts", "Wetgeving"),
    }.get(facet, facet)
