"""Draws its own start (randn times 0.01, W2 before W1), steps in place, keeps a cost list and prints every 100.

function: nn_model
expect: passed
"""
import numpy as np


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    n_x, n_y = X.shape[0], Y.shape[0]
    W2 = np.random.randn(n_y, n_h) * 0.01
    W1 = np.random.randn(n_h, n_x) * 0.01
    params = {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
    costs = []
    m = X.shape[1]
    for i in range(num_iterations):
        A1 = np.tanh(params["W1"] @ X + params["b1"])
        A2 = 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"])))
        costs.append(float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))))
        dZ2 = A2 - Y
        dZ1 = params["W2"].T @ dZ2 * (1 - A1 ** 2)
        grads = {"W1": dZ1 @ X.T / m, "b1": dZ1.sum(axis=1, keepdims=True) / m,
                 "W2": dZ2 @ A1.T / m, "b2": dZ2.sum(axis=1, keepdims=True) / m}
        for key in params:
            params[key] -= learning_rate * grads[key]
        if print_cost and i % 100 == 0:
            print(f"iteration {i}: cost {costs[-1]:.4f}")
    return params
