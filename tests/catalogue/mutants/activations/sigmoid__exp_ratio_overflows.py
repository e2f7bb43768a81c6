"""Uses exp(Z) / (1 + exp(Z)), which is inf / inf = nan for large positive Z.

function: sigmoid
expect: failed
feedback: overflow
blind_spot: yes
"""
import numpy as np


def sigmoid(Z):
    return np.exp(Z) / (1 + np.exp(Z))
