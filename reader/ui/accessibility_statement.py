"""The accessibility statement in Help (issue 21): each EN 301 549 chapter 11 criterion that
applies, how it is tested and the result. The README's "Toegankelijkheid" table is the same
list in English; `tests/ui/test_accessibility.py` checks that both name the same criteria."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

C = "Toegankelijkheid"  # the translation context


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context`; translated when shown."""
    return text


#: (criterion, how it is checked, result); the texts are translated when shown
ROWS: tuple[tuple[str, str, str], ...] = (
    ("1.1.1",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Pictogrammen die alleen versieren zijn onzichtbaar voor "
                                           "hulpsoftware; kaarten en knoppen hebben een naam."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet")),
    ("1.3.1, 2.4.6, 11.5.2",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "De pagina geeft hulpsoftware haar opbouw: koppen met hun niveau, "
                                           "lijsten, tabellen met kolomkoppen en links die je kunt volgen. "
                                           "Ga → Volgende kop (Alt+pijl omlaag) springt van kop naar kop. "
                                           "Ook getest zoals een schermlezer op Linux de app ziet: van buiten "
                                           "de app over AT-SPI, waar een link volgen de pagina opent."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet via de toegankelijkheidsinterface van Qt en over AT-SPI; "
                                           "met de hand geprobeerd met Orca, nog niet met NVDA of JAWS")),
    ("1.4.1",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Links in de pagina zijn onderstreept, niet alleen gekleurd."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet")),
    ("1.4.3, 1.4.11",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Elk kleurpaar van venster en pagina is gemeten in licht, donker en "
                                           "hoog contrast, en dat van de PDF: tekst minstens 4,5:1, randen en "
                                           "focus minstens 3:1."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet")),
    ("1.4.4, 1.4.10",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Ctrl+plus vergroot de hele interface; bij 200 % schaal of grote "
                                           "letters zie je één deel tegelijk en schuift de startpagina. Elke "
                                           "dialoog past op het scherm en schuift of loopt door waar hij te "
                                           "klein is; niets valt weg. Zo ook de berichten, bestandsvensters "
                                           "en het afdrukvenster van Qt zelf. Selectievakjes en keuzerondjes "
                                           "groeien mee met de letters."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet, voor het hoofdvenster en de dialogen; alleen het "
                                           "afdrukvenster van Qt op Linux is met ‘Opties’ open te hoog voor "
                                           "640×360 (Windows toont zijn eigen afdrukvenster)")),
    ("2.1.1",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Alles werkt met het toetsenbord: elk menu met Alt en een eigen "
                                           "letter (elke opdracht in de menu's is zo getest), F6 tussen de "
                                           "delen, een deelvenster breder of smaller met Alt+Shift+pijl."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet")),
    ("2.4.3, 2.4.7",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Een focusring van minstens 2 pixels en 3:1 op elke soort "
                                           "bediening; vlakken die geen bediening zijn krijgen geen focus."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet, ook in de dialogen")),
    ("3.1.1, 3.1.2",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "De pagina is als Nederlands gemarkeerd, ook als de interface "
                                           "Engels is."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet")),
    ("3.3.2, 4.1.2",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Elke bediening die de cursor kan krijgen heeft een naam, in het "
                                           "hoofdvenster en in de dialogen; het hoofdvenster ook gezien over "
                                           "AT-SPI, van buiten de app, en elke stap met Tab komt daar aan als "
                                           "focuswissel met naam en rol."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet")),
    ("4.1.3",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Het aantal resultaten, meldingen in de statusbalk en treffers in "
                                           "de pagina worden voorgelezen; over AT-SPI nagegaan dat de "
                                           "aankondiging bij de schermlezer aankomt."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet")),
    ("11.7",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "De app volgt de lettergrootte en het hoge contrast van het systeem "
                                           "(Beeld → Kleuren → Volg het systeem)."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet; contrastthema's van Windows niet op Windows zelf getest")),
    ("PDF, XLSX, ODS, CSV",
     QT_TRANSLATE_NOOP("Toegankelijkheid", "PDF's zijn getagd (PDF/UA-1: opbouw, taal, titel, bladwijzers, "
                                           "officiële adressen); spreadsheets hebben de kolomkoppen in rij 1."),
     QT_TRANSLATE_NOOP("Toegankelijkheid", "Voldoet waar de bibliotheek Pango aanwezig is; anders een PDF "
                                           "zonder tags, met een melding")),
)


def rows() -> list[tuple[str, str, str]]:
    """(criterion, how it is checked, result), in the interface language."""
    return [(criterion, QCoreApplication.translate(C, how), QCoreApplication.translate(C, result))
            for criterion, how, result in ROWS]


def statement_html() -> str:
    """The statement as an HTML section for the Help window."""
    title = QCoreApplication.translate("Toegankelijkheid", "Toegankelijkheid")
    intro = QCoreApplication.translate(
        "Toegankelijkheid", "Software voor de overheid moet voldoen aan EN 301 549 (hoofdstuk 11, software). "
                            "Zo staat deze app ervoor; elke regel wordt gecontroleerd door een automatische test.")
    heads = (QCoreApplication.translate("Toegankelijkheid", "Criterium"),
             QCoreApplication.translate("Toegankelijkheid", "Hoe getest"),
             QCoreApplication.translate("Toegankelijkheid", "Resultaat"))
    head = "".join(f"<th>{html.escape(h)}</th>" for h in heads)
    body = "".join(f"<tr><td>{html.escape(c)}</td><td>{html.escape(h)}</td><td>{html.escape(r)}</td></tr>"
                   for c, h, r in rows())
    return f"<h2>{html.escape(title)}</h2><p>{html.escape(intro)}</p><table><tr>{head}</tr>{body}</table>"
