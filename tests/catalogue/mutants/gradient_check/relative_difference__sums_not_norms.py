"""|sum(a - b)| / (|sum a| + |sum b|): sums of entries, not norms.

function: relative_difference
expect: failed
feedback: sums of the entries
blind_spot: no
"""
import numpy as np


def relative_difference(grad, grad_approx):
    return abs(np.sum(grad - grad_approx)) / (abs(np.sum(grad)) + abs(np.sum(grad_approx)))
