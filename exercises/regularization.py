"""Fighting overfitting: L2 regularization and (inverted) dropout.

A network with many parameters can memorise its training set: the training
cost keeps falling while the error on new data rises. More data or fewer
features help; this module builds the two regularizers used most in deep
learning, both added to the deep_network module you have written.

* L2 regularization (weight decay) adds lambd / (2m) * sum_l ||W[l]||^2 to the
  cost. Large weights become expensive, so the network prefers smoother,
  simpler functions. Its backward pass adds lambd / m * W[l] to every dW[l].
* Dropout switches off a random subset of units at every training step, a
  fresh subset each time. No unit can rely on one particular partner, and
  training becomes like averaging an ensemble of thinned networks. At test
  time every unit is used (keep_prob = 1 in the notes' words).

Work in order: compute_cost_with_regularization, then
linear_backward_with_regularization, then dropout_forward and dropout_backward.
Examples are columns as everywhere: A is (n, m), W[l] is (n[l], n[l-1]).
Nothing here modifies its inputs. See
notes/2-sung-kim-lab10-relu-init-dropout.txt (overfitting, regularization,
dropout and ensembles).
"""
import numpy as np

from deep_network import compute_cost, linear_backward


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    """Cross-entropy cost plus the L2 penalty on every weight matrix.

    Formula (m = number of examples = Y.shape[1]):
        J = cross_entropy(AL, Y) + lambd / (2m) * sum over l of sum(W[l] ** 2)
    where cross_entropy is the mean binary cross-entropy of
    deep_network.compute_cost (you may call it).
    Args:
        AL: output probabilities, shape (1, m), strictly between 0 and 1.
        Y: labels 0.0 / 1.0, shape (1, m).
        parameters: dict "W1", "b1", ..., "WL", "bL", any number of layers.
        lambd: the regularization strength, a number >= 0 ("lambda" is a
            Python keyword, hence the spelling).
    Returns:
        The cost as a scalar (a Python float or a NumPy float scalar).

    Example: AL = [[0.8, 0.4]], Y = [[1., 0.]], lambd = 0.1, m = 2,
             W1 = [[1., -2.], [0.5, 0.]], W2 = [[2., 1.]] (and any b1, b2)
             cross-entropy = 0.366985
             sum of squares = (1 + 4 + 0.25 + 0) + (4 + 1) = 10.25
             J = 0.366985 + 0.1 / 4 * 10.25 = 0.623235

    Common traps: the factor is lambd / (2m), not lambd / m (the 2 cancels
    when you differentiate W ** 2); only the W's are penalised, never the
    b's; the squares are summed (np.sum(np.square(W))), not the entries and
    not the norms; and the number of layers comes from parameters (count
    its "W" keys or use len(parameters) // 2), not from a fixed W1, W2, W3.

    Intuition: lambd trades fitting the data against keeping the weights
    small; lambd = 0 gives back the plain cross-entropy.
    See notes/2-sung-kim-lab10-relu-init-dropout.txt.
    """
    # YOUR CODE HERE (compute_cost_with_regularization)
    raise NotImplementedError("compute_cost_with_regularization: not implemented yet")


def linear_backward_with_regularization(dZ, cache, lambd):
    """linear_backward for the regularized cost: dW gains lambd / m * W.

    Formulas (m = number of examples = A_prev.shape[1]):
        dW      = (1/m) dZ A_prev^T + (lambd / m) W      shape like W
        db      = (1/m) sum of dZ over the m examples    shape (n[l], 1)
        dA_prev = W^T dZ                                 shape like A_prev
    Args:
        dZ: gradient of the cost with respect to Z, shape (n[l], m).
        cache: (A_prev, W, b), as returned by deep_network.linear_forward.
        lambd: the regularization strength used in the cost.
    Returns:
        (dA_prev, dW, db), in that order.

    Example: A_prev = [[1., 3.], [2., 1.]], W = [[1., -1.]], b = [[0.5]],
             dZ = [[2., -1.]], lambd = 0.4   (m = 2)
             without the penalty dW = [[-0.5, 1.5]]
             dW = [[-0.5, 1.5]] + 0.4 / 2 * [[1., -1.]] = [[-0.3, 1.3]]
             db = [[0.5]], dA_prev = [[2., -1.], [-2., 1.]]  (unchanged)

    Common traps: the penalty lambd / (2m) * ||W||^2 has the slope
    lambd / m * W (the 2 cancels), so neither lambd * W nor
    lambd / (2m) * W; the biases are not penalised, so db is unchanged; and
    the penalty does not depend on A_prev, so dA_prev is unchanged too. You
    may call your linear_backward and add the penalty's slope to its dW
    (without changing W itself: W is the cache's array).

    Intuition: gradient descent then computes W - rate * (dW_data +
    lambd / m * W) = (1 - rate * lambd / m) * W - rate * dW_data: every step
    shrinks the weights a little, hence the name "weight decay".
    See notes/2-sung-kim-lab10-relu-init-dropout.txt.
    """
    # YOUR CODE HERE (linear_backward_with_regularization)
    raise NotImplementedError("linear_backward_with_regularization: not implemented yet")


