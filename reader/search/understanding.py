"""Query understanding: what a query names besides words to find.

Before the planner turns the text into word groups (`reader.search.planner`), the engine asks
`QueryReader.read` what the text names:

- **roles and phases** ("jurist implementatie", "beleidsadviseur ontwerpfase", "developer na
  livegang"), from the vocabulary in `resources/understanding.txt` and the job titles the
  content's role pages list (`role_titles`: "privacy-officer", "proceseigenaar"). They become a strong
  preference for the pages tagged with them, and leave the text; the rest of the text is
  searched as words. Words that are ordinary words as well ("ontwerp", "implementatie")
  count as a phase only beside another facet word or the word "fase". Beside a role and no
  phase, words for the work ("legal counsel tijdens de bouw", "beleidsmaker data voorbereiden")
  name the phase whose own page describes that work (`QueryReader.implied_phase`). What a
  job title is about ("security" of "security officer", "inkoop" of *inkoopadviseur*:
  `title_subject`) ranks the role's pages instead of leaving with the title.
- **legal references** ("artikel 4 AI-verordening", "art. 22 AVG", "bijlage III",
  "artikel 3:46 Awb"): the article or annex number bound to the law. `Citations` reads the
  same references out of every page (its `## Bronnen` section weighs most), so the pages that
  cite that article of that law come first, rather than any page mentioning the number,
  with the instrument such a page points to for doing it (the DPIA for art. 35 AVG), then the
  maatregelen serving that vereiste and its topics' own pages.
- **questions** ("hoe voorkom ik bias", "mag ik ..."): question words and pronouns leave the
  text; a do-question ("hoe ...", "wat moet ik doen ...") favours the maatregelen, a
  may-question ("mag ik ...") the vereisten. Any question (these, and "wie ...", "waar ...",
  "... ?", and a situation told with the question at its end: "we hebben een fout ontdekt,
  wat nu", "..., mag dat?") has its words weighed by their information (`QueryPlanner`'s
  `by_information`), its best hits lift the pages the framework links them with
  (`reader.search.ranking.spread`),
  and a verb split in two ("hoe leg ik een besluit uit", "hoe voer ik een DPIA uit", "hoe
  ga ik om met klachten") is joined again when the content knows the whole ("uitleg",
  "uitvoeren", "omgaan"): `join_separable`.

The result (`Reading`) says what was understood, for the window to show ("Gefilterd op
Jurist · Implementatie — als tekst zoeken"); `Query.literal` turns all of this off.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from reader.content import Kind, Page, Site
from reader.content.model import FACET_FASE, FACET_KEYS, FACET_ONDERWERP, FACET_ROL, TAXONOMY_KINDS
from reader.content.plaintext import LINK
from reader.content.words import WORD_PART, fold
from reader.resources import resource_path
from reader.search.analysis import STOP_WORDS
from reader.search.lexicon import Lexicon
from reader.search.morphology import present_forms
from reader.search.ranking import prior

#: How strongly an understood facet or reference weighs, as factors on a page's score.
FACET_MATCH = 4.0  # per understood facet (rol, fase) the page is tagged with
FACET_RARITY_POWER = 0.5  # ... times its rarity among the named facets to this power (`QueryReader.rarity`)
CITED_IN_SOURCES = 25.0  # the page's sources cite the article of that law (the first source that does)
CITED_IN_LATER_SOURCE = 22.0  # ... a later source does: the page rests on other articles first
CITED_IN_SOURCE_TITLE = 10.0  # a source is about the article ("Advies artikel 22 AVG en ...")
CITED_IN_TEXT = 8.0  # the page's text cites it
OTHER_PART = 0.5  # ... another paragraph or point of the article than the query names
PART_UNSPECIFIED = 0.9  # ... the article without the paragraph or point the query names
#: a hulpmiddel that explains a page whose sources cite it (the page links to the hulpmiddel
#: in its text, and the hulpmiddel names the page among its vereisten: DPIA for art. 35 AVG)
INSTRUMENT_OF_CITING = 20.0
SERVES_CITING = 6.0  # a maatregel serving a vereiste whose first source is the article
TOPIC_OF_CITING = 6.0  # the own page of a topic that vereiste is tagged with
DO_QUESTION_MAATREGEL = 1.35  # "hoe ...?": a maatregel says what to do
MAY_QUESTION_VEREISTE = 1.25  # "mag ik ...?": a vereiste says what the law allows
TOOL_QUESTION_HULPMIDDEL = 2.0  # "welk hulpmiddel ...?": the question names the kind of page it wants
UBIQUITOUS_SHARE = 0.5  # a word on this share of the pages says nothing beside a role or phase
KIND_NAMED = 2.0  # "deployer obligations", "maatregelen bias": a query word names the kind of page it wants
SPECIFICITY_POWER = 0.5  # a page tagged with n roles (phases) weighs (1/n)^this in a listing by facets
#: A listing by facets or references (nothing left to search as words): the kinds in order.
LISTING_KIND: dict[Kind, float] = {Kind.MAATREGEL: 1.0, Kind.VEREISTE: 0.95, Kind.HULPMIDDEL: 0.9}
LISTING_OTHER = 1.0
LISTING_OWN_PAGE = 1.1  # the named role's or phase's own page, when it is the only value named

#: Question words, pronouns and fillers that a question leaves out of the text (Dutch and
#: English; the planner drops the general Dutch stop words itself).
QUESTION_WORDS = frozenset(
    """
    hoe wat wie waar wanneer welke welk waarom waarmee waardoor mag mogen moet moeten kan kunnen
    ik je jij jouw u uw we wij ons onze mijn men zelf iemand doe doen ga gaan zou zouden
    doet deed letten helpt helpen
    maak maakt maken krijg krijgen houd houden weet weten regelen laten laat
    voordat nadat zodat zodra terwijl
    hoef hoeft hoeven dien dient dienen wil wilt willen zal zullen kun kunt heb hebben nodig
    eigenlijk precies gewoon even wel echt ergens daarvoor daarbij hierbij
    how what who where when which why can could should must may might do does i me my we our you your need
    """.split()
)
#: Words that ask for what a role or phase involves, not for a subject ("taken jurist ontwerp",
#: "checklist ontwikkelaar", "responsibilities developer"): beside an understood role or phase
#: they leave the text as well, so the preference for the tagged pages decides.
TASK_WORDS = frozenset(
    """
    taak taken rol rollen werk werkzaamheden activiteit activiteiten stap stappen stappenplan
    aandachtspunt aandachtspunten checklist overzicht bijdrage verantwoordelijkheid
    verantwoordelijkheden opgave opgaven todo lijst rolbeschrijving
    task tasks role roles duty duties responsibility responsibilities activities steps overview
    """.split()
)
#: Prepositions that put a phase in time ("tijdens de bouw", "bij het verzamelen"): they go
#: with the work words a phase is read from (`QueryReader.implied_phase`).
PHASE_PREPOSITIONS = frozenset("tijdens bij in na voor gedurende rond rondom vanaf during at in after before".split())
#: A phase is read from work words when its own page has this share of their mentions on the
#: phase pages (on average over the words), and each of them.
IMPLIED_PHASE_SHARE = 0.5
#: ... and one of them is on at most this share of the pages (work, not a subject)
IMPLIED_PHASE_DF = 0.08
#: A compound's first part naming a phase ("organisatieniveau") has at least this many letters.
COMPOUND_PHASE_PART = 6
#: ... and the words are at most this many (a longer text is a subject, not a phase's work)
IMPLIED_PHASE_WORDS = 3
#: Words that name a kind of page ("deployer obligations": the vereisten; "maatregelen bias": the
#: maatregelen): beside other words they leave the text and that kind is favoured.
KIND_WORDS: dict[str, Kind] = {
    **dict.fromkeys("vereiste vereisten verplichting verplichtingen eis eisen obligation obligations requirement "
                    "requirements".split(), Kind.VEREISTE),
    **dict.fromkeys("maatregel maatregelen measures".split(), Kind.MAATREGEL),  # "measure": a verb too
    **dict.fromkeys("hulpmiddel hulpmiddelen tool tools toolkit toolkits template templates sjabloon sjablonen"
                    .split(), Kind.HULPMIDDEL),
}
#: English stop words (the Dutch ones are `analysis.STOP_WORDS`): dropped in a looser reading.
ENGLISH_STOP_WORDS = frozenset(
    """
    a an the of and or to in on at by for with from as is are be been it its this that these those against
    into about over under than then there their them they he she his her not no yes if so
    before after during while am was were has have had will would
    """.split()
)
_DO_START = re.compile(r"^(hoe|wat (moet|kan|doe|moeten|kunnen|te)|welke (maatregelen|stappen)"
                       r"|waar (moet|moeten) \w+ (op )?letten|how|what (should|can|must)|which (measures|steps))\b")
#: A question asking for an instrument ("welk hulpmiddel ...", "is er een tool voor ...",
#: "which template ..."): the hulpmiddelen are favoured, and the word naming the instrument goes.
_TOOL_START = re.compile(
    r"^(welk|welke|is er|zijn er|bestaat er|bestaan er|heb je|hebben jullie|which|is there|are there|what)\b"
    r"(?: \w+){0,2} (hulpmiddel|hulpmiddelen|tool|tools|instrument|instrumenten|toolkit|template|templates"
    r"|sjabloon|sjablonen|methode|methodes|methodiek)\b")
_ASK_START = re.compile(
    r"^(hoe|wat|wie|waar|wanneer|welke|welk|waarom|waarmee|mag|mogen|moet|moeten|kan|kunnen|is|zijn|ben"
    r"|heb|heeft|wordt|worden|how|what|who|where|when|which|why|can|should|must|may|is|are|do|does)\b \w"
)
_MAY_START = re.compile(
    r"^(mag|mogen|is het toegestaan|is het verplicht|is het nodig|moet ik|moeten we|hoef ik|hoeven we|dien ik"
    r"|ben ik verplicht|zijn we verplicht|welke (regels|wetten|eisen|vereisten|verplichtingen)"
    r"|wanneer (is|ben|zijn|moet|moeten)\b.*\b(verplicht|nodig|toegestaan)|(heb|hebben) (ik|we)\b.*\bnodig"
    r"|(is|zijn) .*\b(verplicht|toegestaan)$"
    r"|kan ik|kunnen we|kunnen wij|mag ik|mogen we"
    r"|may i|can i|am i allowed|do i need|must i|is it allowed"
    r"|may we|can we|are we allowed|do we need|must we|is it legal)\b")
#: A situation told before the question, the question at its end ("mijn leverancier wil de
#: broncode niet geven, wat nu"; "... laten draaien, wat moeten we regelen"; "..., mag dat?").
_DO_TAIL = re.compile(r"\b(wat nu|wat (moet|moeten|kan|kunnen) (ik|je|we|wij) (nu )?(doen|regelen|aanpakken)"
                      r"|wat te doen|hoe (pak|pakken) (ik|je|we) dat aan|what now|what should (i|we) do)$")
_MAY_TAIL = re.compile(r"\b(mag|kan|mogen) (dat|dit|het)( wel| zomaar| ook)?|is (dat|dit|het) (wel |zomaar )?"
                       r"(toegestaan|legaal|verplicht|nodig|rechtmatig)|(is|are) (that|this|it) allowed$")
#: Words that start a sentence about the one asking ("we willen ...", "mijn leverancier ...",
#: "onze gemeente ..."): a question told as a situation.
_SITUATION_START = frozenset("ik we wij mijn onze ons je jij jouw u uw men i my our".split())


def _sentence(tokens: list[str]) -> bool:
    """Whether query words read as a sentence, not as search terms: a situation told by the
    one asking ("we hebben een fout ontdekt in het algoritme"), or five or more words of which
    at least two are question words or pronouns."""
    if len(tokens) >= 4 and tokens[0] in _SITUATION_START:
        return True
    return len(tokens) >= 5 and sum(t in QUESTION_WORDS for t in tokens) >= 2


#: Words that open a noun phrase: a particle right before one is a preposition ("in de").
DETERMINERS = frozenset("de het een die dit deze dat onze ons mijn je jouw uw zijn haar hun alle elke ieder iedere "
                        "welke welk geen veel".split())
#: The particles of Dutch separable verbs ("uit" of "uitleggen" in "leg ... uit").
PARTICLES = ("uit", "op", "aan", "in", "om", "af", "door", "mee", "na", "toe", "terug", "over", "bij", "voor",
             "weg", "vast", "samen")

# ---------------------------------------------------------------- laws
OTHER_LAW = "other"
#: Law key (the vereisten's id prefix where there is one: `avg-13` -> "avg") -> (short name,
#: pattern of its names in folded text). More specific names first (uavg before avg).
LAWS: tuple[tuple[str, str, str], ...] = (
    ("uavg", "UAVG", r"\buavg\b|uitvoeringswet (avg|algemene verordening gegevensbescherming)"),
    ("aia", "AI-verordening", r"\bai[- ]?verordening\b|verordening artificiele intelligentie|\bai[- ]act\b|\baia\b"
                              r"|artificial intelligence act|verordening \(eu\) 2024/1689"),
    ("avg", "AVG", r"\bavg\b|\bgdpr\b|algemene verordening gegevensbescherming|general data protection regulation"
                  r"|verordening \(eu\) 2016/679"),
    ("awb", "Awb", r"\bawb\b|algemene wet bestuursrecht"),
    ("awgb", "Awgb", r"\bawgb\b|algemene wet gelijke behandeling"),
    ("grw", "Grondwet", r"\bgrondwet\b|\bgw\b"),
    ("woo", "Woo", r"\bwoo\b|wet open overheid"),
    ("arc", "Archiefwet", r"\barchiefwet\b"),
    ("aut", "Auteurswet", r"\bauteurswet\b"),
    ("dat", "Databankenwet", r"\bdatabankenwet\b"),
    ("evrm", "EVRM", r"\bevrm\b|\becrm\b|verdrag tot bescherming van de rechten van de mens"),
    ("handvest", "Handvest", r"handvest van de grondrechten"),
    # any other directive or EU regulation: an article of it is no article of the page's own law
    # ("artikel 4, lid 3, van Richtlijn (EU) 2019/790" on a page of the AI-verordening)
    (OTHER_LAW, "(andere regeling)", r"\b\w*richtlijn\b|\bdirective\b|\bverordening \(eu\) \d{4}/\d+"),
)
_LAW_PATTERNS = [(key, re.compile(pattern)) for key, _name, pattern in LAWS]
LAW_NAMES = {key: name for key, name, _pattern in LAWS}

_NUMBER = r"\d+(?:[.:]\d+)?[a-z]?"
#: An article reference: "artikel 5", "art. 22", "artikelen 15 - 21", "artikel 5 en 32",
#: "artikel 3:46 en 3:47", with its sub-parts ("26(6)", "6, lid 2") left out.
_ARTICLE = re.compile(
    rf"\b(?:artikelen|artikel|articles|article|art)\.?\s*({_NUMBER})"
    rf"((?:\s*(?:\([^)]{{0,12}}\))?\s*(?:,|en|and|t/m|tot en met|-|–|to)\s*{_NUMBER}(?![.:]?\d))*)"
)
#: A page without any of these (lowercased) cites nothing: `_ARTICLE` and `_ANNEX` need one.
_REFERENCE_WORDS = ("art", "bijlage", "annex")
#: The paragraph and points right after an article's number: "lid 1 sub c", ", lid 1, onder a en b",
#: "(1)(c)", "lid 2", ", eerste lid, onder c".
_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende")
_PART = re.compile(r"\s*(?:\((\d+)\)|,?\s*lid\s+(\d+),?|,?\s*(" + "|".join(_ORDINALS) + r")\s+lid,?)\s*"
                   r"(?:\(([a-z])\)|(?:sub|onder|punt)\s+([a-z](?:\s*(?:,|en)\s*[a-z])*)\b)?")
_ANNEX = re.compile(r"\b(?:bijlage|bijlagen|annex)\s+([ivx]+|\d+)\b")
_LIST_NUMBER = re.compile(_NUMBER)
#: The start of a source list item up to a reference that begins it ("- [Artikel 22 ...",
#: "- [AVG, artikel 35 ...").
_SOURCE_ITEM_START = re.compile(
    r"\s*(?:[-*+]\s*)?\[?\s*(?:(?:" + "|".join(f"(?:{pattern})" for _key, _name, pattern in LAWS) + r")[\s,]*)?")
_SECTION = re.compile(r"^#{2,3}\s+(.+)$", re.MULTILINE)
#: What may stand between a reference and its law's name in a query ("lid 2", "van de").
_BETWEEN_REF_AND_LAW = re.compile(r"[\s,.()0-9]*(?:(?:lid|sub|onder|van de|van het)[\s,.()0-9a-z]{0,6})*")
_LAW_WINDOW = 70  # characters after a reference that may name its law
_LAW_BEFORE = 30  # ... or before it ("AVG artikel 35", "AI-verordening, bijlage III")


@dataclass(frozen=True)
class Ref:
    """A reference to a part of a law: kind "artikel" or "bijlage", its number, the law's key
    (None: the reference names no law)."""

    kind: str
    number: str
    law: str | None
    #: the paragraph and points named after the number ("5 lid 1 sub c", "5(1)(c)": "1", "c");
    #: "" when none: a finer reference, not another one (equality ignores them)
    paragraph: str = field(default="", compare=False)
    points: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        """As the window shows it: "Artikel 22 AVG", "Bijlage III"."""
        number = self.number.upper() if self.kind == "bijlage" else self.number
        text = f"{self.kind.capitalize()} {number}"
        return f"{text} {LAW_NAMES[self.law]}" if self.law else text


def _law_near(text: str, start: int, end: int) -> str | None:
    """The law named right after a reference (before the next reference), or right before it."""
    after = text[end:end + _LAW_WINDOW]
    cut = re.search(r"\b(?:artikel|art\.|bijlage)|[\n;]", after)
    if cut:
        after = after[:cut.start()]
    best: tuple[int, str] | None = None
    for key, pattern in _LAW_PATTERNS:
        m = pattern.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), key)
    if best is not None:
        return best[1]
    before = text[max(0, start - _LAW_BEFORE):start]
    for key, pattern in _LAW_PATTERNS:
        if re.search(rf"(?:{pattern.pattern})[\s,]*$", before):
            return key
    return None


def _expand(first: str, rest: str) -> list[str]:
    """The article numbers of "15 - 21", "5 en 32", "3:46 en 3:47" (ranges up to 30 long)."""
    numbers = [first]
    tail = rest
    for m in _LIST_NUMBER.finditer(tail):
        sep = tail[:m.start()]
        is_range = bool(re.search(r"-|–|t/m|tot en met|\bto\b", sep.split(")")[-1]))
        prev = numbers[-1]
        if is_range and prev.isdigit() and m.group().isdigit() and 0 < int(m.group()) - int(prev) <= 30:
            numbers += [str(n) for n in range(int(prev) + 1, int(m.group()) + 1)]
        else:
            numbers.append(m.group())
        tail = tail[m.end():]
    return numbers


def references(text: str) -> list[tuple[Ref, int, int]]:
    """The legal references in folded text, with their spans (reference and law name)."""
    out: list[tuple[Ref, int, int]] = []
    for m in _ARTICLE.finditer(text):
        law = _law_near(text, m.start(), m.end())
        numbers = _expand(m.group(1), m.group(2) or "")
        paragraph = points = ""
        part = _PART.match(text, m.end()) if len(numbers) == 1 else None
        if part is not None:
            ordinal = part.group(3)
            paragraph = part.group(1) or part.group(2) or (str(_ORDINALS.index(ordinal) + 1) if ordinal else "")
            points = "".join(re.findall(r"\b[a-z]\b", part.group(4) or part.group(5) or ""))
        for number in numbers:
            out.append((Ref("artikel", number, law, paragraph, points), m.start(), m.end()))
    for m in _ANNEX.finditer(text):
        law = _law_near(text, m.start(), m.end())
        out.append((Ref("bijlage", m.group(1), law), m.start(), m.end()))
    return out


def part_factor(ref: Ref, paragraph: str, points: str) -> float:
    """How a mention of an article counts for a reference naming a paragraph or point of it:
    fully when they agree, `PART_UNSPECIFIED` when the mention names none, `OTHER_PART` when
    it names another ("artikel 5 lid 1 sub c" and a page citing 5(1)(d))."""
    if not ref.paragraph:
        return 1.0
    if not paragraph:
        return PART_UNSPECIFIED
    if paragraph != ref.paragraph:
        return OTHER_PART
    if ref.points:
        if not points:
            return PART_UNSPECIFIED
        if not set(ref.points) & set(points):
            return OTHER_PART
    return 1.0


class Citations:
    """Which pages of a site cite which references: path -> {(kind, number, law): weight}."""

    def __init__(self, site: Site) -> None:
        self.site = site
        #: (kind, number) -> path -> its mentions: (law, weight, paragraph, points)
        self.by_ref: dict[tuple[str, str], dict[str, list[tuple[str | None, float, str, str]]]] = {}
        self.law_of: dict[str, str] = {}
        self._instruments: dict[str, list[str]] = {}
        self._related: dict[str, list[tuple[str, float]]] = {}
        for page in site.pages.values():
            self._add(page)

    def instruments(self, path: str) -> list[str]:
        """The hulpmiddelen that explain a page: linked from its text, naming it in theirs."""
        found = self._instruments.get(path)
        if found is None:
            page = self.site.pages.get(path)
            found = []
            if page is not None and page.kind is Kind.VEREISTE:
                linked = set(self.site.linked_pages(page))
                found = [tool.path for tool in self.site.hulpmiddelen_citing(page) if tool.path in linked]
            self._instruments[path] = found
        return found

    def related(self, path: str) -> list[tuple[str, float]]:
        """The pages that follow a vereiste resting on a cited article: the maatregelen that
        serve it (`SERVES_CITING`) and its topics' own pages (`TOPIC_OF_CITING`)."""
        found = self._related.get(path)
        if found is None:
            page = self.site.pages.get(path)
            found = []
            if page is not None and page.kind is Kind.VEREISTE:
                if SERVES_CITING:
                    found += [(m.path, SERVES_CITING) for m in self.site.maatregelen_serving(page)]
                if TOPIC_OF_CITING:
                    for value in page.values(FACET_KEYS[FACET_ONDERWERP]):
                        topic = self.site.taxonomy_page(FACET_ONDERWERP, value)
                        if topic is not None:
                            found.append((topic.path, TOPIC_OF_CITING))
            self._related[path] = found
        return found

    def _add(self, page: Page) -> None:
        if page.law:
            self.law_of[page.path] = page.law
        lower = page.body.lower()
        if not any(word in lower for word in _REFERENCE_WORDS):
            return  # no reference can be here: skip the folding and the patterns
        body = fold(page.body)
        sources_at = [(m.start(), fold(m.group(1)).strip().startswith("bron")) for m in _SECTION.finditer(body)]
        items = 0  # source list items that start with a reference, so far
        last_item = -1
        for ref, start, _end in references(body):
            in_sources = False
            for at, is_sources in sources_at:
                if at > start:
                    break
                in_sources = is_sources
            weight = CITED_IN_TEXT
            if in_sources:
                line_start = body.rfind("\n", 0, start) + 1
                if _SOURCE_ITEM_START.fullmatch(body[line_start:start]):  # the source is the article itself
                    if line_start != last_item:
                        items += 1
                        last_item = line_start
                    weight = CITED_IN_SOURCES if items == 1 else CITED_IN_LATER_SOURCE
                else:
                    weight = CITED_IN_SOURCE_TITLE
            self.by_ref.setdefault((ref.kind, ref.number), {}).setdefault(page.path, []).append(
                (ref.law, weight, ref.paragraph, ref.points))

    def pages_citing(self, ref: Ref) -> dict[str, float]:
        """Path -> factor for the pages citing `ref` (the law must agree when both name one;
        an unnamed law on a page is its own law, for a vereiste), and the instruments that
        explain a page whose sources cite it."""
        out: dict[str, float] = {}
        for path, mentions in self.by_ref.get((ref.kind, ref.number), {}).items():
            best = 0.0
            source = False  # the page's first source cites the article (not another part of it)
            for law, weight, paragraph, points in mentions:
                page_law = law or self.law_of.get(path)
                if ref.law is not None and page_law != ref.law:
                    continue
                factor = part_factor(ref, paragraph, points)
                source = source or (weight == CITED_IN_SOURCES and factor > OTHER_PART)
                best = max(best, weight * factor)
            if best:
                out[path] = max(out.get(path, 0.0), best)
            if source:
                for tool in self.instruments(path):
                    out[tool] = max(out.get(tool, 0.0), INSTRUMENT_OF_CITING)
                for related, factor in self.related(path):
                    out[related] = max(out.get(related, 0.0), factor)
        return out


