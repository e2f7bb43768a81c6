"""Cross-entropy with np.sum(keepdims) then .item(); penalty via flattened dot.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    ce = (-1 / m) * np.sum(np.multiply(Y, np.log(AL)) + np.multiply(1 - Y, np.log(1 - AL)), axis=1, keepdims=True)
    W_list = [parameters["W%d" % (i + 1)] for i in range(len(parameters) // 2)]
    l2 = sum(float(W.ravel() @ W.ravel()) for W in W_list)
    return ce.item() + 0.5 * lambd / m * l2