def dropout_forward(A, keep_prob, training=True):
    """Inverted dropout on a layer's activations.

    Each entry of A (each unit for each example) is kept with probability
    keep_prob, independently of all the others, and kept entries are divided
    by keep_prob:
        mask  = (np.random.rand(*A.shape) < keep_prob)   1 = kept, 0 = dropped
        A_out = A * mask / keep_prob
    Args:
        A: activations, shape (n, m).
        keep_prob: probability of keeping a unit, 0 < keep_prob <= 1.
        training: True while training; False at test time, when nothing is
            dropped.
    Returns:
        (A_out, mask), both of shape (n, m). mask holds 0s and 1s (bool, int
        or float are all fine). With training=False, or keep_prob = 1, A_out
        equals A and mask is all ones.

    Example: A = [[1., 2., 3.], [4., 5., 6.]], keep_prob = 0.5, and suppose the
             draw keeps mask = [[1, 0, 1], [0, 1, 1]]; then
             A_out = [[2., 0., 6.], [0., 10., 12.]]
             (which entries are kept depends on the random numbers: the grader
             judges your masks by their keep rate, independence and scale,
             never by the exact numbers of one seed).

    Common traps: np.random.rand (uniform on [0, 1)), not np.random.randn
    (normal: it keeps about 76% for keep_prob = 0.7); "< keep_prob" keeps, and
    "> keep_prob" would keep only 1 - keep_prob of them; divide by keep_prob,
    never multiply; draw one number per entry, shape (n, m), not one per unit
    (n, 1) or one per example (1, m), which would switch units off together;
    do not drop anything when training is False; do not change A in place
    (A *= mask changes the caller's array); draw from NumPy's global
    generator (np.random.rand, np.random.binomial, ...), which the grader
    seeds: np.random.default_rng() without a seed cannot be reproduced.

    Intuition: dividing by keep_prob keeps the expected value of every unit
    the same with and without dropout, so the test-time network needs no
    rescaling. The notes train with keep_prob = 0.7 and evaluate with 1.
    See notes/2-sung-kim-lab10-relu-init-dropout.txt (dropout and ensembles).
    """
    # YOUR CODE HERE (dropout_forward)
    raise NotImplementedError("dropout_forward: not implemented yet")


def dropout_backward(dA, mask, keep_prob):
    """Backward pass of inverted dropout: the same mask and the same scale.

    Formula: dA_prev = dA * mask / keep_prob
    Args:
        dA: gradient of the cost with respect to A_out, shape (n, m).
        mask: the mask that dropout_forward returned (0 = dropped, 1 = kept),
            shape (n, m).
        keep_prob: the keep_prob used in the forward pass.
    Returns:
        The gradient with respect to A, shape (n, m), floats.

    Example: dA = [[1., -2., 3.], [4., 5., -6.]],
             mask = [[1, 0, 1], [0, 1, 1]], keep_prob = 0.5
             -> [[2., 0., 6.], [0., 10., -12.]]

    Common traps: use the mask you are given, do not draw a new one (the
    gradient must flow back exactly through the units that were kept); keep
    the 1 / keep_prob: A_out = A * mask / keep_prob, so its slope is
    mask / keep_prob; and do not change dA in place (dA *= mask).

    Intuition: a dropped unit did not take part in the forward pass, so it
    gets no gradient; a kept one was amplified by 1/keep_prob, and so is its
    gradient. See notes/2-sung-kim-lab10-relu-init-dropout.txt.
    """
    # YOUR CODE HERE (dropout_backward)
    raise NotImplementedError("dropout_backward: not implemented yet")
