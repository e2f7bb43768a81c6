"""Never returns: the backward pass, graded next to it, must still be graded (on the reference's cache).

function: batchnorm_forward
expect: timeout
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    while True:
        pass
