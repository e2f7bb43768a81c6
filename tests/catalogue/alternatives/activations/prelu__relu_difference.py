"""relu(Z) - alpha * relu(-Z), with the module's relu.

function: prelu
expect: passed
"""
import numpy as np


def prelu(Z, alpha):
    return relu(Z) - alpha * relu(-Z)
