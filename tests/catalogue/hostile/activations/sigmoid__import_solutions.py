"""Imports the grader's reference sigmoid at module level instead of writing one.

function: sigmoid
expect: error
feedback: solutions
scope: module
"""
import numpy as np

# Tries to pass by re-exporting the reference implementation.
from solutions.activations import sigmoid  # noqa: F401
