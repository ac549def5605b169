"""Translatable texts used by more than one widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.content import model as m


def n_results(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Texts", "1 resultaat")
    return QCoreApplication.translate("Texts", "%1 resultaten").replace("%1", f"{n}")


def kind_label(kind: str) -> str:
    """The label of a kind of page ("hulpmiddel" -> "Hulpmiddel") in the interface language."""
    labels: dict[str, str] = {
        m.Kind.HULPMIDDEL: QCoreApplication.translate("Texts", "Hulpmiddel"),
        m.Kind.MAATREGEL: QCoreApplication.translate("Texts", "Maatregel"),
        m.Kind.VEREISTE: QCoreApplication.translate("Texts", "Vereiste"),
        m.Kind.ROL: QCoreApplication.translate("Texts", "Rol"),
        m.Kind.FASE: QCoreApplication.translate("Texts", "Levenscyclusfase"),
        m.Kind.ONDERWERP: QCoreApplication.translate("Texts", "Onderwerp"),
        m.Kind.INDEX: QCoreApplication.translate("Texts", "Overzicht"),
        m.Kind.OTHER: QCoreApplication.translate("Texts", "Uitleg"),
    }
    return labels.get(kind, kind)


def facet_title(facet: str) -> str:
    return {
        m.FACET_ROL: QCoreApplication.translate("Texts", "Rol"),
        m.FACET_FASE: QCoreApplication.translate("Texts", "Levenscyclus"),
        m.FACET_ONDERWERP: QCoreApplication.translate("Texts", "Onderwerp"),
        m.FACET_SOORT: QCoreApplication.translate("Texts", "Soort"),
        m.FACET_SOORT_TOEPASSING: QCoreApplication.translate("Texts", "Soort toepassing"),
        m.FACET_ROL_AI_ACT: QCoreApplication.translate("Texts", "Rol in de AI-verordening"),
        m.FACET_RISICOGROEP: QCoreApplication.translate("Texts", "Risicogroep"),
        m.FACET_TRANSPARANTIE: QCoreApplication.translate("Texts", "Transparantieverplichting"),
        m.FACET_SYSTEEMRISICO: QCoreApplication.translate("Texts", "Systeemrisico"),
        m.FACET_OPEN_SOURCE: QCoreApplication.translate("Texts", "Open source"),
        m.FACET_WETGEVING: QCoreApplication.translate("Texts", "Wetgeving"),
    }.get(facet, facet)


def file_name_part(text: str, default: str) -> str:
    """`text` fit for a file name offered in a save dialog ("Chatbot: zorg" -> "Chatbot-zorg")."""
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return "-".join(keep.split())[:80] or default
