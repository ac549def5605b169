"""The condition language of the decision tree's `redirects[].if` and of the vereisten's
`uitzondering` front matter (both content, so it lives in the content layer).

Upstream evaluates these strings with jexl; only a tiny subset occurs and only that subset
is accepted here:

    condition := or
    or        := and ( "||" and )*
    and       := unary ( "&&" unary )*
    unary     := "!" unary | primary
    primary   := "(" or ")" | STRING [ "in" "labels" ]

STRING is a double- or single-quoted literal; a backslash escapes the next character.
`"x" in labels` holds when x is one of the labels collected so far. A bare string literal
is truthy when it is not empty (jexl's rule); `evaluate(..., literal_membership=True)` instead
reads it as "this label is present", which is how the vereisten's `uitzondering` front matter
uses bare literals.

`!"x" in labels` is refused: jexl reads it as `(!"x") in labels` (always false), a reader
would expect `!("x" in labels)`; the author must write the parentheses.

Nothing is ever passed to eval/exec. Input is bounded: at most MAX_LENGTH characters,
MAX_TOKENS tokens and MAX_DEPTH levels of nesting, so parsing and evaluating take time
linear in the input and a bounded recursion depth. Every failure is a ConditionError.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

MAX_LENGTH = 10_000
MAX_TOKENS = 2_000
MAX_DEPTH = 50

__all__ = [
    "MAX_DEPTH",
    "MAX_LENGTH",
    "MAX_TOKENS",
    "And",
    "ConditionError",
    "Contains",
    "Literal",
    "Node",
    "Not",
    "Or",
    "check",
    "evaluate",
    "labels_in",
    "parse",
    "to_source",
]


class ConditionError(ValueError):
    """A condition that cannot be read; the message is Dutch and meant for the user."""

    def __init__(self, message: str, text: str = "", position: int | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.position = position


# --- AST ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Literal:
    """A bare string literal."""

    value: str


@dataclass(frozen=True)
class Contains:
    """`"label" in labels`."""

    label: str


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class And:
    """`a && b && ...` (two or more operands)."""

    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """`a || b || ...` (two or more operands)."""

    operands: tuple[Node, ...]


Node = Literal | Contains | Not | And | Or


# --- tokenizer ---------------------------------------------------------------------------

_STRING, _IN, _LABELS, _AND, _OR, _NOT, _LPAREN, _RPAREN, _END = (
    "tekst",
    "'in'",
    "'labels'",
    "'&&'",
    "'||'",
    "'!'",
    "'('",
    "')'",
    "einde",
)
_WORDS = {"in": _IN, "labels": _LABELS}
_SINGLE = {"(": _LPAREN, ")": _RPAREN}


@dataclass(frozen=True)
class _Token:
    kind: str
    value: str
    pos: int


def _snippet(text: str, pos: int) -> str:
    start = max(0, pos - 20)
    end = min(len(text), pos + 20)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _fail(reason: str, text: str, pos: int) -> ConditionError:
    return ConditionError(
        f"Ongeldige voorwaarde: {reason} (teken {pos + 1}) in «{_snippet(text, pos)}»", text, pos
    )


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\r\n":
            i += 1
            continue
        if len(tokens) >= MAX_TOKENS:
            raise _fail(f"te veel onderdelen (meer dan {MAX_TOKENS})", text, i)
        if ch in "\"'":
            quote, start, i = ch, i, i + 1
            chars: list[str] = []
            while i < n and text[i] != quote:
                if text[i] == "\\":
                    i += 1
                    if i >= n:
                        break
                chars.append(text[i])
                i += 1
            if i >= n:
                raise _fail("tekst zonder sluitend aanhalingsteken", text, start)
            tokens.append(_Token(_STRING, "".join(chars), start))
            i += 1
        elif text.startswith("&&", i):
            tokens.append(_Token(_AND, "&&", i))
            i += 2
        elif text.startswith("||", i):
            tokens.append(_Token(_OR, "||", i))
            i += 2
        elif ch == "!":
            if text.startswith("!=", i):
                raise _fail("onbekende operator '!='", text, i)
            tokens.append(_Token(_NOT, "!", i))
            i += 1
        elif ch in _SINGLE:
            tokens.append(_Token(_SINGLE[ch], ch, i))
            i += 1
        elif ch.isascii() and (ch.isalpha() or ch == "_"):
            start = i
            while i < n and text[i].isascii() and (text[i].isalnum() or text[i] == "_"):
                i += 1
            word = text[start:i]
            if word not in _WORDS:
                raise _fail(f"onbekend woord '{word}' (alleen 'in' en 'labels' zijn bekend)", text, start)
            tokens.append(_Token(_WORDS[word], word, start))
        else:
            shown = ch if ch.isprintable() else f"U+{ord(ch):04X}"
            raise _fail(f"onbekend teken '{shown}'", text, i)
    tokens.append(_Token(_END, "", n))
    return tokens


# --- parser ------------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.at = 0

    def peek(self, offset: int = 0) -> _Token:
        return self.tokens[min(self.at + offset, len(self.tokens) - 1)]

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def unexpected(self, expected: str) -> ConditionError:
        token = self.peek()
        found = "het einde" if token.kind == _END else f"'{token.value}'"
        return _fail(f"{expected} verwacht, maar {found} gevonden", self.text, token.pos)

    def parse(self) -> Node:
        node = self.parse_or(0)
        if self.peek().kind != _END:
            raise self.unexpected("'&&', '||' of het einde")
        return node

    def parse_or(self, depth: int) -> Node:
        items = [self.parse_and(depth)]
        while self.peek().kind == _OR:
            self.take()
            items.append(self.parse_and(depth))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def parse_and(self, depth: int) -> Node:
        items = [self.parse_unary(depth)]
        while self.peek().kind == _AND:
            self.take()
            items.append(self.parse_unary(depth))
        return items[0] if len(items) == 1 else And(tuple(items))

    def parse_unary(self, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise _fail(f"te diep genest (meer dan {MAX_DEPTH} niveaus)", self.text, self.peek().pos)
        if self.peek().kind == _NOT:
            bang = self.take()
            if self.peek().kind == _STRING and self.peek(1).kind == _IN:
                raise _fail("dubbelzinnig: schrijf !(\"…\" in labels) met haakjes", self.text, bang.pos)
            return Not(self.parse_unary(depth + 1))
        return self.parse_primary(depth)

    def parse_primary(self, depth: int) -> Node:
        token = self.peek()
        if token.kind == _LPAREN:
            self.take()
            inner = self.parse_or(depth + 1)
            if self.peek().kind != _RPAREN:
                raise self.unexpected("')'")
            self.take()
            return inner
        if token.kind == _STRING:
            self.take()
            if self.peek().kind == _IN:
                self.take()
                if self.peek().kind != _LABELS:
                    raise self.unexpected("'labels'")
                self.take()
                return Contains(token.value)
            return Literal(token.value)
        raise self.unexpected("tekst tussen aanhalingstekens, '!' of '('")


@lru_cache(maxsize=2048)
def _parse_cached(text: str) -> Node:
    return _Parser(text).parse()


def parse(text: object) -> Node:
    """The AST of a condition; raises ConditionError for anything that is not one."""
    if not isinstance(text, str):
        raise ConditionError(f"Ongeldige voorwaarde: verwacht tekst, maar kreeg {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise ConditionError(
            f"Ongeldige voorwaarde: te lang ({len(text)} tekens, hooguit {MAX_LENGTH})", text[:100]
        )
    if not text.strip():
        raise ConditionError("Ongeldige voorwaarde: de voorwaarde is leeg", text)
    return _parse_cached(text)


# --- evaluation --------------------------------------------------------------------------


def evaluate(node: Node, labels: Collection[str], *, literal_membership: bool = False) -> bool:
    """Whether the condition holds for these labels.

    Recursion follows the AST, whose depth parse() bounds (And/Or are flat tuples).
    """
    if isinstance(node, Contains):
        return node.label in labels
    if isinstance(node, Literal):
        return node.value in labels if literal_membership else bool(node.value)
    if isinstance(node, Not):
        return not evaluate(node.operand, labels, literal_membership=literal_membership)
    if isinstance(node, And):
        return all(evaluate(op, labels, literal_membership=literal_membership) for op in node.operands)
    if isinstance(node, Or):
        return any(evaluate(op, labels, literal_membership=literal_membership) for op in node.operands)
    raise ConditionError(f"Ongeldige voorwaarde: onbekend onderdeel {type(node).__name__}")


def check(text: object, labels: Collection[str], *, literal_membership: bool = False) -> bool:
    """parse() + evaluate() in one call."""
    return evaluate(parse(text), labels, literal_membership=literal_membership)


def labels_in(node: Node) -> frozenset[str]:
    """Every label the condition mentions (in `in labels` tests and bare literals)."""
    if isinstance(node, Contains):
        return frozenset({node.label})
    if isinstance(node, Literal):
        return frozenset({node.value})
    if isinstance(node, Not):
        return labels_in(node.operand)
    out: frozenset[str] = frozenset()
    for op in node.operands:
        out |= labels_in(op)
    return out


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_source(node: Node) -> str:
    """A canonical text of the condition (fully parenthesised where it matters)."""
    if isinstance(node, Contains):
        return f"{_quote(node.label)} in labels"
    if isinstance(node, Literal):
        return _quote(node.value)
    if isinstance(node, Not):
        return f"!({to_source(node.operand)})"
    joiner = " && " if isinstance(node, And) else " || "
    parts = []
    for op in node.operands:
        text = to_source(op)
        parts.append(f"({text})" if isinstance(op, And | Or) else text)
    return joiner.join(parts)


def label_rule(text: object) -> Node:
    """A vereiste's `uitzondering` item as a condition over `key-value` profile labels
    (evaluate it with literal_membership=True): a bare label such as
    `risicogroep-uitzondering-van-toepassing`, or an expression of quoted labels with `&&`,
    `||`, `!` and parentheses. Raises ConditionError when it cannot be read."""
    if not isinstance(text, str):
        raise ConditionError("Een uitzondering moet tekst zijn.", str(text))
    text = text.strip()
    if text and not any(c in text for c in "\"'()&|!"):
        text = f'"{text}"'
    return parse(text)