# ---------------------------------------------------------------- facets
def _tokens(text: str) -> list[str]:
    """The folded words of `text`, split as everywhere else (`reader.content.words`)."""
    return WORD_PART.findall(fold(text))


@dataclass(frozen=True)
class FacetTerm:
    facet: str
    value: str
    words: tuple[str, ...]
    ambiguous: bool  # an ordinary word as well: a facet only beside another facet word or "fase"


#: The site numbers its phases 0-8: "fase 3" is also "fase drie", "derde fase", "3e fase".
_NUMBERS = {"0": ("nul", "nulde"), "1": ("een", "eerste"), "2": ("twee", "tweede"), "3": ("drie", "derde"),
            "4": ("vier", "vierde"), "5": ("vijf", "vijfde"), "6": ("zes", "zesde"), "7": ("zeven", "zevende"),
            "8": ("acht", "achtste")}


def _phase_number_forms(digit: str) -> list[tuple[str, ...]]:
    word, ordinal = _NUMBERS[digit]
    suffix = "ste" if ordinal.endswith("ste") else "de"
    return [("fase", word), (ordinal, "fase"), (digit + "e", "fase"), (digit + suffix, "fase"), ("phase", digit)]


@lru_cache(maxsize=1)
def _understanding_text() -> str:
    """`resources/understanding.txt` ("" when it cannot be read: nothing is understood then)."""
    try:
        return resource_path("understanding.txt").read_text(encoding="utf-8")
    except OSError:
        return ""


