"""Returns an object (no __array__) that claims to equal anything it is compared with.

function: relu
expect: failed
feedback: returned
"""
import numpy as np


class _Anything:
    """Equal to everything; deliberately no __array__, so numpy cannot see through it."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __bool__(self):
        return True

    def all(self):
        return True

    __hash__ = object.__hash__


def relu(Z):
    return _Anything()
