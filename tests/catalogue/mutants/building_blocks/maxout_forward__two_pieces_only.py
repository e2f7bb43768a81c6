"""Written for the two-piece picture max(w1·x + b1, w2·x + b2): ignores pieces beyond the second, fails for k = 1.

function: maxout_forward
expect: error
feedback: first two pieces
blind_spot: yes
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = np.maximum(Z[0], Z[1])
    return A, (A_prev, W, b, Z)
