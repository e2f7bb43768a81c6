"""Calls sys.exit() at import time, hoping the grader dies (with status 0) before grading anything.

function: step
expect: error
feedback: sys.exit
scope: module
"""
import sys

import numpy as np


def step(Z):
    return (Z > 0).astype(float)


# Left over from running the file as a script; ends whoever imports it.
sys.exit()
