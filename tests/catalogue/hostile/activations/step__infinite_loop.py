"""Never returns: a while loop whose exit condition can never become true.

function: step
expect: timeout
feedback: longer than
"""
import numpy as np


def step(Z):
    # Tries to hang the grader: "wait until converged", which never happens.
    A = (Z > 0).astype(float)
    changed = True
    while changed:
        changed = A.sum() >= 0
    return A