@lru_cache(maxsize=4)
def load_vocabulary(text: str | None = None) -> tuple[FacetTerm, ...]:
    """The facet words of `resources/understanding.txt` (or of `text`), longest first."""
    if text is None:
        text = _understanding_text()
    facets = {"rol": FACET_ROL, "fase": FACET_FASE}
    terms: list[FacetTerm] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.fullmatch(r"(\w+)\s+([\w-]+)\s*:\s*(.*)", line)
        if not m or m.group(1) not in facets:
            continue
        strong, _bar, weak = m.group(3).partition("|")
        for part, ambiguous in ((strong, False), (weak, True)):
            for item in part.split(","):
                words = tuple(_tokens(item))
                if not words:
                    continue
                forms = [words]
                if len(words) == 2 and words[0] == "fase" and words[1] in _NUMBERS:
                    forms += _phase_number_forms(words[1])
                if len(words) == 1 and words[0].isalpha():
                    forms += [(words[0] + "s",), (words[0] + "en",)]
                elif words[-1].isalpha() and len(words) > 1:
                    forms += [(*words[:-1], words[-1] + "s")]
                    # a phrase ending in a verb names the phase in the verb's other forms too
                    # ("live gaan" in "voordat het live gaat", "in gebruik nemen" ~ "neemt")
                    forms += [(*words[:-1], form) for form in present_forms(words[-1])]
                terms += [FacetTerm(facets[m.group(1)], m.group(2), f, ambiguous) for f in forms]
    terms.sort(key=lambda t: -len(t.words))
    return tuple(terms)


