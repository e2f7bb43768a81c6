"""Networks as Lego: maxout units and residual (skip) connections, forward and backward.

Examples are columns, as everywhere: A_prev is (n_prev, m). A maxout layer
has k linear pieces, W of shape (k, n, n_prev) and b of shape (k, n, 1); each
unit outputs the largest of its k pieces. A residual block keeps the width:
W is (n, n), and the block's input is added back after the ReLU.

Both caches are (A_prev, W, b, Z). Gradient scale, as in the contract: dA and
dA_prev are per example; dW and db are gradients of the mean cost (1/m).
"""
import numpy as np

from activations import relu


def maxout_forward(A_prev, W, b):
    """A = max over the k pieces of W[i]·A_prev + b[i]; returns (A, (A_prev, W, b, Z)).

    Z is (k, n, m): np.matmul broadcasts the product over the k pieces.
    """
    Z = np.matmul(W, A_prev) + b
    A = np.max(Z, axis=0)
    return A, (A_prev, W, b, Z)


def maxout_backward(dA, cache):
    """(dA_prev, dW, db): the gradient of each (unit, example) flows through its winning piece only."""
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    winner = np.argmax(Z, axis=0)                                # (n, m): which piece won
    dZ = (np.arange(k).reshape(k, 1, 1) == winner) * dA          # (k, n, m): dA where the piece won, else 0
    dW = np.matmul(dZ, A_prev.T) / m                             # (k, n, n_prev)
    db = np.sum(dZ, axis=2, keepdims=True) / m                   # (k, n, 1)
    dA_prev = np.sum(np.matmul(np.transpose(W, (0, 2, 1)), dZ), axis=0)  # sum_i W[i]ᵀ·dZ[i], (n_prev, m)
    return dA_prev, dW, db


def residual_forward(A_prev, W, b):
    """A = relu(W·A_prev + b) + A_prev; returns (A, (A_prev, W, b, Z))."""
    Z = np.dot(W, A_prev) + b
    A = relu(Z) + A_prev
    return A, (A_prev, W, b, Z)


def residual_backward(dA, cache):
    """(dA_prev, dW, db): through the ReLU branch (dZ = dA·[Z > 0]) plus the skip, which passes dA as is."""
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * (Z > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ) + dA
    return dA_prev, dW, db
