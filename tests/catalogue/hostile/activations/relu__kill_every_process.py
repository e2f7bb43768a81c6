"""Sends SIGKILL to every process it may signal and to its process group, hoping to take down other graded functions.

function: relu
expect: error
feedback: process
"""
import os
import signal

import numpy as np


def relu(Z):
    for target in (-1, 0):
        try:
            os.kill(target, signal.SIGKILL)
        except OSError:
            pass
    return np.maximum(Z, 0)
