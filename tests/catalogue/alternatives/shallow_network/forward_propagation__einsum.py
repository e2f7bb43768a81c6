"""Matrix products with np.einsum, the sigmoid as 1 / (1 + exp(-z)) (a RuntimeWarning for very negative z).

function: forward_propagation
expect: passed
"""
import numpy as np


def forward_propagation(X, parameters):
    Z1 = np.einsum("hx,xm->hm", parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.einsum("yh,hm->ym", parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
