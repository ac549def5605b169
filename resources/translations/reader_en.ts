<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="20"/>
        <location filename="../../reader/ui/about_dialog.py" line="21"/>
        <source>Over Algoritmekader Reader</source>
        <translation>About Algoritmekader Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="36"/>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="37"/>
        <source>Inhoudsmap</source>
        <translation>Content folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="38"/>
        <source>Stand van de inhoud</source>
        <translation>Content as of</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="39"/>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="46"/>
        <source>Lees en doorzoek het Algoritmekader van de Nederlandse overheid, volledig offline.</source>
        <translation>Read and search the Dutch government&apos;s Algoritmekader (framework for responsible algorithms and AI), fully offline.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="50"/>
        <source>De inhoud van het Algoritmekader is gepubliceerd door het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties onder de EUPL-1.2-licentie.</source>
        <translation>The content of the Algoritmekader is published by the Dutch Ministry of the Interior and Kingdom Relations under the EUPL-1.2 licence.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="53"/>
        <source>Deze app is vrije software onder de EUPL-1.2-licentie. Hij gebruikt Qt en PySide6 (LGPL-3.0), Whoosh (BSD), Markdown (BSD) en openpyxl (MIT).</source>
        <translation>This app is free software under the EUPL-1.2 licence. It uses Qt and PySide6 (LGPL-3.0), Whoosh (BSD), Markdown (BSD) and openpyxl (MIT).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>Pagina afdrukken</source>
        <translation>Print page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58"/>
        <source>Exporteren als &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>Pagina opslaan als PDF, met alles uitgeklapt</source>
        <translation>Save the page as PDF, with everything expanded</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>&amp;Lijst exporteren…</source>
        <translation>Export &amp;list…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>De resultatenlijst opslaan als CSV of Excel</source>
        <translation>Save the result list as CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="62"/>
        <source>&amp;Inhoudsproblemen…</source>
        <translation>Content &amp;problems…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>Problemen in de inhoud, voor redacteuren</source>
        <translation>Problems in the content, for editors</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="64"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>Zoeken in &amp;pagina…</source>
        <translation>&amp;Find in page…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>Een woord zoeken op deze pagina</source>
        <translation>Find a word on this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="71"/>
        <source>&amp;Webadres kopiëren</source>
        <translation>Copy &amp;web address</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>Het adres van deze pagina op de website kopiëren</source>
        <translation>Copy the address of this page on the website</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>&amp;Filters wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>Alle filters uitzetten</source>
        <translation>Turn off all filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="77"/>
        <source>Tekst groter</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="78"/>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="78"/>
        <source>Tekst kleiner</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="79"/>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="80"/>
        <source>Tekst op normale grootte</source>
        <translation>Text at normal size</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="82"/>
        <location filename="../../reader/ui/actions.py" line="90"/>
        <source>Volg het &amp;systeem</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="83"/>
        <source>&amp;Licht</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="84"/>
        <source>&amp;Donker</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98"/>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="100"/>
        <source>&amp;Start</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>Naar de startpagina</source>
        <translation>Go to the start page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="102"/>
        <source>&amp;Begrippenlijst</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="103"/>
        <source>De begrippenlijst openen</source>
        <translation>Open the glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="104"/>
        <source>Beslishulp &amp;AI-verordening…</source>
        <translation>AI Act &amp;decision aid…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105"/>
        <source>Bepaal met vragen of en hoe de AI-verordening geldt</source>
        <translation>Find out, question by question, whether and how the AI Act applies</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="106"/>
        <source>Openen op de &amp;website…</source>
        <translation>Open on the &amp;website…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107"/>
        <source>Deze pagina openen op de website van het Algoritmekader</source>
        <translation>Open this page on the Algoritmekader website</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="109"/>
        <source>&amp;Bladwijzer voor deze pagina</source>
        <translation>&amp;Bookmark this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="110"/>
        <source>Bladwijzer toevoegen of verwijderen</source>
        <translation>Add or remove a bookmark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>Alle bladwijzers &amp;verwijderen…</source>
        <translation>&amp;Remove all bookmarks…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113"/>
        <source>&amp;Over Algoritmekader Reader</source>
        <translation>&amp;About Algoritmekader Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115"/>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>BeslishulpDialog</name>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="65"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="66"/>
        <source>Beslishulp AI-verordening</source>
        <translation>AI Act decision aid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="80"/>
        <source>Beantwoord de vragen over je toepassing. Je krijgt dan te zien of de AI-verordening geldt, in welke rol en risicogroep, en welke vereisten erbij horen. Dit is een hulpmiddel: bespreek de uitkomst met een deskundige.</source>
        <translation>Answer the questions about your application. You then see whether the AI Act applies, in which role and risk group, and which requirements come with it. This is guidance: discuss the outcome with an expert. (The questions are in Dutch.)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="106"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="115"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="116"/>
        <source>Terug naar de vorige vraag</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="118"/>
        <source>&amp;Opnieuw beginnen</source>
        <translation>&amp;Start over</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="120"/>
        <source>&amp;Volgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="150"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="170"/>
        <source>&amp;Opmerking bij deze vraag (optioneel, komt in de PDF):</source>
        <translation>&amp;Remark on this question (optional, goes into the PDF):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="173"/>
        <source>Opmerking bij deze vraag</source>
        <translation>Remark on this question</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="188"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="213"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="193"/>
        <source>Toon de &amp;vereisten die hierbij horen</source>
        <translation>Show the &amp;requirements that go with it</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="196"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="214"/>
        <source>%1 vragen beantwoord</source>
        <translation>%1 questions answered</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="226"/>
        <source>Vraag %1 van ongeveer %2</source>
        <translation>Question %1 of about %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="256"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="296"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="257"/>
        <source>Geen toelichting bij deze vraag.</source>
        <translation>No explanation for this question.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="294"/>
        <source>Conclusie</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="294"/>
        <source>Wat je moet doen</source>
        <translation>What you must do</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="295"/>
        <source>Je AI-profiel</source>
        <translation>Your AI Act profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="295"/>
        <source>Waarom: je antwoorden</source>
        <translation>Why: your answers</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="319"/>
        <source>Opmerking: %1</source>
        <translation>Remark: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="367"/>
        <source>Opnieuw beginnen</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="367"/>
        <source>Alle antwoorden en opmerkingen van deze beslishulp wissen?</source>
        <translation>Clear all answers and remarks of this decision aid?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="380"/>
        <source>Je antwoorden konden niet worden bewaard; ze gelden alleen tot je de app sluit.</source>
        <translation>Your answers could not be saved; they only last until you close the app.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="399"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="418"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="401"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="418"/>
        <source>De PDF kon niet worden opgeslagen.</source>
        <translation>The PDF could not be saved.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../reader/ui/app.py" line="106"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="107"/>
        <source>Er ging iets mis in Algoritmekader Reader. Je kunt gewoon verder werken; als het opnieuw gebeurt, stuur dan het logbestand mee.</source>
        <translation>Something went wrong in Algoritmekader Reader. You can carry on working; if it happens again, please send the log file along.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="112"/>
        <source>(geen logbestand)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="113"/>
        <source>Fout: %1

