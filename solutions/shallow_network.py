"""A network with one hidden layer: tanh units, then one sigmoid output unit.

Examples are columns: X is (n_x, m), Y is (1, m) of 0/1 labels. The hidden
layer has n_h units: Z1 = W1·X + b1 and A1 = tanh(Z1), both (n_h, m); the
output is Z2 = W2·A1 + b2 and A2 = sigmoid(Z2), both (n_y, m). The cost is
the mean binary cross-entropy over the m examples, and every parameter
gradient is a gradient of that mean (it carries the 1/m).
"""
import numpy as np

from activations import sigmoid
from initialization import initialize_parameters


def layer_sizes(X, Y):
    """(n_x, n_h, n_y): inputs per example, hidden units (fixed at 4), outputs per example."""
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[0]
    return (n_x, n_h, n_y)


def forward_propagation(X, parameters):
    """A2 = sigmoid(W2·tanh(W1·X + b1) + b2), and the cache {"Z1", "A1", "Z2", "A2"} for backprop."""
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache


def compute_cost(A2, Y):
    """J = −(1/m) Σ [y·log(a) + (1 − y)·log(1 − a)], as a Python float."""
    m = Y.shape[1]
    log_likelihood = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    return float(-np.sum(log_likelihood) / m)


def backward_propagation(parameters, cache, X, Y):
    """Gradients of the mean cost with respect to W1, b1, W2, b2.

    Sigmoid and cross-entropy together give dZ2 = A2 − Y; tanh' = 1 − tanh²,
    so dZ1 = W2ᵀ·dZ2 * (1 − A1²).
    """
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(W2.T, dZ2) * (1 - A1 ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(parameters, grads, learning_rate=1.2):
    """One gradient-descent step: θ − learning_rate·dθ for θ in W1, b1, W2, b2 (new arrays)."""
    return {key: parameters[key] - learning_rate * grads["d" + key] for key in ("W1", "b1", "W2", "b2")}


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    """Train the network by batch gradient descent from initialize_parameters(n_x, n_h, n_y)."""
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:.6f}")
    return parameters


def predict(parameters, X):
    """1 where the network's output probability is above 0.5, else 0, as a (1, m) array."""
    A2, _ = forward_propagation(X, parameters)
    return (A2 > 0.5).astype(float)
