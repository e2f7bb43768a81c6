"""Random initialization and symmetry breaking.

Before training, every weight matrix W[l] needs random values and every
bias b[l] can start at zero. Start with initialize_parameters (a network with
one hidden layer), then generalise it to any depth in
initialize_parameters_deep, which deep_network.py uses. Then the
counter-example, initialize_parameters_zeros, and three initializers whose
scale follows the size of each layer, so that deep networks keep the spread
of their signal from layer to layer: LeCun (uniform), Xavier and He (normal).

Vocabulary: the fan-in of layer l is n[l-1], the number of inputs of each of
its units; its fan-out is n[l], the number of its units. W[l] has shape
(n[l], n[l-1]) = (fan-out, fan-in).

Draw from NumPy's global generator (np.random.randn, np.random.rand,
np.random.uniform, np.random.normal) and do not reseed it: the grader seeds
it for you, and judges your weights by the distribution they come from (mean,
spread, shape of the distribution, on large layers), not by exact numbers.
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


def initialize_parameters_zeros(layer_dims):
    """Parameters of an L-layer network with every weight and bias 0.0: the counter-example.

    Args:
        layer_dims: list of layer sizes [n[0], n[1], ..., n[L]].
    Returns:
        dict with, for l = 1, ..., L:
            "W{l}": (n[l], n[l-1]), all 0.0 (floats: np.zeros, not dtype=int)
            "b{l}": (n[l], 1), all 0.0

    Example: initialize_parameters_zeros([3, 2, 1]) gives
             W1 = [[0., 0., 0.], [0., 0., 0.]], b1 = [[0.], [0.]],
             W2 = [[0., 0.]], b2 = [[0.]].

    Why this is the wrong way to start (a quiz question): with zero weights
    every unit of a layer computes the same output, so backpropagation gives
    every unit the same gradient, and after the update they are still equal.
    However long you train, the units stay identical: a layer of n units is
    no better than one unit (and with ReLU, zero weights give zero gradients:
    nothing moves at all). Equal non-zero weights (np.ones) have the same
    problem. Random weights break this symmetry; the other initializers here
    do that. This function exists so you can watch it fail in training.
    See notes/1-ng-c1w3-shallow-network.txt and
    notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (initialize_parameters_zeros)
    raise NotImplementedError("initialize_parameters_zeros: not implemented yet")


def initialize_parameters_lecun(layer_dims):
    """LeCun initialization (uniform): W[l] uniform on [-limit, limit], limit = sqrt(3 / n[l-1]).

    Args:
        layer_dims: list of layer sizes [n[0], n[1], ..., n[L]].
    Returns:
        dict with "W{l}": (n[l], n[l-1]) uniform on [-sqrt(3/n[l-1]), sqrt(3/n[l-1])]
        and "b{l}": (n[l], 1) zeros, for l = 1, ..., L.

    Formula: a uniform variable on [-a, a] has variance a^2 / 3, so the limit
    a = sqrt(3 / n[l-1]) gives the weights variance 1 / n[l-1]. Only the
    fan-in n[l-1] (inputs per unit) appears, never n[l].
    np.random.uniform(-limit, limit, (n[l], n[l-1])) draws it; so does
    (2 * np.random.rand(n[l], n[l-1]) - 1) * limit.

    Example: initialize_parameters_lecun([3, 2, 1]) gives W1 (2, 3) with
             every entry within ±sqrt(3/3) = ±1, and W2 (1, 2) within
             ±sqrt(3/2) = ±1.22; b1 (2, 1) and b2 (1, 1) zeros.

    Intuition: Z[l] = W[l]·A[l-1] sums n[l-1] products; with weights of
    variance 1/n[l-1], that sum keeps about the variance of one input, so the
    signal neither fades nor explodes from layer to layer.
    Traps: sqrt(1/n[l-1]) is the standard deviation, not the limit;
    np.random.rand(...) * limit is only positive (shift it); randn is normal,
    not uniform, and goes beyond the limit.
    See notes/4-cs231n-lec6-activations-init-bn.txt (Lecun).
    """
    # YOUR CODE HERE (initialize_parameters_lecun)
    raise NotImplementedError("initialize_parameters_lecun: not implemented yet")


def initialize_parameters_xavier(layer_dims):
    """Xavier (Glorot) initialization: W[l] normal, variance 2 / (n[l-1] + n[l]).

    Args:
        layer_dims: list of layer sizes [n[0], n[1], ..., n[L]].
    Returns:
        dict with "W{l}": (n[l], n[l-1]) = np.random.randn(n[l], n[l-1]) *
        sqrt(2 / (n[l-1] + n[l])) and "b{l}": (n[l], 1) zeros, for l = 1, ..., L.

    Formula: the standard deviation that multiplies randn is the square
    root of the variance: sqrt(2 / (fan_in + fan_out)), where fan_in = n[l-1]
    and fan_out = n[l]. (np.random.normal(0, std, shape) is the same thing.)

    Example: initialize_parameters_xavier([4, 2, 1]) gives W1 (2, 4) with
             standard deviation sqrt(2/6) = 0.577 and W2 (1, 2) with
             sqrt(2/3) = 0.816; b1 (2, 1) and b2 (1, 1) zeros.

    Intuition: variance 1/fan_in keeps the forward signal steady, 1/fan_out
    keeps the backward gradient steady; Xavier takes one over their average,
    2/(fan_in + fan_out). It suits tanh and sigmoid layers.
    Traps: forgetting the square root (multiplying by the variance), the
    factor 2, or using sqrt(1/n[l-1]) (that is LeCun's variance, which some
    course code calls Xavier). Glorot's uniform variant exists too; here the
    weights are normal.
    See notes/2-sung-kim-lab10-relu-init-dropout.txt and
    notes/4-cs231n-lec6-activations-init-bn.txt (Xavier).
    """
    # YOUR CODE HERE (initialize_parameters_xavier)
    raise NotImplementedError("initialize_parameters_xavier: not implemented yet")


def initialize_parameters_he(layer_dims):
    """He (Kaiming) initialization: W[l] normal, variance 2 / n[l-1].

    Args:
        layer_dims: list of layer sizes [n[0], n[1], ..., n[L]].
    Returns:
        dict with "W{l}": (n[l], n[l-1]) = np.random.randn(n[l], n[l-1]) *
        sqrt(2 / n[l-1]) and "b{l}": (n[l], 1) zeros, for l = 1, ..., L.

    Formula: standard deviation sqrt(2 / fan_in), fan_in = n[l-1], the number
    of inputs of each unit of layer l (the number of columns of W[l]).

    Example: initialize_parameters_he([2, 4, 1]) gives W1 (4, 2) with
             standard deviation sqrt(2/2) = 1 and W2 (1, 4) with
             sqrt(2/4) = 0.707; b1 (4, 1) and b2 (1, 1) zeros.

    Intuition: ReLU sets about half of its inputs to 0, which halves the
    variance of the signal at every layer; twice LeCun's variance, 2/n[l-1]
    instead of 1/n[l-1], makes up for it, so deep ReLU networks keep their
    scale. It suits ReLU layers, as Xavier suits tanh.
    Traps: n[l] (fan-out, the rows of W[l]) instead of n[l-1]; 2/n[l-1]
    without the square root; np.random.rand (uniform, only positive) instead
    of np.random.randn.
    See notes/2-sung-kim-lab10-relu-init-dropout.txt and
    notes/4-cs231n-lec6-activations-init-bn.txt (Kaiming).
    """
    # YOUR CODE HERE (initialize_parameters_he)
    raise NotImplementedError("initialize_parameters_he: not implemented yet")
