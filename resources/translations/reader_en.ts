<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="29"/>
        <location filename="../../reader/ui/about_dialog.py" line="30"/>
        <source>Over Algoritmekader Reader</source>
        <translation>About Algoritmekader Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="45"/>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="46"/>
        <source>Wat het is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="47"/>
        <source>Versie van het kader</source>
        <translation>Framework version</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="48"/>
        <source>Datum van die versie</source>
        <translation>Date of that version</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="49"/>
        <source>Officiële website</source>
        <translation>Official website</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="50"/>
        <source>Inhoudsmap</source>
        <translation>Content folder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="51"/>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="58"/>
        <source>Lees en doorzoek het Algoritmekader van de Nederlandse overheid, volledig offline.</source>
        <translation>Read and search the Dutch government&apos;s Algoritmekader (framework for responsible algorithms and AI), fully offline.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="62"/>
        <source>De inhoud van het Algoritmekader is gepubliceerd door het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties onder de EUPL-1.2-licentie.</source>
        <translation>The content of the Algoritmekader is published by the Dutch Ministry of the Interior and Kingdom Relations under the EUPL-1.2 licence.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/about_dialog.py" line="65"/>
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
        <source>Inhoud &amp;openen…</source>
        <translation>&amp;Open content…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>Een andere versie van het Algoritmekader openen of kiezen (map of zip)</source>
        <translation>Open or choose another version of the Algoritmekader (folder or zip)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>&amp;Wat is er veranderd…</source>
        <translation>&amp;What has changed…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Twee inhoudspakketten vergelijken</source>
        <translation>Compare two content packs</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="71"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>De laatste wijziging in je projecten terugdraaien</source>
        <translation>Reverse the last change to your projects</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>Naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>Zoeken in &amp;pagina…</source>
        <translation>&amp;Find in page…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="77"/>
        <source>Een woord zoeken op deze pagina</source>
        <translation>Find a word on this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="78"/>
        <source>&amp;Webadres kopiëren</source>
        <translation>Copy &amp;web address</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="79"/>
        <source>Het adres van deze pagina op de website kopiëren</source>
        <translation>Copy the address of this page on the website</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="80"/>
        <source>&amp;Filters wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="81"/>
        <source>Alle filters uitzetten</source>
        <translation>Turn off all filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="83"/>
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="85"/>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>&amp;Volledig scherm</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="88"/>
        <source>Het venster over het hele scherm</source>
        <translation>The window across the whole screen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="89"/>
        <source>Zij&amp;balk tonen</source>
        <translation>Show side&amp;bar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="90"/>
        <source>De zijbalk met zoeken en filters tonen of verbergen</source>
        <translation>Show or hide the sidebar with search and filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="91"/>
        <source>&amp;Middenkolom tonen</source>
        <translation>Show &amp;middle column</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="92"/>
        <source>De resultaten en de werklijst tonen of verbergen</source>
        <translation>Show or hide the results and the work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="93"/>
        <source>Volgend &amp;deelvenster</source>
        <translation>Next &amp;pane</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>Naar zoeken, filters, resultaten, pagina (F6; terug met Shift+F6)</source>
        <translation>To search, filters, results, page (F6; back with Shift+F6)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="95"/>
        <source>Vorig d&amp;eelvenster</source>
        <translation>Pre&amp;vious pane</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="96"/>
        <source>Het vorige deelvenster</source>
        <translation>The previous pane</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="97"/>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="84"/>
        <source>Alles groter: tekst en bediening</source>
        <translation>Everything larger: text and controls</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="86"/>
        <source>Alles kleiner: tekst en bediening</source>
        <translation>Everything smaller: text and controls</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98"/>
        <source>Tekst en bediening op normale grootte</source>
        <translation>Text and controls at normal size</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="100"/>
        <location filename="../../reader/ui/actions.py" line="110"/>
        <source>Volg het &amp;systeem</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>&amp;Licht</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="102"/>
        <source>&amp;Donker</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="103"/>
        <source>&amp;Hoog contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="104"/>
        <source>Zwart, wit en geel: de hoogste leesbaarheid</source>
        <translation>Black, white and yellow: the most legible</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="118"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="118"/>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120"/>
        <source>&amp;Start</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="121"/>
        <source>Naar de startpagina</source>
        <translation>Go to the start page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>&amp;Begrippenlijst</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>De begrippenlijst openen</source>
        <translation>Open the glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="124"/>
        <source>Beslishulp &amp;AI-verordening…</source>
        <translation>AI Act &amp;decision aid…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125"/>
        <source>Bepaal met vragen of en hoe de AI-verordening geldt</source>
        <translation>Find out, question by question, whether and how the AI Act applies</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="126"/>
        <source>Openen op de &amp;website…</source>
        <translation>Open on the &amp;website…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="127"/>
        <source>Deze pagina openen op de website van het Algoritmekader</source>
        <translation>Open this page on the Algoritmekader website</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="128"/>
        <source>&amp;Officiële tekst</source>
        <translation>&amp;Official text</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="129"/>
        <source>Deze pagina in de officiële tekst van het Algoritmekader</source>
        <translation>This page in the official text of the Algoritmekader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="131"/>
        <source>&amp;Werklijst tonen</source>
        <translation>Show &amp;work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>De werklijst van het project tonen</source>
        <translation>Show the project&apos;s work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="133"/>
        <source>&amp;Nieuw project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="134"/>
        <source>Een project maken: rollen, fasen en AI-profiel</source>
        <translation>Create a project: roles, phases and AI profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="135"/>
        <source>Project &amp;bewerken…</source>
        <translation>&amp;Edit project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="136"/>
        <source>Naam, rollen, fasen en profiel van het project</source>
        <translation>The project&apos;s name, roles, phases and profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="137"/>
        <source>&amp;Toevoegen aan project</source>
        <translation>&amp;Add to project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>Deze pagina in de werklijst van het project zetten</source>
        <translation>Put this page in the project&apos;s work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="139"/>
        <source>Notitie bij deze &amp;pagina</source>
        <translation>Note on this &amp;page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="140"/>
        <source>Je eigen notitie bij deze pagina</source>
        <translation>Your own note on this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="141"/>
        <source>Pro&amp;jectpaneel tonen</source>
        <translation>&amp;Show project panel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="142"/>
        <source>Het paneel naast de pagina met status, notitie en bewijs</source>
        <translation>The panel beside the page with status, note and evidence</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="143"/>
        <source>Project&amp;rapport opslaan…</source>
        <translation>Save project &amp;report…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="144"/>
        <source>Het projectrapport als PDF, Excel of OpenDocument</source>
        <translation>The project report as PDF, Excel or OpenDocument</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="145"/>
        <source>Werklijst &amp;afdrukken…</source>
        <translation>Print work &amp;list…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="145"/>
        <source>De werklijst afdrukken</source>
        <translation>Print the work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146"/>
        <source>Project &amp;exporteren…</source>
        <translation>E&amp;xport project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="147"/>
        <source>Het project als bestand, om te delen of te bewaren</source>
        <translation>The project as a file, to share or keep</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148"/>
        <source>Project &amp;importeren…</source>
        <translation>&amp;Import project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148"/>
        <source>Een projectbestand inlezen</source>
        <translation>Read in a project file</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150"/>
        <source>&amp;Bladwijzer voor deze pagina</source>
        <translation>&amp;Bookmark this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="151"/>
        <source>Bladwijzer toevoegen of verwijderen</source>
        <translation>Add or remove a bookmark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152"/>
        <source>Alle bladwijzers &amp;verwijderen…</source>
        <translation>&amp;Remove all bookmarks…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="154"/>
        <source>&amp;Help en sneltoetsen</source>
        <translation>&amp;Help and shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="155"/>
        <source>Hoe de app werkt, alle sneltoetsen en de toegankelijkheid</source>
        <translation>How the app works, all shortcuts and accessibility</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="156"/>
        <source>&amp;Over Algoritmekader Reader</source>
        <translation>&amp;About Algoritmekader Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="158"/>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>BeslishulpDialog</name>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="68"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="69"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="429"/>
        <source>Beslishulp AI-verordening</source>
        <translation>AI Act decision aid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="83"/>
        <source>Beantwoord de vragen over je toepassing. Je krijgt dan te zien of de AI-verordening geldt, in welke rol en risicogroep, en welke vereisten erbij horen. Dit is een hulpmiddel: bespreek de uitkomst met een deskundige.</source>
        <translation>Answer the questions about your application. You then see whether the AI Act applies, in which role and risk group, and which requirements come with it. This is guidance: discuss the outcome with an expert. (The questions are in Dutch.)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="109"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="118"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="119"/>
        <source>Terug naar de vorige vraag</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="121"/>
        <source>&amp;Opnieuw beginnen</source>
        <translation>&amp;Start over</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="123"/>
        <source>&amp;Volgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="156"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="174"/>
        <source>&amp;Opmerking bij deze vraag (optioneel, komt in de PDF):</source>
        <translation>&amp;Remark on this question (optional, goes into the PDF):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="178"/>
        <source>Opmerking bij deze vraag</source>
        <translation>Remark on this question</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="194"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="219"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="199"/>
        <source>De &amp;vereisten tonen die hierbij horen</source>
        <translation>Show the &amp;requirements that apply</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="202"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="220"/>
        <source>%1 vragen beantwoord</source>
        <translation>%1 questions answered</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="232"/>
        <source>Vraag %1 van ongeveer %2</source>
        <translation>Question %1 of about %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="264"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="304"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="265"/>
        <source>Geen toelichting bij deze vraag.</source>
        <translation>No explanation for this question.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="302"/>
        <source>Conclusie</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="302"/>
        <source>Wat je moet doen</source>
        <translation>What you must do</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="303"/>
        <source>Je AI-profiel</source>
        <translation>Your AI Act profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="303"/>
        <source>Waarom: je antwoorden</source>
        <translation>Why: your answers</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="319"/>
        <source>Opmerking: %1</source>
        <translation>Remark: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="385"/>
        <source>Opnieuw beginnen</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="385"/>
        <source>Alle antwoorden en opmerkingen van deze beslishulp wissen?</source>
        <translation>Clear all answers and remarks of this decision aid?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="398"/>
        <source>Je antwoorden konden niet worden bewaard; ze gelden alleen tot je de app sluit.</source>
        <translation>Your answers could not be saved; they only last until you close the app.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="417"/>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="438"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="419"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/beslishulp_dialog.py" line="438"/>
        <source>De PDF kon niet worden opgeslagen.</source>
        <translation>The PDF could not be saved.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../reader/ui/app.py" line="111"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="112"/>
        <source>Er ging iets mis in Algoritmekader Reader. Je kunt gewoon verder werken; als het opnieuw gebeurt, stuur dan het logbestand mee.</source>
        <translation>Something went wrong in Algoritmekader Reader. You can carry on working; if it happens again, please send the log file along.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="117"/>
        <source>(geen logbestand)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="118"/>
        <source>Fout: %1

