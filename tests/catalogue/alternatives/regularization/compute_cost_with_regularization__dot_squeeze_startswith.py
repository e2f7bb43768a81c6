"""Own cross-entropy via np.dot, squeezed to 0-d; W keys by startswith.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    logprobs = np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)
    cross_entropy_cost = np.squeeze(-logprobs / m)
    L2 = sum(np.sum(np.square(v)) for k, v in parameters.items() if k.startswith("W"))
    return cross_entropy_cost + lambd * L2 / (2 * m)