_ARTICLE_LINE = re.compile(r"artikel\s+(\w+)\s+(\d+(?:[.:]\d+)?[a-z]?)\s*:\s*(.+)")


@lru_cache(maxsize=4)
def article_subjects(text: str | None = None) -> dict[tuple[str, str], str]:
    """(law key, article number) -> what the article is about, in the content's words, from
    the `artikel` lines of `resources/understanding.txt` (or of `text`)."""
    if text is None:
        text = _understanding_text()
    out: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        m = _ARTICLE_LINE.fullmatch(line.split("#", 1)[0].strip())
        if m:
            out[(m.group(1), m.group(2))] = " ".join(w.strip() for w in m.group(3).split(",") if w.strip())
    return out


#: A role page's list of the job titles that do that role's work: the items under a heading
#: that names examples or functions ("Juristen zijn bijvoorbeeld", "Voorbeelden van functies").
_TITLES_HEADING = re.compile(r"^#{2,4}\s+(?=.*\b(?:bijvoorbeeld|voorbeelden|functies)\b).*$", re.I | re.M)
_LIST_ITEM = re.compile(r"^\s*[-*+]\s+(.+?)\s*$")


def role_titles(site: Site) -> list[FacetTerm]:
    """The job titles the content's own role pages list as doing each role's work
    ("Privacy-officer", "Functionaris gegevensbescherming (FG)", "Architect of
    enterprise-architect" on the jurist's and beleid-en-advies pages) as role words: a query
    naming a job title names the role. A title's parts are spelled apart and joined
    (*privacy officer*, *privacyofficer*), and an abbreviation in brackets counts on its own."""
    roles = set(site.facet_values(FACET_ROL))
    terms: list[FacetTerm] = []
    for page in site.pages.values():
        value = page.stem
        if page.kind is not Kind.ROL or value not in roles:
            continue
        for heading in _TITLES_HEADING.finditer(page.body):
            for line in page.body[heading.end():].splitlines()[1:]:
                if line.startswith("#"):
                    break
                item = _LIST_ITEM.match(line)
                if item is None:
                    if line.strip():
                        break
                    continue
                text = LINK.sub(lambda m: m.group(1), item.group(1))
                names = re.findall(r"\(([^)]*)\)", text)
                names += re.split(r"\s+(?:of|en|/)\s+|\s*/\s*", re.sub(r"\([^)]*\)", " ", text))
                for name in names:
                    words = tuple(_tokens(name))
                    if not words or len(words) > 4:
                        continue
                    forms = [words]
                    if len(words) > 1 and all(w.isalpha() for w in words):
                        forms.append(("".join(words),))
                    for form in forms:
                        variants = [form]
                        if form[-1].isalpha():
                            variants += [(*form[:-1], form[-1] + "s"), (*form[:-1], form[-1] + "en")]
                        terms += [FacetTerm(FACET_ROL, value, v, False) for v in variants]
    return terms


