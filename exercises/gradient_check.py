"""Gradient checking: trusting a backward pass by finite differences.

Backpropagation is a lot of small formulas, and a wrong one does not crash:
the cost may even go down for a while. Gradient checking tests a backward
pass against the definition of a derivative. Nudge one number θ_i by a tiny
ε in each direction and watch the cost J:

    dJ/dθ_i ≈ (J(θ + ε·e_i) − J(θ − ε·e_i)) / (2ε)        (e_i: 1 at entry i, 0 elsewhere)

This two-sided ("central") difference is accurate to about ε², much better
than the one-sided (J(θ + ε) − J(θ)) / ε, accurate only to ε. Then compare
the backward pass's gradient with these numerical slopes by one number, the
relative difference, which does not depend on the gradients' scale:

    difference < 1e-7     great: the backward pass is right
    around 1e-5           suspicious: look closer
    above 1e-3            almost surely a bug

Work in order: numerical_gradient (the slopes of any scalar function),
relative_difference (the comparison), and gradient_check (both, over every
parameter of a network). Gradient checking is slow (two cost evaluations per
parameter), so it is a debugging tool: run it on a small network, never
during training, and switch dropout off while you do.
See notes/5-ng-c1w4-deep-network.txt (backward propagation, the formulas
being checked).
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    """The gradient of a scalar function f at the array x, by central differences.

    Args:
        f: a function taking an array shaped like x and returning one number
            (a cost). Call it as f(some_array); it may be slow, so call it
            exactly twice per entry of x.
        x: 2-D float array: (n, 1), (n, m) or (1, 1), a parameter such as W or b.
        epsilon: the step ε. The default is 1e-7, but use the value passed.
    Returns:
        grad, a float array with the same shape as x, where
        grad[i] = (f(x + ε·e_i) − f(x − ε·e_i)) / (2ε) for every entry i.

    Example: f = lambda x: np.sum(x ** 2) has the gradient 2x, so
        numerical_gradient(f, np.array([[1.0], [-3.0]])) -> [[2.], [-6.]]
        (up to about 1e-9: finite differences are never exact).

    How: loop over every entry, whatever the shape: for i in np.ndindex(x.shape)
    gives index tuples such as (2, 0). For each, build x_plus and x_minus,
    copies of x with only entry i moved by +ε and −ε.

    Common traps:
    - x_plus = x does NOT copy: both names are the same array, and nudging
      x_plus changes the caller's x. Use x.copy(). If you nudge x itself,
      put the original value back after the two evaluations; x must be
      unchanged when the function returns.
    - Nudging every entry at once (x + epsilon) measures the slope along the
      diagonal, not along entry i.
    - (f_plus - f_minus) / 2 * epsilon multiplies by epsilon: write / (2 * epsilon).
    - x[i][0] and range(x.shape[0]) only reach the first column; a 2-D x
      has n·m entries.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (numerical_gradient)
    raise NotImplementedError("numerical_gradient: not implemented yet")


def relative_difference(grad, grad_approx):
    """How far apart two gradients are, relative to their size.

    Args:
        grad: float array, the gradient from a backward pass.
        grad_approx: float array of the same shape, the numerical gradient.
    Returns:
        One number: ‖grad − grad_approx‖ / (‖grad‖ + ‖grad_approx‖), where
        ‖v‖ = sqrt(Σ v²) over all entries (np.linalg.norm(v) of any shape gives
        exactly this; for 2-D arrays it is the Frobenius norm).

    Example: grad = [[1.], [2.]], grad_approx = [[1.], [2.1]]:
        ‖difference‖ = 0.1, ‖grad‖ = 2.23607, ‖grad_approx‖ = 2.32594,
        so the result is 0.1 / 4.56201 = 0.0219202.

    Intuition: the numerator alone would depend on the gradients' scale
    (gradients of 1e-4 always look "close"); dividing by their sizes makes
    the number comparable across networks. It is 0 when they agree, 1 when
    one of them is zero, never more than 1, and it is symmetric.

    Common traps: np.linalg.norm(M, 2) of a 2-D array is its largest singular
    value, not the length of all its entries; squaring the norms; ‖a + b‖ in
    the denominator instead of ‖a‖ + ‖b‖. (Both zero, 0/0, is never asked.)
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (relative_difference)
    raise NotImplementedError("relative_difference: not implemented yet")


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    """Check a whole backward pass: compare grads with the numerical gradient of the cost.

    Args:
        cost_fn: a function of a parameters dict returning the cost (one
            number), e.g. a forward pass and compute_cost on fixed X, Y.
            Call it with a dict shaped like parameters.
        parameters: dict "W1", "b1", ..., "WL", "bL" of float arrays.
        grads: dict with "dW1", "db1", ..., "dWL", "dbL" (the backward pass's
            answer); it may hold other entries too, such as "dA0", ...,
            which are not parameters: ignore them. Its keys may come in
            another order than those of parameters.
        epsilon: the step for the central differences (default 1e-7).
    Returns:
        One number: the relative difference between all of grads' dW and db
        entries and the numerical gradient of cost_fn with respect to every
        parameter, each side flattened into one long vector with the same
        pairing (the course's dictionary_to_vector).

    Example: for a correct backward pass the result is tiny (around 1e-9 or
    less); if dW2 were doubled it would be around 0.1 or more.

    How: for each key in parameters, the numerical gradient of the cost with
    respect to parameters[key] alone (a function of one array: build a new
    dict with that entry replaced and pass it to cost_fn), flattened; and
    grads["d" + key], flattened, in the same order. Concatenate both lists
    (np.concatenate) and compare with relative_difference.

    Common traps: checking only the W's (the biases are parameters too);
    stopping before the last layer; pairing grads and parameters in two
    different orders (iterate over one list of names); changing the
    caller's parameters in place and not restoring them; hard-coding the
    shapes of one particular network.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (gradient_check)
    raise NotImplementedError("gradient_check: not implemented yet")
