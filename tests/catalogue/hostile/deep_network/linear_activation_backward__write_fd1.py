"""Writes a fake result straight to file descriptor 1 (bypassing sys.stdout), then returns a wrong answer.

function: linear_activation_backward
expect: failed
"""
import os

import numpy as np


def linear_activation_backward(dA, cache, activation):
    os.write(1, b'{"score": 100}\n')
    linear_cache, Z = cache
    return linear_backward(dA, linear_cache)  # wrong: skips the activation's derivative
