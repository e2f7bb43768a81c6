"""Weight initialization: small random weights break the symmetry between units.

Every initializer returns ``{"W1", "b1", ..., "WL", "bL"}`` with ``W[l]`` of
shape ``(n[l], n[l-1])`` and ``b[l]`` zeros of shape ``(n[l], 1)``; they
differ only in how the weights are drawn. The fixed scale 0.01 suits shallow
networks; the scaled schemes keep the variance of the signal about the same
from layer to layer in deep ones: LeCun and He scale by the fan-in
``n[l-1]``, Xavier by the average of fan-in and fan-out. All draw from NumPy's
global generator, which the caller seeds.
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    return {
        "W1": np.random.randn(n_h, n_x) * 0.01,
        "b1": np.zeros((n_h, 1)),
        "W2": np.random.randn(n_y, n_h) * 0.01,
        "b2": np.zeros((n_y, 1)),
    }


def initialize_parameters_deep(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_zeros(layer_dims):
    """Every weight and bias 0.0: the counter-example.

    With equal weights every unit of a layer computes the same output and
    receives the same gradient, so the units stay identical however long the
    network trains: a layer of n units is no better than one unit.
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_lecun(layer_dims):
    """LeCun (uniform): W[l] uniform on [-limit, limit], limit = sqrt(3 / n[l-1]).

    A uniform variable on [-a, a] has variance a² / 3, so the weights have
    variance 1 / n[l-1]: Z[l] then has about the variance of A[l-1].
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3 / layer_dims[l - 1])
        parameters[f"W{l}"] = np.random.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_xavier(layer_dims):
    """Xavier (Glorot, normal): W[l] = randn * sqrt(2 / (n[l-1] + n[l])).

    The variance 2 / (fan_in + fan_out) compromises between keeping the
    forward signal (1 / fan_in) and the backward gradient (1 / fan_out) steady;
    it suits tanh and sigmoid layers.
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_he(layer_dims):
    """He (Kaiming, normal): W[l] = randn * sqrt(2 / n[l-1]).

    ReLU zeroes about half of its inputs, halving the variance of the signal;
    twice LeCun's variance makes up for it, so ReLU layers keep their scale.
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / layer_dims[l - 1])
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters
