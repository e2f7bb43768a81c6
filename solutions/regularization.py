"""Fighting overfitting: L2 regularization (weight decay) and inverted dropout."""
import numpy as np

from deep_network import compute_cost, linear_backward


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    """Mean binary cross-entropy plus lambd / (2m) times the squared Frobenius norms of every W[l].

    Only the weights are penalised, never the biases; the layers are read from
    the keys of ``parameters``, so any depth works.
    """
    m = Y.shape[1]
    cross_entropy = compute_cost(AL, Y)
    squares = sum(np.sum(np.square(value)) for key, value in parameters.items() if key.startswith("W"))
    return float(cross_entropy + lambd / (2 * m) * squares)


def linear_backward_with_regularization(dZ, cache, lambd):
    """linear_backward, with the penalty's slope lambd / m * W added to dW.

    cache = (A_prev, W, b) as linear_forward makes it. db and dA_prev are those
    of linear_backward: the penalty depends on W alone.
    """
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dA_prev, dW, db = linear_backward(dZ, cache)
    return dA_prev, dW + lambd / m * W, db


def dropout_forward(A, keep_prob, training=True):
    """Inverted dropout: keep each unit of each example with probability keep_prob, then divide by keep_prob.

    Returns (A_out, mask) with mask of 0s and 1s (1 = kept). Dividing by
    keep_prob keeps the expected value of every unit unchanged, so nothing has
    to be rescaled at test time: with training=False (or keep_prob = 1) A goes
    through untouched and the mask is all ones.
    """
    if not training or keep_prob == 1:
        return A.copy(), np.ones(A.shape)
    mask = (np.random.rand(*A.shape) < keep_prob).astype(float)
    return A * mask / keep_prob, mask


def dropout_backward(dA, mask, keep_prob):
    """The gradient goes back through the same mask and the same 1/keep_prob scale as the forward pass."""
    return dA * mask / keep_prob