Logbestand: %2</source>
        <translation>Error: %1

Log file: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="191"/>
        <location filename="../../reader/ui/app.py" line="194"/>
        <source>Inhoud niet gevonden</source>
        <translation>Content not found</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="195"/>
        <source>De inhoudsmap bestaat niet:
%1</source>
        <translation>The content folder does not exist:
%1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../reader/ui/exporter.py" line="31"/>
        <source>Algoritmekader</source>
        <translation>Algoritmekader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="32"/>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="35"/>
        <source>zoekterm: &quot;%1&quot;</source>
        <translation>search: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="37"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="38"/>
        <source>levenscyclus</source>
        <translation>lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="39"/>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="40"/>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="48"/>
        <source>geen zoekterm of filters</source>
        <translation>no search text or filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="49"/>
        <source>geëxporteerd %1</source>
        <translation>exported %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="60"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="61"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="62"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="63"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="64"/>
        <source>Levenscyclus</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="65"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="66"/>
        <source>Toelichting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="67"/>
        <location filename="../../reader/ui/exporter.py" line="116"/>
        <source>Webadres</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="68"/>
        <source>Pad</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="110"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exporter.py" line="130"/>
        <source>Over deze lijst</source>
        <translation>About this list</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="25"/>
        <location filename="../../reader/ui/link_dialog.py" line="36"/>
        <source>Externe link</source>
        <translation>External link</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="26"/>
        <source>Deze link gaat naar een website buiten de app.</source>
        <translation>This link goes to a website outside the app.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="28"/>
        <source>%1

Openen in de browser werkt alleen met een internetverbinding.</source>
        <translation>%1

Opening it in the browser only works with an internet connection.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="30"/>
        <source>Openen in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="32"/>
        <source>Link kopiëren</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../reader/ui/link_dialog.py" line="33"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FacetGroup</name>
    <message>
        <location filename="../../reader/ui/facet_group.py" line="183"/>
        <source>Groep in- of uitklappen</source>
        <extracomment>how the first part of a Dutch compound often ends (where a long word may be split)</extracomment>
        <translation>Expand or collapse the group</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="40"/>
        <location filename="../../reader/ui/find_bar.py" line="47"/>
        <source>Zoeken in pagina</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="44"/>
        <source>Zoeken in pagina:</source>
        <translation>Find in page:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="48"/>
        <source>Woord op deze pagina</source>
        <translation>Word on this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="54"/>
        <source>Aantal treffers</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="57"/>
        <source>Vorige treffer (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="58"/>
        <source>Vorige treffer</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="61"/>
        <source>Volgende treffer (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="62"/>
        <source>Volgende treffer</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="65"/>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="66"/>
        <source>Zoekbalk sluiten</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="106"/>
        <source>Geen treffers</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="108"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>HeadingNavigator</name>
    <message>
        <location filename="../../reader/ui/page_outline.py" line="46"/>
        <source>Volgende &amp;kop</source>
        <translation>&amp;Next heading</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_outline.py" line="47"/>
        <source>Naar de volgende kop op de pagina</source>
        <translation>To the next heading on the page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_outline.py" line="48"/>
        <source>Vorige ko&amp;p</source>
        <translation>&amp;Previous heading</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_outline.py" line="49"/>
        <source>Naar de vorige kop op de pagina</source>
        <translation>To the previous heading on the page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_outline.py" line="79"/>
        <source>Geen volgende kop</source>
        <translation>No next heading</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_outline.py" line="79"/>
        <source>Geen vorige kop</source>
        <translation>No previous heading</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_outline.py" line="87"/>
        <source>Kop %1: %2</source>
        <translation>Heading %1: %2</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="63"/>
        <source>Projectitem en notitie</source>
        <translation>Project item and note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="81"/>
        <source>Paneel sluiten (Project → Projectpaneel tonen zet het terug)</source>
        <translation>Close panel (Project → Show project panel brings it back)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="82"/>
        <source>Paneel sluiten</source>
        <translation>Close panel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="91"/>
        <source>Toevoegen aan project</source>
        <translation>Add to project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="95"/>
        <source>Nieuw project maken…</source>
        <translation>Create new project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="106"/>
        <source>Gelezen, signaal weghalen</source>
        <translation>Mark as read, clear the notice</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="119"/>
        <source>Reden (waarom niet van toepassing)</source>
        <translation>Reason (why not applicable)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="123"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="124"/>
        <source>Verplicht bij ‘niet van toepassing’</source>
        <translation>Required for ‘not applicable’</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="128"/>
        <source>&amp;Verantwoordelijke</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="132"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="136"/>
        <source>&amp;Notitie bij dit item</source>
        <translation>&amp;Note on this item</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="140"/>
        <source>Notitie bij dit item</source>
        <translation>Note on this item</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="147"/>
        <source>Bewijs (bestanden of adressen; bestanden worden niet gekopieerd)</source>
        <translation>Evidence (files or addresses; files are not copied)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="150"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="157"/>
        <source>Bestand…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="157"/>
        <source>Bewijs: bestand toevoegen</source>
        <translation>Evidence: add file</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="158"/>
        <source>Adres…</source>
        <translation>Address…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="158"/>
        <source>Bewijs: adres toevoegen</source>
        <translation>Evidence: add address</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="159"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="159"/>
        <source>Bewijs openen</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="160"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="160"/>
        <source>Bewijs weghalen</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="168"/>
        <source>Uit de werklijst halen</source>
        <translation>Remove from work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="178"/>
        <source>&amp;Mijn notitie bij deze pagina (in elk project)</source>
        <translation>&amp;My note on this page (in every project)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="182"/>
        <source>Mijn notitie bij deze pagina</source>
        <translation>My note on this page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="213"/>
        <source>&lt;b&gt;Notitie&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="219"/>
        <source>Maak een project om bij te houden wat je met deze pagina doet: status, notitie, verantwoordelijke en bewijs.</source>
        <translation>Create a project to keep track of what you do with this page: status, note, responsible and evidence.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="222"/>
        <source>Deze pagina staat niet in de werklijst van dit project.</source>
        <translation>This page is not in this project&apos;s work list.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="229"/>
        <source>Let op: %1</source>
        <translation>Attention: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="241"/>
        <source>  (niet gevonden)</source>
        <translation>  (not found)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="245"/>
        <source>Laatst gewijzigd: %1</source>
        <translation>Last changed: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="246"/>
        <source>Nog niet bijgewerkt</source>
        <translation>Not yet updated</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="273"/>
        <source>Geef een reden op; daarna wordt ‘niet van toepassing’ opgeslagen.</source>
        <translation>Give a reason; ‘not applicable’ will then be saved.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="323"/>
        <source>Bestand als bewijs koppelen</source>
        <translation>Link file as evidence</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="328"/>
        <source>Adres als bewijs</source>
        <translation>Address as evidence</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="329"/>
        <source>Adres (https://…) of pad naar een bestand:</source>
        <translation>Address (https://…) or path to a file:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/item_panel.py" line="343"/>
        <source>Bestand niet gevonden: %1</source>
        <translation>File not found: %1</translation>
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
        <location filename="../../reader/ui/main_window.py" line="109"/>
        <source>Inhoud: %1 · %2 pagina&apos;s</source>
        <extracomment>how to start this app again (program, arguments); set by `run_app`</extracomment>
        <translation>Content: %1 · %2 pages</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="119"/>
        <location filename="../../reader/ui/main_window.py" line="150"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="120"/>
        <location filename="../../reader/ui/main_window.py" line="726"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="125"/>
        <source>Resultaten en project</source>
        <translation>Results and project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="149"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="151"/>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="163"/>
        <location filename="../../reader/ui/main_window.py" line="167"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="183"/>
        <source>Zoekindex opbouwen…</source>
        <translation>Building search index…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="186"/>
        <source>Voortgang zoekindex</source>
        <translation>Search index progress</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="347"/>
        <location filename="../../reader/ui/main_window.py" line="546"/>
        <source>Pagina niet gevonden: %1</source>
        <translation>Page not found: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="499"/>
        <source>alle onderdelen</source>
        <translation>everything</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="505"/>
        <source>Zoeken mislukt; zie het logbestand.</source>
        <translation>Search failed; see the log file.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="528"/>
        <source>Zoekindex is klaar.</source>
        <translation>Search index is ready.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="536"/>
        <source>Zoekindex niet beschikbaar</source>
        <translation>Search index not available</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="538"/>
        <source>Zoekindex</source>
        <translation>Search index</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="539"/>
        <source>De zoekindex kon niet worden opgebouwd. Bladeren met de filters werkt wel.

%1</source>
        <translation>The search index could not be built. Browsing with the filters still works.

%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="567"/>
        <source>Beslishulp AI-verordening</source>
        <translation>AI Act decision aid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="568"/>
        <source>De beslishulp kon niet worden gelezen:
%1</source>
        <translation>The decision aid could not be read:
%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="570"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="625"/>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="721"/>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="721"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="729"/>
        <source>Project (%1/%2)</source>
        <translation>Project (%1/%2)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="772"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="787"/>
        <source>Filter gezet: %1</source>
        <translation>Filter set: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="824"/>
        <source>Document niet gevonden</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="825"/>
        <source>Het document %1 staat niet in de inhoudsmap.</source>
        <translation>The document %1 is not in the content folder.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="828"/>
        <source>Document openen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="829"/>
        <source>Er is geen programma gevonden om %1 te openen.</source>
        <translation>No program was found to open %1.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="851"/>
        <source>De browser kon niet worden geopend.</source>
        <translation>The browser could not be opened.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="854"/>
        <source>Link gekopieerd: %1</source>
        <translation>Link copied: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="971"/>
        <source>Volgende of vorige treffer in de pagina</source>
        <translation>Next or previous match in the page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="972"/>
        <source>Van het zoekveld naar de resultaten</source>
        <translation>From the search field to the results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="972"/>
        <source>Pijl omlaag</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="973"/>
        <source>Resultaat of werklijstitem openen</source>
        <translation>Open a result or work list item</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="974"/>
        <source>Werklijstitem gedaan of te doen</source>
        <translation>Work list item done or to do</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="974"/>
        <source>Spatie</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="975"/>
        <source>Menu bij een resultaat of item</source>
        <translation>Menu of a result or item</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="975"/>
        <source>Menutoets of Shift+F10</source>
        <translation>Menu key or Shift+F10</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="978"/>
        <source>Links zoek en filter je, in het midden staan de resultaten of de werklijst van je project, rechts de pagina. F6 gaat van het ene deel naar het volgende. Alles werkt zonder internet; een link naar buiten opent pas als je daarvoor kiest.</source>
        <translation>On the left you search and filter, in the middle are the results or your project&apos;s work list, on the right the page. F6 moves from one part to the next. Everything works without internet; a link to the outside only opens when you choose so.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="981"/>
        <source>Is het venster te smal voor alle delen naast elkaar (bijvoorbeeld bij 200 % schaal), dan zie je één deel tegelijk: kies het met de tabs Zoeken, Resultaten en Pagina, of met F6. Inzoomen (Ctrl+plus) maakt alles groter, niet alleen de pagina; Beeld → Kleuren heeft ook Hoog contrast.</source>
        <translation>When the window is too narrow for all parts side by side (at 200 % scaling, for instance), you see one part at a time: pick it with the tabs Search, Results and Page, or with F6. Zoom in (Ctrl+plus) makes everything larger, not only the page; View → Colours also has High contrast.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="992"/>
        <location filename="../../reader/ui/main_window.py" line="998"/>
        <source>Help en sneltoetsen</source>
        <translation>Help and shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1053"/>
        <source>Je leest al de officiële tekst.</source>
        <translation>You are already reading the official text.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1057"/>
        <source>Geen officieel pakket geopend (Bestand → Inhoud openen…); de officiële pagina staat op de website.</source>
        <translation>No official pack open (File → Open content…); the official page is on the website.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1063"/>
        <source>Deze pagina staat niet in %1; de officiële pagina staat op de website.</source>
        <translation>This page is not in %1; the official page is on the website.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1067"/>
        <source>Officiële tekst uit %1 (%2). De app zelf toont een samenvatting in eigen woorden.</source>
        <translation>Official text from %1 (%2). The app itself shows a summary in our own words.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1069"/>
        <source>Officiële tekst — %1</source>
        <translation>Official text — %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1087"/>
        <source>Wat is er veranderd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1108"/>
        <source>Deze pagina staat niet in de inhoud die je nu leest.</source>
        <translation>This page is not in the content you are reading now.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1116"/>
        <source>Webadres gekopieerd: %1</source>
        <translation>Web address copied: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1135"/>
        <source>Bladwijzer toegevoegd</source>
        <translation>Bookmark added</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1135"/>
        <source>Bladwijzer verwijderd</source>
        <translation>Bookmark removed</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1143"/>
        <source>&amp;Bladwijzer verwijderen</source>
        <translation>Remove &amp;bookmark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1143"/>
        <source>&amp;Bladwijzer toevoegen</source>
        <translation>Add &amp;bookmark</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1153"/>
        <source>Nog geen bladwijzers</source>
        <translation>No bookmarks yet</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1166"/>
        <source>Bladwijzers verwijderen</source>
        <translation>Remove bookmarks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1167"/>
        <source>Alle bladwijzers verwijderen?</source>
        <translation>Remove all bookmarks?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1178"/>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1187"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1188"/>
        <source>De nieuwe taal wordt gebruikt als je de app opnieuw start.</source>
        <translation>The new language is used when you restart the app.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1190"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1190"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1192"/>
        <source>Nu opnieuw starten</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1208"/>
        <source>Opnieuw starten lukte niet; start de app zelf opnieuw.</source>
        <translation>Could not restart; please start the app again yourself.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1282"/>
        <source>Pagina afdrukken</source>
        <translation>Print page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1293"/>
        <location filename="../../reader/ui/main_window.py" line="1309"/>
        <location filename="../../reader/ui/main_window.py" line="1322"/>
        <source>Exporteren als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1293"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1323"/>
        <source>De PDF kon niet worden opgeslagen: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1325"/>
        <source>PDF opgeslagen: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1310"/>
        <source>Deze pagina kan niet worden geëxporteerd.</source>
        <translation>This page cannot be exported.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1336"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1337"/>
        <source>CSV, puntkomma-gescheiden (*.csv)</source>
        <translation>CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1339"/>
        <location filename="../../reader/ui/main_window.py" line="1350"/>
        <source>Lijst exporteren</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1351"/>
        <source>Opslaan is mislukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="1353"/>
        <source>%1 rijen opgeslagen in %2</source>
        <translation>%1 rows saved to %2</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="172"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="183"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="190"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="195"/>
        <source>&amp;Kleuren</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="197"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="200"/>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="205"/>
        <source>&amp;Geschiedenis</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="207"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="214"/>
        <source>Bl&amp;adwijzers</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="46"/>
        <source>Inhoud openen</source>
        <translation>Open content</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="53"/>
        <source>De app leest één inhoudspakket tegelijk: de meegeleverde samenvatting of een officiële versie van het Algoritmekader (de map docs/ of de hele repository, als map of als zip). Elk pakket heeft een eigen zoekindex.</source>
        <translation>The app reads one content pack at a time: the bundled summary or an official version of the Algoritmekader (the docs/ folder or the whole repository, as a folder or as a zip). Each pack has its own search index.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="60"/>
        <source>Inhoudspakketten</source>
        <translation>Content packs</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="75"/>
        <source>&amp;Map openen…</source>
        <translation>Open &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="77"/>
        <source>&amp;Zip openen…</source>
        <translation>Open &amp;zip…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="79"/>
        <source>&amp;Lezen</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="80"/>
        <source>Dit pakket lezen; het venster wisselt meteen</source>
        <translation>Read this pack; the window switches straight away</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="82"/>
        <source>&amp;Vergelijken met huidige</source>
        <translation>&amp;Compare with current</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="83"/>
        <source>Wat is er veranderd tussen dit pakket en het pakket dat je nu leest</source>
        <translation>What has changed between this pack and the pack you are reading now</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="85"/>
        <source>Ver&amp;wijderen</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="97"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="117"/>
        <source>  (nu gelezen)</source>
        <translation>  (now reading)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="154"/>
        <source>Map met inhoud openen</source>
        <translation>Open folder with content</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="159"/>
        <source>Zip met inhoud openen</source>
        <translation>Open zip with content</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="160"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="173"/>
        <source>Openen is mislukt: %1</source>
        <translation>Opening failed: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="175"/>
        <source>Toegevoegd: %1 (%2 pagina&apos;s). Kies Lezen om het te openen.</source>
        <translation>Added: %1 (%2 pages). Choose Read to open it.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="201"/>
        <source>Pakket verwijderen</source>
        <translation>Remove pack</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="202"/>
        <source>Pakket ‘%1’ uit de lijst halen? Een geïmporteerde zip wordt van deze computer verwijderd; een map blijft staan.</source>
        <translation>Remove pack ‘%1’ from the list? An imported zip is deleted from this computer; a folder is left in place.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/packs_dialog.py" line="211"/>
        <source>Verwijderd: %1</source>
        <translation>Removed: %1</translation>
    </message>
</context>
<context>
    <name>PageBrowser</name>
    <message>
        <location filename="../../reader/ui/page_browser.py" line="50"/>
        <source>Link kopiëren</source>
        <translation>Copy link</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../reader/ui/page_view.py" line="103"/>
        <source>Pagina</source>
        <extracomment>language of the labels the renderer adds (the page text stays as it is)</extracomment>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="178"/>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="267"/>
        <source>Deze pagina kan niet worden getoond. De details staan in het logbestand.</source>
        <translation>This page cannot be shown. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="335"/>
        <source>Externe link: %1</source>
        <translation>External link: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="337"/>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="340"/>
        <source>Filter op %1</source>
        <translation>Filter on %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="342"/>
        <source>Uitklappen of inklappen</source>
        <translation>Expand or collapse</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="344"/>
        <source>Begrippenlijst</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="346"/>
        <source>Beslishulp AI-verordening openen</source>
        <translation>Open the AI Act decision aid</translation>
    </message>
</context>
<context>
    <name>PaneArea</name>
    <message>
        <location filename="../../reader/ui/responsive.py" line="95"/>
        <source>Deelvensters</source>
        <translation>Panes</translation>
    </message>
</context>
<context>
    <name>PaneSizer</name>
    <message>
        <location filename="../../reader/ui/pane_sizes.py" line="30"/>
        <source>Deelvenster b&amp;reder</source>
        <translation>&amp;Widen pane</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane_sizes.py" line="31"/>
        <source>Het deelvenster met de cursor breder maken</source>
        <translation>Make the pane with the cursor wider</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane_sizes.py" line="32"/>
        <source>Deelvenster &amp;smaller</source>
        <translation>Na&amp;rrow pane</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane_sizes.py" line="33"/>
        <source>Het deelvenster met de cursor smaller maken</source>
        <translation>Make the pane with the cursor narrower</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../reader/ui/pdf_export.py" line="24"/>
        <source>de onderdelen voor toegankelijke PDF (WeasyPrint) zijn niet geïnstalleerd</source>
        <translation>the parts for accessible PDF (WeasyPrint) are not installed</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pdf_export.py" line="27"/>
        <source>de tekstopmaakbibliotheek Pango ontbreekt op deze computer</source>
        <translation>the text layout library Pango is missing on this computer</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pdf_export.py" line="29"/>
        <source>de toegankelijke PDF kon niet worden opgemaakt</source>
        <translation>the accessible PDF could not be laid out</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pdf_export.py" line="30"/>
        <source>Let op: deze PDF heeft geen toegankelijkheidsstructuur (geen tags, taal of bladwijzers voor schermlezers), want %1.</source>
        <translation>Note: this PDF has no accessibility structure (no tags, language or bookmarks for screen readers), because %1.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pdf_export.py" line="67"/>
        <source>De PDF kon niet worden geschreven: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
</context>
<context>
    <name>Portable</name>
    <message>
        <location filename="../../reader/ui/app.py" line="294"/>
        <source>Draagbare modus: de map data is alleen-lezen, dus je eigen gebruikersmap wordt gebruikt.</source>
        <translation>Portable mode: the data folder is read-only, so your own user folders are used.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="32"/>
        <location filename="../../reader/ui/problems_dialog.py" line="33"/>
        <source>Inhoudsproblemen</source>
        <translation>Content problems</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="37"/>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="38"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="39"/>
        <location filename="../../reader/ui/problems_dialog.py" line="68"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="46"/>
        <source>%1 problemen: %2 fouten, %3 waarschuwingen. Dubbelklik of druk op Enter om de pagina te openen.</source>
        <translation>%1 problems: %2 errors, %3 warnings. Double-click or press Enter to open the page.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="54"/>
        <source>Filteren op bestand of melding</source>
        <translation>Filter by file or message</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="55"/>
        <source>Filteren</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="58"/>
        <location filename="../../reader/ui/problems_dialog.py" line="68"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="59"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="68"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="68"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="68"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="91"/>
        <source>Lijst met problemen</source>
        <translation>List of problems</translation>
    </message>
    <message>
        <location filename="../../reader/ui/problems_dialog.py" line="115"/>
        <source>Geen problemen gevonden in de inhoud.</source>
        <translation>No problems found in the content.</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="137"/>
        <source>Open eerst een pagina.</source>
        <extracomment>the working list (ProjectPane) or the item panel (ItemPanel), just built: the window puts it where its stand-in (`pane_slot`, `panel_slot`) was</extracomment>
        <translation>Open a page first.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="158"/>
        <source>%1 staat al in de werklijst.</source>
        <translation>%1 is already in the work list.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="168"/>
        <source>Dit item staat niet (meer) in de inhoud: %1</source>
        <translation>This item is not (or no longer) in the content: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="200"/>
        <source>Project verwijderen</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="201"/>
        <source>Project ‘%1’ met al zijn statussen en notities verwijderen? Met Bewerken → Ongedaan maken zet je het terug.</source>
        <translation>Delete project ‘%1’ with all its statuses and notes? Edit → Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="216"/>
        <source>Project exporteren</source>
        <translation>Export project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="217"/>
        <location filename="../../reader/ui/project_controller.py" line="239"/>
        <source>Projectbestand (*.json)</source>
        <translation>Project file (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="232"/>
        <location filename="../../reader/ui/project_controller.py" line="337"/>
        <source>Opslaan is mislukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="234"/>
        <source>Project opgeslagen in %1</source>
        <translation>Project saved in %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="238"/>
        <location filename="../../reader/ui/project_controller.py" line="245"/>
        <location filename="../../reader/ui/project_controller.py" line="263"/>
        <location filename="../../reader/ui/project_controller.py" line="273"/>
        <source>Project importeren</source>
        <translation>Import project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="247"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="249"/>
        <source>Als nieuw project</source>
        <translation>As new project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="249"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="264"/>
        <source>Dit bestand kan niet worden ingelezen: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="274"/>
        <source>Importeren is mislukt: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="278"/>
        <source>Geïmporteerd: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="298"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="298"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="299"/>
        <source>OpenDocument-rekenblad (*.ods)</source>
        <translation>OpenDocument spreadsheet (*.ods)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="302"/>
        <source>Projectrapport opslaan</source>
        <translation>Save project report</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="332"/>
        <source>Projectrapport %1</source>
        <translation>Project report %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="341"/>
        <source>Projectrapport opgeslagen: %1</source>
        <translation>Project report saved: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_controller.py" line="356"/>
        <source>Werklijst afdrukken</source>
        <translation>Print work list</translation>
    </message>
</context>
<context>
    <name>ProjectDesk</name>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="164"/>
        <source>Project aangemaakt</source>
        <translation>Project created</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="171"/>
        <source>Project opgeslagen</source>
        <translation>Project saved</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="175"/>
        <source>Project gekopieerd</source>
        <translation>Project copied</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="182"/>
        <source>Project gearchiveerd</source>
        <translation>Project archived</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="182"/>
        <source>Project teruggezet</source>
        <translation>Project restored</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="187"/>
        <source>Project verwijderd (Ctrl+Z zet het terug)</source>
        <translation>Project deleted (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="203"/>
        <source>Kies of maak eerst een project.</source>
        <translation>Choose or create a project first.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="212"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="212"/>
        <source>Status opgeslagen</source>
        <translation>Status saved</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="215"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="218"/>
        <source>verantwoordelijke</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="218"/>
        <source>Verantwoordelijke opgeslagen</source>
        <translation>Responsible saved</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="222"/>
        <source>bewijs</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="222"/>
        <source>Bewijs opgeslagen</source>
        <translation>Evidence saved</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="226"/>
        <source>gelezen</source>
        <translation>mark as read</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="226"/>
        <source>Gemarkeerd als gelezen</source>
        <translation>Marked as read</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="229"/>
        <source>toevoegen</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="229"/>
        <source>Toegevoegd aan het project</source>
        <translation>Added to the project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="233"/>
        <source>uit de werklijst</source>
        <translation>remove from work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="233"/>
        <source>Uit de werklijst gehaald (Ctrl+Z zet het terug)</source>
        <translation>Removed from the work list (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_desk.py" line="250"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="54"/>
        <source>Project bewerken</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="54"/>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="77"/>
        <source>Bijvoorbeeld: Chatbot burgerzaken</source>
        <translation>For example: Civil affairs chatbot</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="78"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="83"/>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="88"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="100"/>
        <source>Fasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="102"/>
        <source>&lt;b&gt;Nu&lt;/b&gt;</source>
        <translation>&lt;b&gt;Now&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="103"/>
        <source>&lt;b&gt;Later&lt;/b&gt;</source>
        <translation>&lt;b&gt;Later&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="110"/>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="110"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="120"/>
        <source>AI-verordening</source>
        <translation>AI Act</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="127"/>
        <source>Uit de &amp;beslishulp overnemen</source>
        <translation>Take over from the &amp;decision aid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="132"/>
        <source>Van de &amp;filters overnemen</source>
        <translation>Take over from the &amp;filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="137"/>
        <source>&amp;Geen profiel</source>
        <translation>&amp;No profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="144"/>
        <source>Hulpmiddelen die het project gebruikt</source>
        <translation>Tools the project uses</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="148"/>
        <source>Hulpmiddelen</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="166"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="166"/>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="167"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="201"/>
        <source>Geen AI-profiel: de vereisten worden niet op de AI-verordening gefilterd.</source>
        <translation>No AI profile: the requirements are not filtered on the AI Act.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_dialog.py" line="234"/>
        <source>De werklijst begint met %1 maatregelen en vereisten.</source>
        <translation>The work list starts with %1 measures and requirements.</translation>
    </message>
</context>
<context>
    <name>ProjectPane</name>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="156"/>
        <location filename="../../reader/ui/project_pane.py" line="170"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="163"/>
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="164"/>
        <source>Een nieuw project maken</source>
        <translation>Create a new project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="165"/>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="171"/>
        <source>Projectmenu</source>
        <translation>Project menu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="198"/>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="205"/>
        <location filename="../../reader/ui/project_pane.py" line="206"/>
        <source>Filter op titel</source>
        <translation>Filter by title</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="218"/>
        <source>Een project is je werklijst: de maatregelen en vereisten die bij jouw rollen, fasen en AI-profiel horen, met per item een status, een notitie, wie het doet en bewijs. Alles blijft op deze computer. Het is een hulpmiddel om te werken, geen afvinklijst of bewijs van naleving.</source>
        <translation>A project is your work list: the measures and requirements that go with your roles, phases and AI profile, with a status, a note, who does it and evidence for each item. Everything stays on this computer. It is a tool for working with, not a checklist or proof of compliance.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="224"/>
        <source>Nieuw project maken…</source>
        <translation>Create new project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="228"/>
        <source>Projectbestand importeren…</source>
        <translation>Import project file…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="240"/>
        <source>Werklijst</source>
        <translation>Work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="268"/>
        <source>Mijn notities bij dit project</source>
        <translation>My notes on this project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="285"/>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="315"/>
        <source>Voortgang: %1</source>
        <translation>Progress: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="328"/>
        <source>Mijn notities bij pagina&apos;s van dit project (%1)</source>
        <translation>My notes on pages of this project (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="339"/>
        <source>geen rol</source>
        <translation>no role</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="341"/>
        <source>nu: </source>
        <translation>now: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="343"/>
        <source>later: </source>
        <translation>later: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="352"/>
        <source>hulpmiddelen: </source>
        <translation>tools: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="439"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="456"/>
        <source>Soort: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="460"/>
        <source>Let op: %1</source>
        <translation>Attention: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="463"/>
        <source>Notitie: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="468"/>
        <source>Reden: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="539"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="540"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="545"/>
        <source>Uit de werklijst halen</source>
        <translation>Remove from work list</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="551"/>
        <source>Nieuw project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="553"/>
        <source>Project bewerken…</source>
        <translation>Edit project…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="554"/>
        <source>Project dupliceren</source>
        <translation>Duplicate project</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="556"/>
        <source>Uit het archief halen</source>
        <translation>Restore from archive</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="558"/>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="559"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="561"/>
        <source>Projectrapport opslaan…</source>
        <translation>Save project report…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="562"/>
        <source>Werklijst afdrukken…</source>
        <translation>Print work list…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="563"/>
        <source>Project exporteren (om te delen)…</source>
        <translation>Export project (to share)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/project_pane.py" line="564"/>
        <source>Project importeren…</source>
        <translation>Import project…</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../reader/ui/results_view.py" line="80"/>
        <source>Alle onderdelen</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="83"/>
        <source>Aantal resultaten</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="110"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="112"/>
        <source>Alle filters en de zoekterm wissen</source>
        <translation>Clear all filters and the search text</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="125"/>
        <source>AI-profiel</source>
        <translation>AI Act profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="127"/>
        <source>Profiel wissen</source>
        <translation>Clear profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="129"/>
        <source>AI-profiel wissen</source>
        <translation>Clear the AI Act profile</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="140"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="179"/>
        <source>zoekterm %1</source>
        <translation>search text %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="181"/>
        <source>Actieve filters: %1 (Enter haalt er een weg)</source>
        <translation>Active filters: %1 (Enter removes one)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="182"/>
        <source>Geen filters</source>
        <translation>No filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="195"/>
        <source>AI-profiel: %1</source>
        <translation>AI Act profile: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="213"/>
        <source>als tekst zoeken</source>
        <translation>search as text</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="214"/>
        <source>Gefilterd op %1 — %2</source>
        <translation>Filtered on %1 — %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="218"/>
        <source>Bedoelde je: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="223"/>
        <source>%1 sterke treffers, en %2 pagina&apos;s die het alleen noemen</source>
        <translation>%1 strong matches, and %2 pages that only mention it</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="230"/>
        <source>Alle %1 resultaten tonen</source>
        <translation>Show all %1 results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="279"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../reader/ui/results_view.py" line="280"/>
        <source>Toevoegen aan project</source>
        <translation>Add to project</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="59"/>
        <source>Zoeken en filteren</source>
        <translation>Search and filter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="71"/>
        <source>Zoeken… (Ctrl+K)</source>
        <translation>Search… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="72"/>
        <location filename="../../reader/ui/sidebar.py" line="79"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="74"/>
        <source>Typ om te zoeken; pijl omlaag gaat naar de resultaten</source>
        <translation>Type to search; arrow down moves to the results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="82"/>
        <source>Zoekveld wissen</source>
        <translation>Clear search field</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="98"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="108"/>
        <source>Vereisten: AI-verordening en wetgeving</source>
        <translation>Requirements: AI Act and legislation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="122"/>
        <location filename="../../reader/ui/sidebar.py" line="124"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../reader/ui/start_page.py" line="180"/>
        <source>Startpagina</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="201"/>
        <location filename="../../reader/ui/start_page.py" line="203"/>
        <source>Algoritmekader</source>
        <translation>Algoritmekader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="207"/>
        <source>Het Algoritmekader helpt overheidsorganisaties om verantwoord te werken met algoritmes en AI: welke wetten en regels gelden, welke maatregelen je kunt nemen en welke hulpmiddelen daarbij helpen. Deze app werkt volledig offline.</source>
        <translation>The Algoritmekader helps Dutch government organisations work responsibly with algorithms and AI: which laws and rules apply, which measures you can take and which tools help. This app works fully offline. (The content itself is in Dutch.)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="268"/>
        <source>Wat is jouw rol?</source>
        <translation>What is your role?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="269"/>
        <source>Kies je rol: je ziet dan alleen wat voor jou van belang is. Je kunt in de zijbalk meer rollen aanvinken.</source>
        <translation>Choose your role to see only what matters to you. You can tick more roles in the sidebar.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="277"/>
        <source>Ik ben %1</source>
        <translation>I am: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="279"/>
        <location filename="../../reader/ui/start_page.py" line="319"/>
        <source>%1 onderdelen</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="290"/>
        <source>Levenscyclus</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="291"/>
        <source>In welke fase zit je project? Elke fase heeft eigen maatregelen en hulpmiddelen.</source>
        <translation>Which phase is your project in? Each phase has its own measures and tools.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="296"/>
        <source>Fase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="305"/>
        <source>Direct naar</source>
        <translation>Go straight to</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="308"/>
        <source>Hulpmiddelen</source>
        <translation>Tools (hulpmiddelen)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="309"/>
        <source>Handreikingen, toetsingskaders en impact assessments.</source>
        <translation>Guides, assessment frameworks and impact assessments.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="310"/>
        <source>Maatregelen</source>
        <translation>Measures (maatregelen)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="311"/>
        <source>Wat je kunt doen om aan de vereisten te voldoen.</source>
        <translation>What you can do to meet the requirements.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="312"/>
        <source>Vereisten</source>
        <translation>Requirements (vereisten)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="313"/>
        <source>Wat wetten en regels van je vragen.</source>
        <translation>What laws and rules require of you.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="325"/>
        <source>Beslishulp AI-verordening</source>
        <translation>AI Act decision aid</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="326"/>
        <source>Geldt de AI-verordening voor je toepassing, en wat moet je dan doen?</source>
        <translation>Does the AI Act apply to your application, and what must you then do?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="327"/>
        <source>vraag voor vraag, offline</source>
        <translation>question by question, offline</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="333"/>
        <source>Begrippenlijst</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="334"/>
        <source>Wat betekenen de termen in het kader?</source>
        <translation>What do the terms in the framework mean?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="335"/>
        <source>%1 begrippen</source>
        <translation>%1 terms</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="364"/>
        <source>Mijn projecten</source>
        <translation>My projects</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="367"/>
        <source>Houd per project bij welke maatregelen en vereisten gelden, wat er al gedaan is en wie wat doet. Alles blijft op deze computer.</source>
        <translation>Keep track, per project, of which measures and requirements apply, what has already been done and who does what. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="374"/>
        <source>%1 van %2 afgerond (%3 %)</source>
        <translation>%1 of %2 done (%3%)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="375"/>
        <source>nog geen items</source>
        <translation>no items yet</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="380"/>
        <source>Project %1: %2</source>
        <translation>Project %1: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="389"/>
        <source>Voortgang %1</source>
        <translation>Progress %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/start_page.py" line="399"/>
        <source>Nieuw project…</source>
        <translation>New project…</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../reader/ui/start_capture.py" line="122"/>
        <source>Algoritmekader Reader wordt gestart</source>
        <translation>Algoritmekader Reader is starting</translation>
    </message>
</context>
<context>
    <name>TextWindow</name>
    <message>
        <location filename="../../reader/ui/text_window.py" line="45"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../reader/ui/texts.py" line="12"/>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="13"/>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="22"/>
        <location filename="../../reader/ui/texts.py" line="33"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="34"/>
        <source>Levenscyclus</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="24"/>
        <location filename="../../reader/ui/texts.py" line="35"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="19"/>
        <source>Hulpmiddel</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="20"/>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="21"/>
        <source>Vereiste</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="23"/>
        <source>Levenscyclusfase</source>
        <translation>Lifecycle phase</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="25"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="26"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="36"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="37"/>
        <source>Soort toepassing</source>
        <translation>Type of application</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="38"/>
        <source>Rol in de AI-verordening</source>
        <translation>Role under the AI Act</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="39"/>
        <source>Risicogroep</source>
        <translation>Risk group</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="40"/>
        <source>Transparantieverplichting</source>
        <translation>Transparency obligation</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="41"/>
        <source>Systeemrisico</source>
        <translation>Systemic risk</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="42"/>
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <location filename="../../reader/ui/texts.py" line="43"/>
        <source>Wetgeving</source>
        <translation>Legislation</translation>
    </message>
</context>
<context>
    <name>Toegankelijkheid</name>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="22"/>
        <source>Pictogrammen die alleen versieren zijn onzichtbaar voor hulpsoftware; kaarten en knoppen hebben een naam.</source>
        <extracomment>(criterion, how it is checked, result); the texts are translated when shown</extracomment>
        <translation>Icons that only decorate are invisible to assistive technology; cards and buttons have a name.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="24"/>
        <location filename="../../reader/ui/accessibility_statement.py" line="35"/>
        <location filename="../../reader/ui/accessibility_statement.py" line="40"/>
        <location filename="../../reader/ui/accessibility_statement.py" line="55"/>
        <location filename="../../reader/ui/accessibility_statement.py" line="63"/>
        <location filename="../../reader/ui/accessibility_statement.py" line="69"/>
        <location filename="../../reader/ui/accessibility_statement.py" line="74"/>
        <source>Voldoet</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="34"/>
        <source>Links in de pagina zijn onderstreept, niet alleen gekleurd.</source>
        <translation>Links on the page are underlined, not only coloured.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="37"/>
        <source>Elk kleurpaar van venster en pagina is gemeten in licht, donker en hoog contrast, en dat van de PDF: tekst minstens 4,5:1, randen en focus minstens 3:1.</source>
        <translation>Every colour pair of the window and the page is measured in light, dark and high contrast, and those of the PDF: text at least 4.5:1, borders and focus at least 3:1.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="42"/>
        <source>Ctrl+plus vergroot de hele interface; bij 200 % schaal of grote letters zie je één deel tegelijk en schuift de startpagina. Elke dialoog past op het scherm en schuift of loopt door waar hij te klein is; niets valt weg. Zo ook de berichten, bestandsvensters en het afdrukvenster van Qt zelf. Selectievakjes en keuzerondjes groeien mee met de letters.</source>
        <translation>Ctrl+plus enlarges the whole interface; at 200 % scale or with large text you see one pane at a time and the start page scrolls. Every dialog fits the screen and scrolls or wraps where it is too small; nothing is cut off. So do Qt&apos;s own message boxes, file dialogs and print dialog. Checkboxes and radio buttons grow with the text.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="48"/>
        <source>Voldoet, voor het hoofdvenster en de dialogen; alleen het afdrukvenster van Qt op Linux is met ‘Opties’ open te hoog voor 640×360 (Windows toont zijn eigen afdrukvenster)</source>
        <translation>Met, for the main window and the dialogs; only Qt&apos;s print dialog on Linux is too tall for 640×360 with ‘Options’ open (Windows shows its own print dialog)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="57"/>
        <source>Een focusring van minstens 2 pixels en 3:1 op elke soort bediening; vlakken die geen bediening zijn krijgen geen focus.</source>
        <translation>A focus ring of at least 2 pixels and 3:1 on every kind of control; areas that are not controls take no focus.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="26"/>
        <source>De pagina geeft hulpsoftware haar opbouw: koppen met hun niveau, lijsten, tabellen met kolomkoppen en links die je kunt volgen. Ga → Volgende kop (Alt+pijl omlaag) springt van kop naar kop. Ook getest zoals een schermlezer op Linux de app ziet: van buiten de app over AT-SPI, waar een link volgen de pagina opent.</source>
        <translation>The page gives assistive technology its structure: headings with their level, lists, tables with column headers and links you can follow. Go → Next heading (Alt+Down) jumps from heading to heading. Also tested as a screen reader on Linux sees the app: from outside the app over AT-SPI, where following a link opens the page.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="31"/>
        <source>Voldoet via de toegankelijkheidsinterface van Qt en over AT-SPI; met de hand geprobeerd met Orca, nog niet met NVDA of JAWS</source>
        <translation>Met through Qt&apos;s accessibility interface and over AT-SPI; tried by hand with Orca, not yet with NVDA or JAWS</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="52"/>
        <source>Alles werkt met het toetsenbord: elk menu met Alt en een eigen letter (elke opdracht in de menu&apos;s is zo getest), F6 tussen de delen, een deelvenster breder of smaller met Alt+Shift+pijl.</source>
        <translation>Everything works by keyboard: every menu with Alt and a letter of its own (every menu command is tested that way), F6 between the panes, a pane wider or narrower with Alt+Shift+arrow.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="59"/>
        <source>Voldoet, ook in de dialogen</source>
        <translation>Met, in the dialogs too</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="61"/>
        <source>De pagina is als Nederlands gemarkeerd, ook als de interface Engels is.</source>
        <translation>The page is marked as Dutch, also when the interface is English.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="65"/>
        <source>Elke bediening die de cursor kan krijgen heeft een naam, in het hoofdvenster en in de dialogen; het hoofdvenster ook gezien over AT-SPI, van buiten de app, en elke stap met Tab komt daar aan als focuswissel met naam en rol.</source>
        <translation>Every control that can take the focus has a name, in the main window and in the dialogs; the main window also as seen over AT-SPI, from outside the app, where every Tab arrives as a focus change with name and role.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="71"/>
        <source>Het aantal resultaten, meldingen in de statusbalk en treffers in de pagina worden voorgelezen; over AT-SPI nagegaan dat de aankondiging bij de schermlezer aankomt.</source>
        <translation>The number of results, status bar messages and matches in the page are announced; checked over AT-SPI that the announcement reaches the screen reader.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="76"/>
        <source>De app volgt de lettergrootte en het hoge contrast van het systeem (Beeld → Kleuren → Volg het systeem).</source>
        <translation>The app follows the system&apos;s text size and high contrast (View → Colours → Follow the system).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="78"/>
        <source>Voldoet; contrastthema&apos;s van Windows niet op Windows zelf getest</source>
        <translation>Met; Windows contrast themes not tested on Windows itself</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="80"/>
        <source>PDF&apos;s zijn getagd (PDF/UA-1: opbouw, taal, titel, bladwijzers, officiële adressen); spreadsheets hebben de kolomkoppen in rij 1.</source>
        <translation>PDFs are tagged (PDF/UA-1: structure, language, title, bookmarks, official addresses); spreadsheets have their column headers in row 1.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="82"/>
        <source>Voldoet waar de bibliotheek Pango aanwezig is; anders een PDF zonder tags, met een melding</source>
        <translation>Met where the Pango library is present; otherwise an untagged PDF, with a notice</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="95"/>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="96"/>
        <source>Software voor de overheid moet voldoen aan EN 301 549 (hoofdstuk 11, software). Zo staat deze app ervoor; elke regel wordt gecontroleerd door een automatische test.</source>
        <translation>Software for government must meet EN 301 549 (chapter 11, software). This is where this app stands; every line is checked by an automated test.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="99"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="100"/>
        <source>Hoe getest</source>
        <translation>How tested</translation>
    </message>
    <message>
        <location filename="../../reader/ui/accessibility_statement.py" line="101"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>new</name>
    <message>
        <location filename="../../reader/ui/window_host.py" line="76"/>
        <source>De pagina &apos;%1&apos; is verwijderd of hernoemd.</source>
        <translation>The page &apos;%1&apos; was deleted or renamed.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_host.py" line="78"/>
        <source>De inhoud is gewijzigd en opnieuw ingelezen.</source>
        <translation>The content changed and was read again.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_host.py" line="104"/>
        <source>Je leest nu: %1</source>
        <translation>You are now reading: %1</translation>
    </message>
</context>
<context>
    <name>old</name>
    <message>
        <location filename="../../reader/ui/window_host.py" line="63"/>
        <source>De inhoudsmap is niet meer te lezen; de app toont wat al was ingelezen.</source>
        <translation>The content folder can no longer be read; the app shows what it had already read.</translation>
    </message>
</context>
<context>
    <name>qt_dialogs</name>
    <message>
        <location filename="../../reader/ui/qt_dialogs.py" line="40"/>
        <source>Zoeken in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/qt_dialogs.py" line="41"/>
        <source>Bestands&amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
</TS>
