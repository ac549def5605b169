"""A small Algoritmekader-shaped content root, written for the tests (our own words)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_tree

S = "voldoen-aan-wetten-en-regels"

FILES: dict[str, str] = {
    "index.md": "---\ntitle: Start\n---\n# Start\n\nWelkom! Bekijk de [lijst](" + S + "/hulpmiddelen/index.md).\n",
    "rollen/jurist.md": "---\ntitle: Jurist\n---\n# Jurist\n\nDe jurist let op wetten en regels.\n",
    "rollen/projectleider.md": "---\ntitle: Projectleider\n---\n# Projectleider\n\nLeidt het project.\n",
    "levenscyclus/ontwerp.md": "---\ntitle: Fase 2, ontwerp\n---\n# Fase 2: Ontwerp\n\nHier ontwerp je.\n",
    "levenscyclus/probleemanalyse.md": "---\ntitle: Fase 1, probleemanalyse\n---\n# Fase 1\n\nWat is het probleem?\n",
    "levenscyclus/organisatieverantwoordelijkheden.md": "---\ntitle: Fase 0, organisatieverantwoordelijkheden\n---\n# Fase 0\n\nOrganisatie.\n",
    "onderwerpen/governance.md": "---\ntitle: Governance\n---\n# Governance\n\n## Rollen\n\nSturing op algoritmes.\n",
    "onderwerpen/privacy-en-gegevensbescherming.md": "---\ntitle: Privacy en gegevensbescherming\n---\n# Privacy\n\nPersoonsgegevens beschermen.\n",
    f"{S}/hulpmiddelen/index.md": "---\ntitle: Hulpmiddelen\n---\n# Hulpmiddelen\n\n<!-- list_hulpmiddelen no-rol -->\n",
    f"{S}/hulpmiddelen/DPIA.md": """---
title: Data Protection Impact Assessment
categorie: impact-assessment
rollen: [jurist, projectleider]
levenscyclus: [ontwerp]
onderwerp: privacy-en-gegevensbescherming
maatregel:
  - 2-owp-01-privacyrisico
  - 0-org-01-beleid
vereiste: [avg-01-rechtmatig]
---
<!-- tags -->

## Hulpmiddel

Met een DPIA breng je de privacyrisico's van een verwerking van persoonsgegevens in kaart.
Zie ook [de jurist](../../rollen/jurist.md#jurist) en [beleid](../maatregelen/0-org-01-beleid.md).

## Bijbehorende maatregelen { data-search-exclude }

<!-- list_maatregelen_on_hulpmiddelen_page -->
""",
    f"{S}/hulpmiddelen/register.md": """---
title: Algoritmeregister
rollen: projectleider
levenscyclus: [organisatieverantwoordelijkheden]
onderwerp: [governance]
maatregel: [0-org-01-beleid]
---
## Hulpmiddel

Publiceer je algoritmes in het register, zodat burgers kunnen zien welke algoritmes de overheid gebruikt.
""",
    f"{S}/maatregelen/0-org-01-beleid.md": """---
title: Stel beleid op voor algoritmes
id: urn:nl:ak:mtr:org-01
rollen: [projectleider]
levenscyclus: [organisatieverantwoordelijkheden]
onderwerp: [governance]
vereiste: [avg-01-rechtmatig]
sources:
  ARK: [2.10, 1.04]
  ADR: SV.8
---
## Maatregel

Leg vast hoe de organisatie algoritmes inzet. Gemeenten en gemeentes doen dit allebei.
""",
    f"{S}/maatregelen/2-owp-01-privacyrisico.md": """---
title: Analyseer de privacyrisico's
id: urn:nl:ak:mtr:owp-01
rollen: [jurist]
levenscyclus: ontwerp
onderwerp: [privacy-en-gegevensbescherming]
vereiste: [avg-01-rechtmatig, bestaat-niet-01]
---
## Maatregel

Breng risico's voor persoonsgegevens in kaart met risicobeheer. Algoritmes geïnventariseerd.
""",
    f"{S}/vereisten/avg-01-rechtmatig.md": """---
title: Persoonsgegevens worden rechtmatig verwerkt
id: urn:nl:ak:ver:avg-01
rollen: [jurist]
levenscyclus: [ontwerp]
onderwerp: [privacy-en-gegevensbescherming]
---
## Vereiste

Je mag persoonsgegevens alleen verwerken met een grondslag uit de AVG.
""",
}


def make_mini_site(root: Path, extra: dict[str, str | bytes] | None = None) -> Path:
    write_tree(root, dict(FILES))
    if extra:
        write_tree(root, extra)
    return root
