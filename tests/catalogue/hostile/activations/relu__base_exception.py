"""Raises a bare BaseException, which slips past `except Exception` in a careless grader.

function: relu
expect: error
feedback: BaseException
"""
import numpy as np


def relu(Z):
    raise BaseException("not a subclass of Exception")
