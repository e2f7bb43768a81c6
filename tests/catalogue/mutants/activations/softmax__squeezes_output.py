"""np.squeeze on the result: shape (n,) for one example, (m,) for one class.

function: softmax
expect: failed
feedback: np.squeeze
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return np.squeeze(e / np.sum(e, axis=0, keepdims=True))
