"""Root-mean-squares instead of norms: the 1/N inside the square roots cancels in the ratio.

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    num = np.sqrt(np.mean((grad - grad_approx) ** 2))
    den = np.sqrt(np.mean(grad ** 2)) + np.sqrt(np.mean(grad_approx ** 2))
    return num / den
