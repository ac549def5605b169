"""The beslishulp in a terminal: one question at a time, in Dutch.

Keys: a number chooses an answer; `t` = terug (back), `o` = opnieuw (restart),
`m` = opmerking (the next line is a remark on the current question), `q` = stoppen.
At a conclusion it shows the conclusion, the obligation, the profile and the answers that
led there, and then accepts `t`, `o` or `q`. End of input stops, like `q`.
"""

from __future__ import annotations

import sys
import textwrap
from typing import TextIO
from urllib.parse import unquote

from reader.beslishulp.html_text import html_to_text
from reader.beslishulp.profile import profile_for
from reader.beslishulp.session import Session, SessionError
from reader.beslishulp.tree import Question, Tree

WIDTH = 80
#: After this many unusable inputs in a row the walk stops (a script stuck in a loop).
MAX_BAD_INPUTS = 50


def _wrap(text: str, indent: str = "", hang: str | None = None) -> str:
    """Wrap each line at WIDTH; continuation lines get `hang` (default: `indent`, plus two
    spaces under a bullet). Words (addresses) are never broken."""
    lines = []
    for line in text.splitlines():
        if not line:
            lines.append("")
            continue
        sub = hang if hang is not None else (indent + "  " if line.startswith("•") else indent)
        lines.append(textwrap.fill(line, WIDTH, initial_indent=indent, subsequent_indent=sub,
                                   break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


class _Terminal:
    def __init__(self, session: Session, inp: TextIO, out: TextIO) -> None:
        self.session = session
        self.inp = inp
        self.out = out
        self.bad = 0

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def ask(self, prompt: str) -> str | None:
        self.out.write(prompt)
        self.out.flush()
        line = self.inp.readline()
        if not line:
            self.say()
            return None
        return line.strip()

    def show_question(self, question: Question) -> None:
        progress = self.session.progress()
        title = progress.text()
        title = title[:1].upper() + title[1:]
        self.say()
        heading = f"{title} — {html_to_text(question.subcategory)}" if question.subcategory else title
        self.say(heading)
        self.say("=" * min(WIDTH, len(heading)))
        self.say(_wrap(html_to_text(question.question)))
        explanation = html_to_text(question.explanation)
        if explanation:
            self.say()
            self.say(_wrap(explanation))
        remark = self.session.remark(question.id)
        if remark:
            self.say()
            self.say(_wrap(f"Jouw opmerking: {remark}"))
        self.say()
        for answer in question.answers:
            self.say(_wrap(f"{answer.index + 1}. {html_to_text(answer.answer)}", ""))
        self.say()

    def show_conclusion(self) -> None:
        s = self.session
        conclusion = s.conclusion
        assert conclusion is not None
        self.say()
        self.say(f"Conclusie {conclusion.id}")
        self.say("=" * WIDTH)
        self.say(_wrap(html_to_text(conclusion.conclusion)))
        if conclusion.comment:
            self.say()
            self.say(_wrap(html_to_text(conclusion.comment)))
        self.say()
        self.say("Verplichtingen")
        self.say("-" * len("Verplichtingen"))
        self.say(_wrap(html_to_text(conclusion.obligation)))
        self.say()
        self.say("Profiel voor de vereisten")
        self.say("-" * len("Profiel voor de vereisten"))
        for line in profile_for(s).lines():
            self.say(_wrap(line, "  ", "    "))
        self.say()
        self.say("Je antwoorden")
        self.say("-" * len("Je antwoorden"))
        for n, step in enumerate(s.steps, 1):
            self.say(_wrap(f"{n}. {html_to_text(step.question.question)}", "  ", "     "))
            self.say(_wrap(f"→ {html_to_text(step.answer.answer)}", "     "))
            if step.answer.subresult:
                self.say(_wrap(f"Let op: {html_to_text(step.answer.subresult)}", "     "))
            if step.remark:
                self.say(_wrap(f"Opmerking: {step.remark}", "     "))
        if conclusion.sources:
            self.say()
            self.say("Bronnen")
            self.say("-" * len("Bronnen"))
            for source in conclusion.sources:
                self.say(_wrap(f"• {source.source}", "  "))
                if source.url:
                    # the bundled content may percent-encode one character of an address
                    self.say(f"    {unquote(source.url)}")
        self.say()

    def invalid(self, message: str) -> bool:
        """Report unusable input; False when there were too many in a row."""
        self.say(message)
        self.bad += 1
        if self.bad >= MAX_BAD_INPUTS:
            self.say("Te veel ongeldige invoer achter elkaar; de beslishulp stopt.")
            return False
        return True

    def loop(self) -> None:
        s = self.session
        shown: object = None
        while True:
            question = s.question
            node = question or s.conclusion
            if node is not shown:
                if question is not None:
                    self.show_question(question)
                else:
                    self.show_conclusion()
                shown = node
            if question is None:
                reply = self.ask("Typ t = terug, o = opnieuw of q = stoppen: ")
            else:
                n = len(question.answers)
                reply = self.ask(f"Kies 1-{n} (t = terug, o = opnieuw, m = opmerking, q = stoppen): ")
            if reply is None or reply.lower() in ("q", "stop", "stoppen"):
                self.say("Gestopt.")
                return
            choice = reply.lower()
            if choice in ("t", "terug"):
                self.bad = 0
                if not s.back():
                    self.say("Je bent al bij de eerste vraag.")
                shown = None
            elif choice in ("o", "opnieuw"):
                self.bad = 0
                s.restart()
                self.say("Opnieuw begonnen.")
                shown = None
            elif choice in ("m", "opmerking") and question is not None:
                text = self.ask("Opmerking (leeg = verwijderen): ")
                if text is None:
                    self.say("Gestopt.")
                    return
                s.set_remark(text, question.id)
                self.say("Opmerking bewaard." if text else "Opmerking verwijderd.")
            elif question is not None and choice.isdigit():
                index = int(choice) - 1
                if not 0 <= index < len(question.answers):
                    if not self.invalid(f"Er is geen antwoord {choice}; kies 1 tot en met {len(question.answers)}."):
                        return
                    continue
                try:
                    s.answer(index)
                except SessionError as exc:
                    if not self.invalid(str(exc)):
                        return
                    continue
                self.bad = 0
            else:
                if question is None:
                    options = "t, o of q"
                else:
                    options = f"een nummer van 1 tot en met {len(question.answers)}, t, o, m of q"
                if not self.invalid(f"Onbekende keuze {reply!r}; typ {options}."):
                    return


def run(
    tree: Tree,
    input: TextIO | None = None,
    output: TextIO | None = None,
    *,
    session: Session | None = None,
) -> Session:
    """Walk the tree interactively; returns the session as it was when the user stopped."""
    inp = input if input is not None else sys.stdin
    out = output if output is not None else sys.stdout
    s = session if session is not None else Session(tree)
    out.write(f"{tree.name or 'Beslishulp AI-verordening'}\n")
    out.write("Beantwoord de vragen met het nummer van je antwoord.\n")
    _Terminal(s, inp, out).loop()
    return s