#: The words of a job title that name the kind of work, not its subject ("adviseur",
#: "officer", "analist"): the rest of a title is what the work is about (`title_subject`).
TITLE_HEADS = tuple("""
    adviseur advisor adviser officer medewerker manager specialist analist analyst ontwikkelaar developer
    engineer scientist coordinator consultant functionaris expert deskundige ambtenaar lead leader owner
    master maker professional ondersteuner verantwoordelijke leider leiding bouwer programmeur jurist
    counsel lawyer directeur hoofd eigenaar beheerder
    """.split())
#: each head with the endings of its plurals
_HEAD_FORMS = tuple(tuple(head + ending for ending in ("", "s", "en", "n")) for head in TITLE_HEADS)


def title_subject(words: Iterable[str], own: set[str]) -> list[str]:
    """What a job title says its work is about: its words without the heads of
    `TITLE_HEADS` ("security" of "security officer"), a compound without its head ("inkoop" of
    *inkoopadviseur*, "privacy" of *privacyjurist*), none of the role's `own` words (the
    *beleid* of *beleidsmedewerker* is the role itself)."""
    out = []
    for word in words:
        rest = word
        for forms in _HEAD_FORMS:
            if rest in forms:
                rest = ""
                break
            found = next((f for f in forms if rest.endswith(f) and len(rest) - len(f) >= 2), None)
            if found is not None:
                rest = rest[: -len(found)]
                if rest.endswith("s") and rest[:-1] in own:
                    rest = rest[:-1]  # the linking s of beleids-medewerker
                break
        if rest and rest not in own and rest not in STOP_WORDS and rest not in ENGLISH_STOP_WORDS and len(rest) > 2:
            out.append(rest)
    return out


@dataclass
class Reading:
    """What a query names (see the module's doc)."""

    query: str  # the query as typed
    text: str = ""  # the text left to search as words ("" when everything was understood)
    facets: dict[str, list[str]] = field(default_factory=dict)  # rol/fase -> values named
    refs: list[Ref] = field(default_factory=list)
    question: str = ""  # "doen" (a do-question), "mogen" (a may-question), "hulpmiddel" (a tool question) or ""
    asks: bool = False  # a question of any kind: its words weigh by their information
    kind: Kind | None = None  # the kind of page a word of the query names (`KIND_WORDS`)
    changed: bool = False  # the text differs from the query's
    #: what the job titles named are about ("security" of "security officer"): words that
    #: rank the role's pages, not words to find (`title_subject`)
    subject: list[str] = field(default_factory=list)

    @property
    def preferred(self) -> bool:
        return bool(self.facets or self.refs)


