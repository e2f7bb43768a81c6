"""Networks as Lego: maxout units and skip (residual) connections.

A layer does not have to be "linear, then a fixed activation". Two building
blocks show how freely layers can be put together:

* A maxout unit has k linear pieces and outputs the largest of them. It never
  saturates and never dies (it is defined, with slope, for negative inputs
  too), at the price of k times the weights.
* A residual block adds its input back to its output: A = relu(Z) + A_prev.
  The "skip connection" gives the gradient a road around the layer, which is
  what lets very deep networks train.

Examples are columns, as in deep_network.py: A_prev is (n_prev, m). Every
forward function returns (A, cache); the cache is yours to design: its
backward partner receives exactly the cache your forward function returned.
Gradient scale, as everywhere: dA and dA_prev are per example (no 1/m); dW
and db are gradients of the mean cost, so they carry the 1/m. Inputs are never
modified in place, and every result is a float64 array of exactly the stated
shape.

Work in order: maxout_forward, maxout_backward, residual_forward,
residual_backward.
"""
import numpy as np

from activations import relu


def maxout_forward(A_prev, W, b):
    """A maxout layer: A = max over the k pieces of W[i]·A_prev + b[i].

    Args:
        A_prev: activations of the previous layer, shape (n_prev, m).
        W: the weights of the k pieces, shape (k, n, n_prev); W[i] is an
            ordinary (n, n_prev) weight matrix.
        b: the biases of the k pieces, shape (k, n, 1).
    Returns:
        (A, cache): A of shape (n, m), entry [u, j] the largest of the k
        values Z[i, u, j] (unit u, example j); cache is whatever
        maxout_backward will need (for instance (A_prev, W, b, Z)).

    Example: A_prev = [[1.], [2.]] (n_prev = 2, m = 1), k = 2 pieces, n = 1 unit:
             W[0] = [[1., 0.]], b[0] = [[0.]]  ->  Z[0] = [[1.]]
             W[1] = [[0., 1.]], b[1] = [[-3.]] ->  Z[1] = [[-1.]]
             A = [[1.]]  (piece 0 wins)
             With b[0] = [[-5.]] instead: Z[0] = [[-4.]], A = [[-1.]]: the answer
             is negative; maxout has no floor at 0.

    np.matmul(W, A_prev) multiplies every piece at once, giving (k, n, m);
    np.max(..., axis=0) then takes the maximum over the pieces. Traps: the
    max over the wrong axis, a running maximum that starts from 0 (it turns
    all-negative units into 0), code written for exactly two pieces (k may
    be 1, where maxout is just a linear layer, or more than 2), and
    np.squeeze, which breaks when n = 1 or m = 1.

    Intuition: ReLU is max(0, z) and leaky ReLU max(αz, z); maxout learns
    both lines instead of fixing one of them.
    See notes/4-cs231n-lec6-activations-init-bn.txt (maxout).
    """
    # YOUR CODE HERE (maxout_forward)
    raise NotImplementedError("maxout_forward: not implemented yet")


def maxout_backward(dA, cache):
    """Backward pass of a maxout layer: the gradient flows through the winning piece only.

    Args:
        dA: gradient of the cost with respect to A, shape (n, m), per example.
        cache: exactly what your maxout_forward returned as its cache.
    Returns:
        (dA_prev, dW, db):
        dA_prev, shape (n_prev, m): sum over i of W[i]ᵀ·dZ[i] (no 1/m),
        dW, shape (k, n, n_prev): dW[i] = dZ[i]·A_prevᵀ / m,
        db, shape (k, n, 1): db[i] = sum of dZ[i] over the examples / m,
        where dZ[i, u, j] = dA[u, j] if piece i won at (unit u, example j),
        else 0.

    Example: with the first maxout_forward example (piece 0 wins) and dA = [[2.]]:
             dZ[0] = [[2.]], dZ[1] = [[0.]]
             dW = [[[2., 4.]], [[0., 0.]]], db = [[[2.]], [[0.]]]   (m = 1)
             dA_prev = W[0]ᵀ·[[2.]] = [[2.], [0.]]

    The max passes its input through unchanged, from the winning piece only:
    a losing piece did not affect A at all, so its gradient is 0. Find the
    winner with np.argmax(Z, axis=0) (or compare Z == A exactly; np.isclose
    calls nearly equal pieces a tie and is wrong for large inputs). Keep
    db's last axis (keepdims=True) and do not modify the cache in place.

    Intuition: each example trains only the piece that answered for it;
    that is why maxout units do not die.
    See notes/4-cs231n-lec6-activations-init-bn.txt (maxout).
    """
    # YOUR CODE HERE (maxout_backward)
    raise NotImplementedError("maxout_backward: not implemented yet")


