"""Casts everything to float32 "to save memory".

function: forward_propagation
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def forward_propagation(X, parameters):
    X = X.astype(np.float32)
    W1 = parameters["W1"].astype(np.float32)
    W2 = parameters["W2"].astype(np.float32)
    Z1 = W1 @ X + parameters["b1"].astype(np.float32)
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + parameters["b2"].astype(np.float32)
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
