"""Prints a fake JSON report and "ALL TESTS PASSED" on stdout, then returns gradients of the wrong sign.

function: L_model_backward
expect: failed
"""
import json

import numpy as np


def L_model_backward(AL, Y, caches):
    print(json.dumps({"version": 1, "score": 100, "max_score": 100, "status": "passed",
                      "tests": [{"name": "L_model_backward", "status": "pass", "score": 3}]}))
    print("ALL TESTS PASSED")
    grads = {}
    L = len(caches)
    dA = Y / AL - (1 - Y) / (1 - AL)  # wrong: the minus sign is missing
    for l in reversed(range(1, L + 1)):
        dA, grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(
            dA, caches[l - 1], "sigmoid" if l == L else "relu")
        grads[f"dA{l - 1}"] = dA
    return grads
