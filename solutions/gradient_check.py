"""Gradient checking: trusting a backward pass by comparing it with finite differences.

A backward pass is easy to get subtly wrong, and a wrong gradient still makes
the cost go down for a while. The cure is to measure the slope numerically:
nudge one number by ±epsilon, see how the cost moves, and compare those
slopes with what the backward pass says, by one relative difference.
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    """Central-difference gradient of the scalar function ``f`` at the array ``x``.

    grad[i] = (f(x + epsilon·e_i) − f(x − epsilon·e_i)) / (2·epsilon) for every
    entry i of x, whatever x's shape. ``f`` only ever sees copies: x is unchanged.
    """
    x = np.asarray(x, dtype=float)
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        x_plus = x.copy()
        x_plus[index] += epsilon
        x_minus = x.copy()
        x_minus[index] -= epsilon
        grad[index] = (f(x_plus) - f(x_minus)) / (2 * epsilon)
    return grad


def relative_difference(grad, grad_approx):
    """‖grad − grad_approx‖ / (‖grad‖ + ‖grad_approx‖), with 2-norms of the flattened arrays.

    0 when the two agree, 1 when one of them is zero; symmetric and free of units.
    """
    grad = np.asarray(grad, dtype=float).ravel()
    grad_approx = np.asarray(grad_approx, dtype=float).ravel()
    numerator = np.linalg.norm(grad - grad_approx)
    denominator = np.linalg.norm(grad) + np.linalg.norm(grad_approx)
    return float(numerator / denominator)


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    """Relative difference between ``grads`` and the numerical gradient of ``cost_fn(parameters)``.

    Every parameter (W1, b1, ..., WL, bL) is checked against its gradient in
    ``grads`` ("dW1", "db1", ...; other entries such as "dA0" are ignored).
    All of them go into one long vector each, paired entry by entry, as the
    course's dictionary_to_vector does. ``parameters`` is left unchanged.
    """
    analytic, numeric = [], []
    for key, value in parameters.items():

        def cost_of(changed, key=key):
            return cost_fn({**parameters, key: changed})

        numeric.append(numerical_gradient(cost_of, value, epsilon).ravel())
        analytic.append(np.asarray(grads["d" + key], dtype=float).ravel())
    return relative_difference(np.concatenate(analytic), np.concatenate(numeric))
