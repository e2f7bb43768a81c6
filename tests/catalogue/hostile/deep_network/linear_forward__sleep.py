"""Sleeps for 1000 seconds before answering: uses no CPU, so only a wall-clock deadline stops it.

function: linear_forward
expect: timeout
feedback: longer than
"""
import time

import numpy as np


def linear_forward(A, W, b):
    time.sleep(1000)
    Z = np.dot(W, A) + b
    return Z, (A, W, b)
