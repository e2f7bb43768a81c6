"""``-k EXPR``: choose functions by name, the way pytest's ``-k`` chooses tests.

A word matches when it is a (case-insensitive) substring of
``module.function``; words combine with ``and``, ``or``, ``not`` and
parentheses: ``-k sigmoid``, ``-k "activations and not backward"``,
``-k "relu or tanh"``.
"""
from __future__ import annotations

import re
from typing import Callable

_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")


class SelectionError(ValueError):
    """The expression cannot be parsed; the message says where."""


def parse(expression: str) -> Callable[[str], bool]:
    """A predicate on ``"module.function"`` names."""
    tokens = _tokenize(expression)
    if not tokens:
        raise SelectionError("-k needs at least one word")
    position = 0

    def peek():
        return tokens[position] if position < len(tokens) else None

    def take():
        nonlocal position
        token = peek()
        position += 1
        return token

    def disjunction():
        left = conjunction()
        while peek() == "or":
            take()
            right = conjunction()
            left = (lambda a, b: lambda name: a(name) or b(name))(left, right)
        return left

    def conjunction():
        left = negation()
        while peek() == "and":
            take()
            right = negation()
            left = (lambda a, b: lambda name: a(name) and b(name))(left, right)
        return left

    def negation():
        if peek() == "not":
            take()
            inner = negation()
            return lambda name: not inner(name)
        return atom()

    def atom():
        token = take()
        if token is None:
            raise SelectionError(f"-k {expression!r}: the expression ends too early")
        if token == "(":
            inner = disjunction()
            if take() != ")":
                raise SelectionError(f"-k {expression!r}: a '(' is never closed")
            return inner
        if token in (")", "and", "or", "not"):
            raise SelectionError(f"-k {expression!r}: unexpected {token!r}")
        word = token.lower()
        return lambda name: word in name.lower()

    predicate = disjunction()
    if peek() is not None:
        raise SelectionError(f"-k {expression!r}: unexpected {peek()!r}")
    return predicate


def _tokenize(expression: str) -> list[str]:
    tokens, index = [], 0
    while index < len(expression):
        match = _TOKEN.match(expression, index)
        if not match:
            break
        tokens.append(match.group(1))
        index = match.end()
    return tokens