class QueryReader:
    """Reads queries against one site (its facet values and its pages' references)."""

    def __init__(self, site: Site, vocabulary: Iterable[FacetTerm] | None = None, *,
                 phrases: Callable[[list[str]], list[tuple[int, int]]] | None = None,
                 stem: Callable[[str], str] | None = None) -> None:
        self.site = site
        #: the search's stemmer: with it, a role's work words can name a phase (`implied_phase`)
        self.stem = stem
        self._phase_words: dict[str, dict[str, int]] | None = None
        self._subjects: set[str] | None = None
        #: the spans of the search vocabulary's phrases in a query's words: a kind word in one
        #: ("transparency obligations") is part of a name and stays
        self.phrases = phrases
        if vocabulary is None:
            vocabulary = sorted((*load_vocabulary(), *role_titles(site)), key=lambda t: -len(t.words))
        self.vocabulary = tuple(vocabulary)
        self._citations: Citations | None = None
        self._lock = threading.Lock()
        self._tagged_counts: dict[tuple[str, tuple[str, ...]], int] = {}
        self._own: dict[str, set[str]] = {}

    @property
    def citations(self) -> Citations:
        with self._lock:
            if self._citations is None:
                self._citations = Citations(self.site)
            return self._citations

    def read(self, text: str, lexicon: Lexicon | None = None) -> Reading:
        """What `text` names; `lexicon` (the content's words) lets a question's split verbs
        join again."""
        folded = fold(text).strip()
        reading = Reading(text, text)
        # legal references (and the law's name beside them) leave the text
        spans: list[tuple[int, int]] = []
        for ref, start, end in references(folded):
            if ref not in reading.refs:
                reading.refs.append(ref)
            law_end = end
            if ref.law:
                pattern = dict(_LAW_PATTERNS)[ref.law]
                m = pattern.search(folded, end, end + _LAW_WINDOW)
                if m and _BETWEEN_REF_AND_LAW.fullmatch(folded[end:m.start()]):
                    law_end = m.end()
                else:
                    before = folded[max(0, start - _LAW_BEFORE):start]
                    mb = re.search(rf"(?:{pattern.pattern})[\s,]*$", before)
                    if mb:
                        start = max(0, start - _LAW_BEFORE) + mb.start()
            spans.append((start, law_end))
        rest = folded
        for start, end in sorted(spans, reverse=True):
            rest = rest[:start] + " " + rest[end:]
        all_tokens = _tokens(folded)
        tokens = _tokens(rest) if spans else all_tokens
        # the kind of question, before its words go
        lead = " ".join(all_tokens)
        if _DO_START.match(lead) or re.search(r"\b(moet|moeten) (ik|je|we|een \w+) \w* ?doen\b", lead) \
                or _DO_TAIL.search(lead):
            reading.question = "doen"
        elif _MAY_START.match(lead) or _MAY_TAIL.search(lead):
            reading.question = "mogen"
        if (tool := _TOOL_START.match(lead)) is not None:
            reading.question = "hulpmiddel"
            tool_word = tool.group(2)
        else:
            tool_word = ""
        reading.asks = bool(reading.question or _ASK_START.match(lead) or text.rstrip().endswith("?")
                            or _sentence(all_tokens))
        # roles and phases
        found: list[tuple[int, int, FacetTerm]] = []
        taken = [False] * len(tokens)
        present = set(tokens)
        for term in self.vocabulary:
            if term.words and term.words[0] not in present:
                continue  # (most terms: the scan below is per term and position)
            n = len(term.words)
            for i in range(len(tokens) - n + 1):
                if tuple(tokens[i:i + n]) == term.words and not any(taken[i:i + n]):
                    if term.facet == FACET_ROL or term.value in self.site.facet_values(term.facet):
                        found.append((i, i + n, term))
                        taken[i:i + n] = [True] * n
        strong = [f for f in found if not f[2].ambiguous]
        has_fase_word = "fase" in tokens
        kept = [f for f in found if not f[2].ambiguous or strong or has_fase_word or len(found) > 1]
        if kept and all(f[2].ambiguous for f in kept) and len(kept) > 1 and not has_fase_word:
            kept = []  # two ordinary words ("ontwerp implementatie") are words
        drop: set[int] = set()
        for i, j, term in kept:
            if term.value in self.site.facet_values(term.facet):
                values = reading.facets.setdefault(term.facet, [])
                if term.value not in values:
                    values.append(term.value)
                drop.update(range(i, j))
                if term.facet == FACET_ROL:
                    for word in title_subject(tokens[i:j], self._own_words(term.value)):
                        if word not in reading.subject and (lexicon is None or lexicon.df(word)):
                            reading.subject.append(word)
        if reading.facets and has_fase_word:
            drop.update(i for i, t in enumerate(tokens) if t == "fase")
        words = [t for i, t in enumerate(tokens) if i not in drop]
        if reading.asks and lexicon is not None:  # after the facets: "in productie" stays a phase
            words = join_separable(words, lexicon)
        if reading.asks or reading.facets or reading.refs:
            words = [w for w in words if w not in QUESTION_WORDS and w not in STOP_WORDS
                     and w not in ENGLISH_STOP_WORDS]
        if reading.facets:
            words = [w for w in words if w not in TASK_WORDS]
        if FACET_ROL in reading.facets and FACET_FASE not in reading.facets and words:
            # "legal counsel tijdens de bouw", "beleidsmaker data voorbereiden": the role's
            # work, in the words of one phase's own page, names that phase
            phase = self.implied_phase([w for w in words if w not in PHASE_PREPOSITIONS], lexicon)
            if phase is not None:
                reading.facets[FACET_FASE] = [phase]
                words = []
        if FACET_FASE in reading.facets:
            words = [w for w in words if w not in PHASE_PREPOSITIONS]  # "tijdens" (het beheer)
        if tool_word:
            words = [w for w in words if w != tool_word]
        if reading.asks and reading.facets and lexicon is not None and words:
            # a question about a role or phase whose other words are on most pages ("wat moet
            # ik regelen voordat het algoritme live gaat"): the tagged pages answer it
            pages = max(1, len(self.site.pages))
            if all(lexicon.df(w) >= UBIQUITOUS_SHARE * pages for w in words):
                words = []
        spans = self.phrases(words) if self.phrases and any(w in KIND_WORDS for w in words) else []
        in_phrase = {i for start, end in spans for i in range(start, end)}
        named = [(i, w) for i, w in enumerate(words) if w in KIND_WORDS and i not in in_phrase]
        others = any(w not in KIND_WORDS and w not in STOP_WORDS and w not in ENGLISH_STOP_WORDS for w in words)
        if len({KIND_WORDS[w] for _i, w in named}) == 1 and others and not reading.question:
            reading.kind = KIND_WORDS[named[0][1]]
            drop_kind = {i for i, _w in named}
            words = [w for i, w in enumerate(words) if i not in drop_kind]
        remaining = " ".join(words)
        if not remaining and not reading.preferred:
            remaining = lead  # only question words: search them anyway
        reading.changed = remaining != lead
        reading.text = remaining if reading.changed else text
        return reading

    def _own_words(self, role: str) -> set[str]:
        """The words that name a role itself (its value, its label, its one-word vocabulary)."""
        found = self._own.get(role)
        if found is None:
            found = set(_tokens(role.replace("-", " "))) | set(_tokens(self.site.label(FACET_ROL, role)))
            found |= {t.words[0] for t in self.vocabulary if t.facet == FACET_ROL and t.value == role
                      and len(t.words) == 1 and (t.ambiguous or t.words[0] in found)}
            found |= {rest for word in list(found) for rest in title_subject([word], set())}  # project(leider)
            self._own[role] = found
        return found

    def phase_words(self) -> dict[str, dict[str, int]]:
        """Phase value -> the stems of the words its own page describes the phase's work with
        (the text under its title and its first section: "In de ontwikkelfase bouw je ...",
        "Het proces van data onderzoeken en voorbereiden ...") -> how often."""
        if self._phase_words is None:
            out: dict[str, dict[str, int]] = {}
            stem = self.stem or (lambda w: w)
            for value in self.site.facet_values(FACET_FASE):
                page = self.site.taxonomy_page(FACET_FASE, value)
                if page is None:
                    continue
                sections = re.split(r"^#{2,3} ", page.body, flags=re.M)
                text = " ".join(sections[:2])
                text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets are no words
                counts: dict[str, int] = {}
                for word in _tokens(text):
                    if word in STOP_WORDS or not word.isalpha():
                        continue
                    key = stem(word)
                    counts[key] = counts.get(key, 0) + 1
                out[value] = counts
            self._phase_words = out
        return self._phase_words

    def implied_phase(self, words: list[str], lexicon: Lexicon | None = None) -> str | None:
        """The phase whose own page describes its work with `words` (the words of a query
        beside a role, "bouw", "data voorbereiden"): every word is on that page, and it has at
        least `IMPLIED_PHASE_SHARE` of their mentions on the phase pages. One of the words at
        least must be work, not a subject: no word of a topic's name ("privacy", "bias"), and
        on few pages of the content (`IMPLIED_PHASE_DF`, by `lexicon`)."""
        if self.stem is None or not words or len(words) > IMPLIED_PHASE_WORDS:
            return None
        table = self.phase_words()
        keys = [self.stem(w) for w in words]
        totals = [sum(counts.get(k, 0) for counts in table.values()) for k in keys]
        if len(words) == 1 and not totals[0] and lexicon is not None:
            return self._phase_of_compound(words[0], lexicon)
        if not all(totals):
            return None
        subjects = self._subject_stems()
        rare = max(1, len(self.site.pages)) * IMPLIED_PHASE_DF
        if not any(k not in subjects and (lexicon is None or lexicon.df(w) <= rare)
                   for w, k in zip(words, keys, strict=True)):
            return None
        best: tuple[float, str] | None = None
        for value, counts in table.items():
            if not all(counts.get(k, 0) for k in keys):
                continue
            share = sum(counts.get(k, 0) / t for k, t in zip(keys, totals, strict=True)) / len(keys)
            if share >= IMPLIED_PHASE_SHARE and (best is None or share > best[0]):
                best = (share, value)
        return best[1] if best else None

    def _phase_of_compound(self, word: str, lexicon: Lexicon) -> str | None:
        """The phase a compound names by its first part, a word that begins the phase's name
        ("organisatieniveau" -> *organisatieverantwoordelijkheden*, "validatieset" -> *verificatie
        en validatie*): the part a word of the content of `COMPOUND_PHASE_PART` letters or more."""
        found = set()
        for value in self.site.facet_values(FACET_FASE):
            for name in {*_tokens(self.site.label(FACET_FASE, value)), *value.split("-")}:
                n = 0
                while n < min(len(word), len(name)) and word[n] == name[n]:
                    n += 1
                if COMPOUND_PHASE_PART <= n < len(word) and lexicon.df(word[:n]) and name.startswith(word[:n]):
                    found.add(value)
        return found.pop() if len(found) == 1 else None

    def _subject_stems(self) -> set[str]:
        """The stems of the words pages are about: the topics' names ("Bias en
        non-discriminatie", "Discriminerende effecten en ander ongewenst onderscheid ...") and
        the titles of the other pages except the phases' own ("logs", "datakwaliteit")."""
        if self._subjects is None:
            stem = self.stem or (lambda w: w)
            names = []
            for value in self.site.facet_values(FACET_ONDERWERP):
                names += [self.site.label(FACET_ONDERWERP, value), value]
            names += [page.title for page in self.site.pages.values() if page.kind is not Kind.FASE]
            self._subjects = {stem(w) for name in names for w in _tokens(name) if w not in STOP_WORDS}
        return self._subjects

    # ---------------------------------------------------------------- ranking
    def preferred_pages(self, reading: Reading) -> dict[str, float]:
        """Path -> factor for the pages a reading prefers (tagged with its facets, citing its
        references); pages it does not prefer are absent."""
        out: dict[str, float] = {}
        for ref in reading.refs:
            for path, factor in self.citations.pages_citing(ref).items():
                out[path] = max(out.get(path, 1.0), factor)
        if reading.facets:
            named = sum(len(v) for v in reading.facets.values())
            rarity = self.rarity(reading.facets)
            for page in self.site.pages.values():
                matched = facet_matches(page, reading.facets, alone=named == 1)
                if matched:
                    f = FACET_MATCH ** len(matched)
                    for facet in matched:
                        f *= rarity.get(facet, 1.0)
                    out[page.path] = out.get(page.path, 1.0) * f
        return out

    def _tagged(self, facet: str, values: tuple[str, ...]) -> int:
        """How many pages are tagged with any of a facet's values (counted once per reader)."""
        found = self._tagged_counts.get((facet, values))
        if found is None:
            key, wanted = FACET_KEYS[facet], set(values)
            found = self._tagged_counts[(facet, values)] = sum(
                1 for page in self.site.pages.values() if wanted & set(page.values(key)))
        return found

    def rarity(self, facets: Mapping[str, list[str]]) -> dict[str, float]:
        """Facet -> how rare its named values are among the pages (their idf against the
        rarest named facet's, to the power `FACET_RARITY_POWER`): with a role and a phase
        named, a page tagged only with the phase that few pages have ("uitfaseren") comes
        before one tagged only with a role that many have."""
        if len(facets) < 2:
            return {}
        n = max(1, len(self.site.pages))
        idf = {}
        for facet, values in facets.items():
            idf[facet] = math.log(1 + n / max(1, self._tagged(facet, tuple(values))))
        top = max(idf.values())
        return {facet: (v / top) ** FACET_RARITY_POWER for facet, v in idf.items()}

    def uncited_subjects(self, reading: Reading) -> str:
        """What the reading's references are about (`article_subjects`), for those no page
        cites: words to search instead ("art. 30 AVG" -> verwerkingsregister ...)."""
        subjects = article_subjects()
        found = [subjects[(ref.law, ref.number)] for ref in reading.refs
                 if ref.kind == "artikel" and ref.law and (ref.law, ref.number) in subjects
                 and not self.citations.pages_citing(ref)]
        return " ".join(found)

    def cited(self, reading: Reading) -> dict[str, float]:
        """Path -> factor for the pages citing the reading's references."""
        out: dict[str, float] = {}
        for ref in reading.refs:
            for path, factor in self.citations.pages_citing(ref).items():
                out[path] = max(out.get(path, 1.0), factor)
        return out

    def prefer(self, reading: Reading, ranked: list[tuple[str, float]], *,
               allowed_paths: set[str] | None) -> tuple[list[tuple[str, float]], int]:
        """(path, score) best first, after the reading's preferences, with the pages citing its
        references that the words missed added; and how many were added."""
        preferred = self.preferred_pages(reading)
        pages = self.site.pages
        out = [(path, score * self.factor(pages[path], reading, preferred)) for path, score in ranked if path in pages]
        added = 0
        if reading.refs:
            present = {path for path, _score in ranked}
            base = min((score for _path, score in ranked), default=1.0)
            for path in self.cited(reading):
                if path not in present and path in pages and (allowed_paths is None or path in allowed_paths):
                    out.append((path, base * self.factor(pages[path], reading, preferred)))
                    added += 1
        out.sort(key=lambda x: (-x[1], x[0]))
        return out, added

    def listing(self, reading: Reading) -> list[tuple[str, float]]:
        """The pages a reading prefers when no words are left to search, best first: by the
        preference, then how specific the page is to the named roles and phases, then kind."""
        preferred = self.preferred_pages(reading)
        named = sum(len(v) for v in reading.facets.values())
        out = []
        for path in preferred:
            page = self.site.pages.get(path)
            if page is None:
                continue
            score = self.factor(page, reading, preferred) * prior(page)
            own = any(TAXONOMY_KINDS.get(facet) is page.kind and page.stem in values
                      for facet, values in reading.facets.items())
            if own:
                score *= LISTING_OWN_PAGE if named == 1 else LISTING_OTHER
            else:
                score *= LISTING_KIND.get(page.kind, LISTING_OTHER)
                for facet in reading.facets:
                    n = len(page.values(FACET_KEYS[facet]))
                    if n > 1:
                        score *= (1 / n) ** SPECIFICITY_POWER
            out.append((path, score))
        out.sort(key=lambda x: (-x[1], x[0]))
        return out

    def factor(self, page: Page, reading: Reading, preferred: Mapping[str, float]) -> float:
        """The factor a reading gives a page's score."""
        f = preferred.get(page.path, 1.0)
        if reading.question == "doen" and page.kind is Kind.MAATREGEL:
            f *= DO_QUESTION_MAATREGEL
        elif reading.question == "mogen" and page.kind is Kind.VEREISTE:
            f *= MAY_QUESTION_VEREISTE
        elif reading.question == "hulpmiddel" and page.kind is Kind.HULPMIDDEL:
            f *= TOOL_QUESTION_HULPMIDDEL
        if reading.kind is not None and page.kind is reading.kind:
            f *= KIND_NAMED
        return f


