"""Random initialization and symmetry breaking.

Before training, every weight matrix W[l] needs small random values and every
bias b[l] can start at zero. Start with initialize_parameters (a network with
one hidden layer), then generalise it to any depth in
initialize_parameters_deep, which deep_network.py uses. Draw from NumPy's
global generator and do not reseed it: the grader seeds it for you, and
judges your weights by the distribution they come from, not by exact numbers.
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    """Parameters of a two-layer network (one hidden layer), randomly initialized.

    Args:
        n_x: number of input features (size of layer 0).
        n_h: number of hidden units (layer 1).
        n_y: number of output units (layer 2).
    Returns:
        dict with
            "W1": (n_h, n_x), standard normal values times 0.01
            "b1": (n_h, 1), zeros
            "W2": (n_y, n_h), standard normal values times 0.01
            "b2": (n_y, 1), zeros
        All four are float arrays; biases are (n, 1) columns, not (n,), and
        not integer arrays (np.zeros(shape, dtype=int) is wrong).

    Example: initialize_parameters(3, 4, 1) gives W1 (4, 3), b1 (4, 1), W2 (1, 4),
             b2 (1, 1) = [[0.]]: 21 numbers; weights of mean ~0 and std ~0.01.

    Use np.random.randn (standard normal: centred on 0, both signs), not
    np.random.rand (uniform on [0, 1): every weight positive, mean 0.5).

    Intuition: if all weights start equal (zeros, for instance), every hidden
    unit computes the same function and receives the same update, forever;
    random weights break that symmetry. They are kept small so that tanh and
    sigmoid start on their steep middle part, not on the flat saturated ends.
    See notes/1-ng-c1w3-shallow-network.txt.
    """
    # YOUR CODE HERE (initialize_parameters)
    raise NotImplementedError("initialize_parameters: not implemented yet")


def initialize_parameters_deep(layer_dims):
    """Parameters of an L-layer network, randomly initialized.

    Args:
        layer_dims: list of layer sizes [n[0], n[1], ..., n[L]], where n[0] is
            the number of input features. Layer 0 is the input and has no
            parameters, so there are L = len(layer_dims) - 1 layers.
    Returns:
        dict with, for l = 1, ..., L:
            "W{l}": (n[l], n[l-1]), standard normal values times 0.01
            "b{l}": (n[l], 1), zeros (float, a column)
        2 * L entries in total, keys numbered from 1.

    Example: initialize_parameters_deep([5, 4, 3]) gives
             W1 (4, 5), b1 (4, 1), W2 (3, 4), b2 (3, 1): 4 entries.
             Check a shape by the rule Z[l] = W[l] A[l-1] + b[l]: W[l] maps
             n[l-1] numbers per example to n[l] numbers.

    Use np.random.randn (zero-centred normal), not np.random.rand, and leave
    the global generator's seed alone.

    Intuition: the same symmetry argument as in initialize_parameters holds at
    every layer. The fixed scale 0.01 works for the shallow networks of this
    course; very deep ReLU networks use a scale that depends on n[l-1] (He
    initialization) so the signal neither dies out nor blows up layer by layer.
    See notes/5-ng-c1w4-deep-network.txt and notes/2-sung-kim-lab10-relu-init-dropout.txt.
    """
    # YOUR CODE HERE (initialize_parameters_deep)
    raise NotImplementedError("initialize_parameters_deep: not implemented yet")