def residual_forward(A_prev, W, b):
    """A residual block: A = relu(W·A_prev + b) + A_prev.

    Args:
        A_prev: the block's input, shape (n, m).
        W: weights, square, shape (n, n), so that the output can be added to
            the input.
        b: bias, shape (n, 1).
    Returns:
        (A, cache): A of shape (n, m); cache is whatever residual_backward
        will need (for instance (A_prev, W, b, Z) with Z = W·A_prev + b).

    Example: A_prev = [[1.], [-2.]], W = [[1., 0.], [0., 1.]], b = [[0.], [1.]]
             Z = [[1.], [-1.]], relu(Z) = [[1.], [0.]]
             A = relu(Z) + A_prev = [[2.], [-2.]]

    Order matters: the ReLU acts on Z alone, and A_prev is added after it.
    relu(Z + A_prev) is another block (the original ResNet's), not this one.
    Write A = relu(Z) + A_prev as a new array: A = A_prev; A += ... would
    change the caller's A_prev in place.

    Intuition: the block only has to learn a correction relu(Z) to its input;
    if W and b are 0 it passes A_prev through untouched, so adding blocks
    cannot make a network worse at the start.
    See notes/2-sung-kim-lab10-relu-init-dropout.txt (networks as Lego).
    """
    # YOUR CODE HERE (residual_forward)
    raise NotImplementedError("residual_forward: not implemented yet")


def residual_backward(dA, cache):
    """Backward pass of a residual block: through the ReLU branch and through the skip.

    Args:
        dA: gradient of the cost with respect to A, shape (n, m), per example.
        cache: exactly what your residual_forward returned as its cache.
    Returns:
        (dA_prev, dW, db):
        dZ = dA · (Z > 0)            (the slope of the ReLU at Z, not at A)
        dW = dZ·A_prevᵀ / m          shape (n, n)
        db = sum of dZ over the examples / m, keepdims: shape (n, 1)
        dA_prev = Wᵀ·dZ + dA         shape (n, m), no 1/m

    Example: with the residual_forward example and dA = [[1.], [3.]] (m = 1):
             dZ = [[1.], [0.]]   (Z = [[1.], [-1.]])
             dW = [[1., -2.], [0., 0.]], db = [[1.], [0.]]
             dA_prev = [[1.], [0.]] + [[1.], [3.]] = [[2.], [3.]]

    A_prev reaches A twice, through W and directly, so its gradient is the
    sum of both roads: the "+ dA" is the skip connection's gradient. Traps:
    forgetting it; using A > 0 instead of Z > 0 (with the skip, A can be
    positive where Z is not); W·dZ instead of Wᵀ·dZ (a square W hides it in
    the shapes); changing dA or the cache in place. At exactly Z = 0 either
    slope, 0 or 1, is accepted.

    Intuition: even when the ReLU branch is switched off (Z <= 0), dA still
    reaches the earlier layers through the skip; this is why deep residual
    networks do not suffer from vanishing gradients.
    See notes/2-sung-kim-lab10-relu-init-dropout.txt (networks as Lego).
    """
    # YOUR CODE HERE (residual_backward)
    raise NotImplementedError("residual_backward: not implemented yet")