Logbestand: %2</source>
        <translation>Error: %1

Log file: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="175"/>
        <source>Inhoud niet gevonden</source>
        <translation>Content not found</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="176"/>
        <source>De inhoudsmap bestaat niet:
%1</source>
        <translation>The content folder does not exist:
%1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../reader/ui/exporter.py" line="30"/>
        <source>Algoritmekader</source>
        <translation>Algoritmekader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="31"/>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="34"/>
        <source>zoekterm: &quot;%1&quot;</source>
        <translation>search: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="36"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="37"/>
        <source>levenscyclus</source>
        <translation>lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="38"/>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="39"/>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="47"/>
        <source>geen zoekterm of filters</source>
        <translation>no search text or filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="48"/>
        <source>geëxporteerd %1</source>
        <translation>exported %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="59"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="60"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="61"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="62"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="63"/>
        <source>Levenscyclus</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="64"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="65"/>
        <source>Toelichting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="66"/>
        <location filename="../../reader/ui/exporter.py" line="119"/>
        <source>Webadres</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="67"/>
        <source>Pad</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="108"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="22"/>
        <location filename="../../reader/ui/link_dialog.py" line="33"/>
        <source>Externe link</source>
        <translation>External link</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="23"/>
        <source>Deze link gaat naar een website buiten de app.</source>
        <translation>This link goes to a website outside the app.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="25"/>
        <source>%1

