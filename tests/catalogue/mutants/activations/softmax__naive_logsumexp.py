"""exp(Z - log(sum(exp(Z)))) without the max: at large z log(inf) = inf and every entry becomes 0.

function: softmax
expect: failed
feedback: subtract each column's maximum
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    with np.errstate(over="ignore"):
        lse = np.log(np.sum(np.exp(Z), axis=0, keepdims=True))
    return np.exp(Z - lse)
