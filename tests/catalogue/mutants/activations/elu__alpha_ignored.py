"""Hard-codes e^z - 1 on the negative side and never uses alpha.

function: elu
expect: failed
feedback: ignores its alpha
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=1.0):
    return np.where(Z > 0, Z, np.exp(Z) - 1)
