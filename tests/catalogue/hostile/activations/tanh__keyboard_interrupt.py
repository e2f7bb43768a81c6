"""Raises KeyboardInterrupt, which a grader catching only Exception would mistake for Ctrl-C and stop.

function: tanh
expect: error
feedback: KeyboardInterrupt
"""
import numpy as np


def tanh(Z):
    raise KeyboardInterrupt
