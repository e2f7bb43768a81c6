"""Ends the process: residual_backward, graded next to it, must still be graded.

function: residual_forward
expect: error
"""
import os


def residual_forward(A_prev, W, b):
    os._exit(3)