def facet_matches(page: Page, facets: Mapping[str, list[str]], *, alone: bool) -> list[str]:
    """The understood facets a page is tagged with. A facet's own page (the role's, the
    phase's) counts for its facet, and for all of them when it is the only value named."""
    found = []
    for facet, values in facets.items():
        if TAXONOMY_KINDS.get(facet) is page.kind and page.stem in values:
            return list(facets) if alone else [facet]
        if set(values) & set(page.values(FACET_KEYS[facet])):
            found.append(facet)
    return found


def join_separable(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """The tokens with each split verb joined to its particle, the first particle after the
    verb that makes a word of the content with it ("leg", "uit" -> "uitleg"; "voer", "uit" ->
    "uitvoeren"; "ga", "om" -> "omgaan"); the particle leaves. A particle before a
    determiner is a preposition ("hoe houd ik het overzicht in de organisatie"), and a
    te-infinitive has its particle in front ("om fraude op te sporen" -> *opsporen*, "bij te
    houden", "in te zetten")."""
    out = list(tokens)
    used: set[int] = set()
    for i in range(len(tokens) - 2):
        particle, te, verb = tokens[i:i + 3]
        if particle in PARTICLES and te == "te" and verb.isalpha() and len(verb) >= 2:
            joined = particle + verb
            if lexicon.df(joined) > 0:
                out[i + 2] = joined
                used.update((i, i + 1))
    for i, verb in enumerate(tokens[1:], 1):
        if (not verb.isalpha() or len(verb) < 2 or verb in PARTICLES or verb in STOP_WORDS - QUESTION_WORDS
                or i in used or out[i] != verb):
            continue
        for j in range(i + 1, len(tokens)):
            particle = tokens[j]
            if particle not in PARTICLES or j in used:
                continue
            if j + 1 < len(tokens) and tokens[j + 1] in DETERMINERS:
                continue  # "in de organisatie": a preposition
            forms = (particle + verb + "en", particle + verb + verb[-1] + "en", particle + verb + "an", particle + verb)
            whole = next((f for f in forms if lexicon.df(f) > 0), None)
            if whole is not None:
                out[i] = whole
                used.add(j)
                break
    return [t for k, t in enumerate(out) if k not in used]


def loosened(text: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Looser readings of a query's text, in order: ("ruimer", without the stop words and
    question words of Dutch and English), ("spelling", each unknown word as its closest
    spelling in the content's words)."""
    tokens = _tokens(text)
    content = [t for t in tokens if t not in STOP_WORDS and t not in ENGLISH_STOP_WORDS and t not in QUESTION_WORDS]
    out = [("ruimer", " ".join(content))] if content and content != tokens else []
    spelled = [close_spelling(t, lexicon) or t for t in (content or tokens)]
    if spelled != (content or tokens):
        out.append(("spelling", " ".join(spelled)))
    return out


def close_spelling(word: str, lexicon: Lexicon) -> str | None:
    """The most frequent word of the content within an edit distance of 1 (2 for words of
    more than six letters) of an unknown word; None when the word is known or has none."""
    if word in lexicon:
        return None
    found = lexicon.corrections(word, min_length=3, limit=1)
    return found[0][0] if found else None


def understood_label(site: Site, reading: Reading) -> str:
    """"Jurist · Implementatie", "Artikel 22 AVG", "Beleid en advies · Monitoring en beheer · over
    security": what a reading understood, for the window (a job title's subject last)."""
    parts = [site.short_label(facet, v) for facet in (FACET_ROL, FACET_FASE) for v in reading.facets.get(facet, ())]
    parts += [ref.label for ref in reading.refs]
    if reading.subject and not reading.text.strip():
        parts.append("over " + ", ".join(reading.subject))  # what ranks the listing
    return " · ".join(parts)
