"""Calls os._exit(0) inside the function: the process ends at once with status 0, skipping every handler.

function: compute_cost
expect: error
feedback: process
"""
import os

import numpy as np


def compute_cost(AL, Y):
    os._exit(0)
