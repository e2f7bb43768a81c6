"""Returns a list [A_out, mask]; the mask from np.random.uniform, as floats via * 1.0.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if training is False:
        return [A.copy(), np.ones(A.shape)]
    u = np.random.uniform(size=A.shape)
    mask = (u < keep_prob) * 1.0
    return [A * mask / keep_prob, mask]
