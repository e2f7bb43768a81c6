"""Course-style fixed examples for ``gradient_check`` (the Ng course 2 "Gradient Checking" notebook).

The notebook checks a 1-D J(θ) = θ·x by its numerical slope, then a 3-layer
network (ReLU, ReLU, sigmoid) whose backward pass carries two deliberate bugs
(dW2 doubled, db1 four times too large): its expected difference is one
stored number. Like that notebook, these examples use one linear J (on which
every difference quotient is exact), one pair of column vectors, and the
buggy 3-layer network with its gradients dict (dW, db, dA entries,
layer 3 first), compared with ``np.allclose``. Nothing here looks at the
inputs after the call, at 2-D x, or at another epsilon.
"""
import numpy as np


def _numerical_gradient_example():
    np.random.seed(1)
    x = np.random.randn(3, 1)
    theta = np.random.randn(3, 1)

    def J(theta):
        return float(np.sum(theta * x))

    return [((J, theta), {})]


def _relative_difference_example():
    np.random.seed(2)
    grad = np.random.randn(5, 1)
    grad_approx = grad + 1e-3 * np.random.randn(5, 1)
    return [((grad, grad_approx), {})]


def _relu(Z):
    return np.maximum(0, Z)


def _sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def _gradient_check_example():
    np.random.seed(1)
    X = np.random.randn(4, 3)
    Y = np.array([[1.0, 1.0, 0.0]])
    parameters = {"W1": np.random.randn(5, 4), "b1": np.random.randn(5, 1), "W2": np.random.randn(3, 5),
                  "b2": np.random.randn(3, 1), "W3": np.random.randn(1, 3), "b3": np.random.randn(1, 1)}

    def forward(p):
        Z1 = p["W1"] @ X + p["b1"]
        A1 = _relu(Z1)
        Z2 = p["W2"] @ A1 + p["b2"]
        A2 = _relu(Z2)
        Z3 = p["W3"] @ A2 + p["b3"]
        return Z1, A1, Z2, A2, Z3, _sigmoid(Z3)

    def cost_fn(p):
        A3 = forward(p)[-1]
        return float(np.sum(-Y * np.log(A3) - (1 - Y) * np.log(1 - A3)) / X.shape[1])

    # The notebook's backward_propagation_n, bugs included.
    m = X.shape[1]
    Z1, A1, Z2, A2, Z3, A3 = forward(parameters)
    dZ3 = A3 - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = parameters["W3"].T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m * 2
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = parameters["W2"].T @ dZ2
    dZ1 = dA1 * (A1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = 4.0 / m * np.sum(dZ1, axis=1, keepdims=True)
    # The notebook's dict also holds dZ entries; the contract's grads holds dW, db and dA only.
    gradients = {"dW3": dW3, "db3": db3, "dA2": dA2, "dW2": dW2, "db2": db2, "dA1": dA1, "dW1": dW1, "db1": db1}
    return [((cost_fn, parameters, gradients), {})]


EXAMPLES = {
    "numerical_gradient": _numerical_gradient_example,
    "relative_difference": _relative_difference_example,
    "gradient_check": _gradient_check_example,
}