Openen in de browser werkt alleen met een internetverbinding.</source>
        <translation>%1

Opening it in the browser only works with an internet connection.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="27"/>
        <source>Openen in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="29"/>
        <source>Kopieer link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="30"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FacetGroup</name>
    <message>
        <location filename="../../reader/ui/facet_group.py" line="106"/>
        <source>Groep in- of uitklappen</source>
        <translation>Expand or collapse the group</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="39"/>
        <location filename="../../reader/ui/find_bar.py" line="46"/>
        <source>Zoeken in pagina</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="43"/>
        <source>Zoeken in pagina:</source>
        <translation>Find in page:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="47"/>
        <source>Woord op deze pagina</source>
        <translation>Word on this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="53"/>
        <source>Aantal treffers</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="56"/>
        <source>Vorige treffer (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="57"/>
        <source>Vorige treffer</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="60"/>
        <source>Volgende treffer (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="61"/>
        <source>Volgende treffer</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="64"/>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="65"/>
        <source>Zoekbalk sluiten</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="105"/>
        <source>Geen treffers</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="107"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <location filename="../../reader/ui/loading.py" line="32"/>
        <source>Inhoud lezen…</source>
        <translation>Reading the content…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/loading.py" line="38"/>
        <source>Voortgang inhoud lezen</source>
        <translation>Progress reading the content</translation>
    </message>
    <message>
        <location filename="../../reader/ui/loading.py" line="41"/>
        <source>Bestanden zoeken…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/loading.py" line="53"/>
        <source>Links en verwijzingen controleren…</source>
        <translation>Checking links and references…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/loading.py" line="56"/>
        <source>%1 van %2 bestanden</source>
        <translation>%1 of %2 files</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="90"/>
        <source>Inhoud: %1 · %2 pagina&apos;s</source>
        <extracomment>how to start this app again (program, arguments); set by `run_app`</extracomment>
        <translation>Content: %1 · %2 pages</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="110"/>
        <location filename="../../reader/ui/main_window.py" line="114"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="129"/>
        <source>Zoekindex opbouwen…</source>
        <translation>Building search index…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="132"/>
        <source>Voortgang zoekindex</source>
        <translation>Search index progress</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="244"/>
        <location filename="../../reader/ui/main_window.py" line="392"/>
        <source>Pagina niet gevonden: %1</source>
        <translation>Page not found: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="345"/>
        <source>alle onderdelen</source>
        <translation>everything</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="351"/>
        <source>Zoeken mislukt; zie het logbestand.</source>
        <translation>Search failed; see the log file.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="374"/>
        <source>Zoekindex is klaar.</source>
        <translation>Search index is ready.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="382"/>
        <source>Zoekindex niet beschikbaar</source>
        <translation>Search index not available</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="384"/>
        <source>Zoekindex</source>
        <translation>Search index</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="385"/>
        <source>De zoekindex kon niet worden opgebouwd. Bladeren met de filters werkt wel.

%1</source>
        <translation>The search index could not be built. Browsing with the filters still works.

%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="413"/>
        <source>Beslishulp AI-verordening</source>
        <translation>AI Act decision aid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="414"/>
        <source>De beslishulp kon niet worden gelezen:
%1</source>
        <translation>The decision aid could not be read:
%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="416"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="471"/>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="527"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="540"/>
        <source>Filter gezet: %1</source>
        <translation>Filter set: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="556"/>
        <source>Document niet gevonden</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="557"/>
        <source>Het document %1 staat niet in de inhoudsmap.</source>
        <translation>The document %1 is not in the content folder.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="560"/>
        <source>Document openen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="561"/>
        <source>Er is geen programma gevonden om %1 te openen.</source>
        <translation>No program was found to open %1.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="583"/>
        <source>De browser kon niet worden geopend.</source>
        <translation>The browser could not be opened.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="586"/>
        <source>Link gekopieerd: %1</source>
        <translation>Link copied: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="614"/>
        <source>Webadres gekopieerd: %1</source>
        <translation>Web address copied: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="633"/>
        <source>Bladwijzer toegevoegd</source>
        <translation>Bookmark added</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="633"/>
        <source>Bladwijzer verwijderd</source>
        <translation>Bookmark removed</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="641"/>
        <source>&amp;Bladwijzer verwijderen</source>
        <translation>Remove &amp;bookmark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="641"/>
        <source>&amp;Bladwijzer toevoegen</source>
        <translation>Add &amp;bookmark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="651"/>
        <source>Nog geen bladwijzers</source>
        <translation>No bookmarks yet</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="664"/>
        <source>Bladwijzers verwijderen</source>
        <translation>Remove bookmarks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="665"/>
        <source>Alle bladwijzers verwijderen?</source>
        <translation>Remove all bookmarks?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="674"/>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="683"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="684"/>
        <source>De nieuwe taal wordt gebruikt als je de app opnieuw start.</source>
        <translation>The new language is used when you restart the app.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="686"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="686"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="688"/>
        <source>Nu opnieuw starten</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="704"/>
        <source>Opnieuw starten lukte niet; start de app zelf opnieuw.</source>
        <translation>Could not restart; please start the app again yourself.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="752"/>
        <source>Pagina afdrukken</source>
        <translation>Print page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="763"/>
        <location filename="../../reader/ui/main_window.py" line="782"/>
        <source>Exporteren als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="763"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="771"/>
        <source>PDF opgeslagen: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="783"/>
        <source>Deze pagina kan niet worden geëxporteerd.</source>
        <translation>This page cannot be exported.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="790"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="791"/>
        <source>CSV, puntkomma-gescheiden (*.csv)</source>
        <translation>CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="793"/>
        <location filename="../../reader/ui/main_window.py" line="804"/>
        <source>Lijst exporteren</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="805"/>
        <source>Opslaan is mislukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="807"/>
        <source>%1 rijen opgeslagen in %2</source>
        <translation>%1 rows saved to %2</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="129"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="143"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146"/>
        <source>&amp;Kleuren</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="151"/>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="156"/>
        <source>&amp;Geschiedenis</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="158"/>
        <source>Bla&amp;dwijzers</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../reader/ui/page_view.py" line="83"/>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="132"/>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="216"/>
        <source>Deze pagina kan niet worden getoond. De details staan in het logbestand.</source>
        <translation>This page cannot be shown. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="280"/>
        <source>Externe link: %1</source>
        <translation>External link: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="282"/>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="285"/>
        <source>Filter op %1</source>
        <translation>Filter on %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="287"/>
        <source>Uitklappen of inklappen</source>
        <translation>Expand or collapse</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="289"/>
        <source>Begrippenlijst</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="291"/>
        <source>Beslishulp AI-verordening openen</source>
        <translation>Open the AI Act decision aid</translation>
    </message>
</context>
<context>
    <name>Portable</name>
    <message>
        <location filename="../../reader/ui/app.py" line="208"/>
        <source>Draagbare modus: de map data is alleen-lezen, dus je eigen gebruikersmap wordt gebruikt.</source>
        <translation>Portable mode: the data folder is read-only, so your own user folders are used.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="31"/>
        <location filename="../../reader/ui/problems_dialog.py" line="32"/>
        <source>Inhoudsproblemen</source>
        <translation>Content problems</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="36"/>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="37"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="38"/>
        <location filename="../../reader/ui/problems_dialog.py" line="67"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="45"/>
        <source>%1 problemen: %2 fouten, %3 waarschuwingen. Dubbelklik om de pagina te openen.</source>
        <translation>%1 problems: %2 errors, %3 warnings. Double-click to open the page.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="53"/>
        <source>Filteren op bestand of melding</source>
        <translation>Filter by file or message</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="54"/>
        <source>Filteren</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="57"/>
        <location filename="../../reader/ui/problems_dialog.py" line="67"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="58"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="67"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="67"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="67"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="90"/>
        <source>Lijst met problemen</source>
        <translation>List of problems</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="114"/>
        <source>Geen problemen gevonden in de inhoud.</source>
        <translation>No problems found in the content.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../reader/ui/results_view.py" line="72"/>
        <source>Alle onderdelen</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="75"/>
        <source>Aantal resultaten</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="92"/>
        <source>AI-profiel</source>
        <translation>AI Act profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="94"/>
        <source>Profiel wissen</source>
        <translation>Clear profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="96"/>
        <source>AI-profiel wissen</source>
        <translation>Clear the AI Act profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="107"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="135"/>
        <source>AI-profiel: %1</source>
        <translation>AI Act profile: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="152"/>
        <source>Bedoelde je: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="159"/>
        <source>Alle %1 resultaten tonen</source>
        <translation>Show all %1 results</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="58"/>
        <source>Zoeken en filteren</source>
        <extracomment>the AI-act profile and the law, for vereisten: after the others, folded until used</extracomment>
        <translation>Search and filter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="70"/>
        <source>Zoeken… (Ctrl+K)</source>
        <translation>Search… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="71"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="73"/>
        <source>Typ om te zoeken; pijl omlaag gaat naar de resultaten</source>
        <translation>Type to search; arrow down moves to the results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="94"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="104"/>
        <source>Vereisten: AI-verordening en wetgeving</source>
        <translation>Requirements: AI Act and legislation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="117"/>
        <location filename="../../reader/ui/sidebar.py" line="119"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../reader/ui/start_page.py" line="159"/>
        <source>Startpagina</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="182"/>
        <location filename="../../reader/ui/start_page.py" line="184"/>
        <source>Algoritmekader</source>
        <translation>Algoritmekader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="187"/>
        <source>Het Algoritmekader helpt overheidsorganisaties om verantwoord te werken met algoritmes en AI: welke wetten en regels gelden, welke maatregelen je kunt nemen en welke hulpmiddelen daarbij helpen. Deze app werkt volledig offline.</source>
        <translation>The Algoritmekader helps Dutch government organisations work responsibly with algorithms and AI: which laws and rules apply, which measures you can take and which tools help. This app works fully offline. (The content itself is in Dutch.)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="225"/>
        <source>Wat is jouw rol?</source>
        <translation>What is your role?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="226"/>
        <source>Kies je rol: je ziet dan alleen wat voor jou van belang is. Je kunt in de zijbalk meer rollen aanvinken.</source>
        <translation>Choose your role to see only what matters to you. You can tick more roles in the sidebar.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="239"/>
        <source>Ik ben %1</source>
        <translation>I am: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="241"/>
        <location filename="../../reader/ui/start_page.py" line="291"/>
        <source>%1 onderdelen</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="253"/>
        <source>Levenscyclus</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="254"/>
        <source>In welke fase zit je project? Elke fase heeft eigen maatregelen en hulpmiddelen.</source>
        <translation>Which phase is your project in? Each phase has its own measures and tools.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="265"/>
        <source>Fase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="275"/>
        <source>Direct naar</source>
        <translation>Go straight to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="280"/>
        <source>Hulpmiddelen</source>
        <translation>Tools (hulpmiddelen)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="281"/>
        <source>Handreikingen, toetsingskaders en impact assessments.</source>
        <translation>Guides, assessment frameworks and impact assessments.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="282"/>
        <source>Maatregelen</source>
        <translation>Measures (maatregelen)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="283"/>
        <source>Wat je kunt doen om aan de vereisten te voldoen.</source>
        <translation>What you can do to meet the requirements.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="284"/>
        <source>Vereisten</source>
        <translation>Requirements (vereisten)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="285"/>
        <source>Wat wetten en regels van je vragen.</source>
        <translation>What laws and rules require of you.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="297"/>
        <source>Beslishulp AI-verordening</source>
        <translation>AI Act decision aid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="298"/>
        <source>Geldt de AI-verordening voor je toepassing, en wat moet je dan doen?</source>
        <translation>Does the AI Act apply to your application, and what must you then do?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="299"/>
        <source>vraag voor vraag, offline</source>
        <translation>question by question, offline</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="305"/>
        <source>Begrippenlijst</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="306"/>
        <source>Wat betekenen de termen in het kader?</source>
        <translation>What do the terms in the framework mean?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="307"/>
        <source>%1 begrippen</source>
        <translation>%1 terms</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../reader/ui/texts.py" line="10"/>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="11"/>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="16"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="17"/>
        <source>Levenscyclus</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="18"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="19"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="20"/>
        <source>Soort toepassing</source>
        <translation>Type of application</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="21"/>
        <source>Rol in de AI-verordening</source>
        <translation>Role under the AI Act</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="22"/>
        <source>Risicogroep</source>
        <translation>Risk group</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="23"/>
        <source>Transparantieverplichting</source>
        <translation>Transparency obligation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="24"/>
        <source>Systeemrisico</source>
        <translation>Systemic risk</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="25"/>
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="26"/>
        <source>Wetgeving</source>
        <translation>Legislation</translation>
    </message>
</context>
</TS>
