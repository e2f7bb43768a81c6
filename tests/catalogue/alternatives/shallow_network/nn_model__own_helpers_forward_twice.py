"""Trains with private helpers, never the contract functions, and runs the forward pass twice per step.

function: nn_model
expect: passed
"""
import numpy as np

from initialization import initialize_parameters


def _net_forward(X, W1, b1, W2, b2):
    A1 = np.tanh(W1 @ X + b1)
    return A1, 1.0 / (1.0 + np.exp(-(W2 @ A1 + b2)))


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    p = initialize_parameters(X.shape[0], n_h, Y.shape[0])
    W1, b1, W2, b2 = p["W1"].copy(), p["b1"].copy(), p["W2"].copy(), p["b2"].copy()
    m = X.shape[1]
    for i in range(num_iterations):
        _, A2c = _net_forward(X, W1, b1, W2, b2)  # once for the cost ...
        cost = -np.mean(Y * np.log(A2c) + (1 - Y) * np.log(1 - A2c))
        A1, A2 = _net_forward(X, W1, b1, W2, b2)  # ... and once more for the gradients
        dZ2 = A2 - Y
        dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
        W2 = W2 - learning_rate * (dZ2 @ A1.T / m)
        b2 = b2 - learning_rate * dZ2.mean(axis=1, keepdims=True)
        W1 = W1 - learning_rate * (dZ1 @ X.T / m)
        b1 = b1 - learning_rate * dZ1.mean(axis=1, keepdims=True)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration", i, ":", cost)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
