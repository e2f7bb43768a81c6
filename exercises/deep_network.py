"""An L-layer network: ReLU hidden layers, a sigmoid output, caches for backprop.

This module builds a deep binary classifier out of small pieces and reuses
your own activations.py and initialization.py, so finish those first.
Examples are columns throughout: X is (n_x, m), A[l] and Z[l] are (n[l], m),
W[l] is (n[l], n[l-1]) and b[l] is (n[l], 1). Work in this order: the forward
pass (linear_forward, linear_activation_forward, L_model_forward), the cost
(compute_cost), the backward pass (linear_backward, linear_activation_backward,
L_model_backward), then update_parameters, the training loop L_layer_model
and predict. Each forward step returns a cache that its backward step consumes.
"""
import numpy as np

from activations import relu, relu_backward, sigmoid, sigmoid_backward, tanh, tanh_backward
from initialization import initialize_parameters_deep


def linear_forward(A, W, b):
    """Linear part of one layer: Z = W A + b.

    Args:
        A: activations of the previous layer (or X), shape (n[l-1], m).
        W: weights, shape (n[l], n[l-1]).
        b: bias, shape (n[l], 1); broadcasting adds it to every column.
    Returns:
        (Z, cache): Z of shape (n[l], m) and cache = (A, W, b), a tuple in
        exactly that order; linear_backward needs all three.

    Example: A = [[1., 3.],      W = [[1., -1.]],   b = [[0.5]]
                  [2., 1.]]
             Z = [[1 - 2 + 0.5, 3 - 1 + 0.5]] = [[-0.5, 2.5]]
             cache = (A, W, b)

    W A is a matrix product, not an element-wise product. The shapes are
    the first thing to check: (n[l], n[l-1]) times (n[l-1], m) is (n[l], m).

    Intuition: one matrix product handles all m examples at once
    (vectorization) instead of a Python loop over examples.
    See notes/5-ng-c1w4-deep-network.txt (matrix dimensions).
    """
    # YOUR CODE HERE (linear_forward)
    raise NotImplementedError("linear_forward: not implemented yet")


def linear_activation_forward(A_prev, W, b, activation):
    """One full layer: Z = W A_prev + b, then A = g(Z).

    Args:
        A_prev: activations of the previous layer, shape (n[l-1], m).
        W: weights, shape (n[l], n[l-1]).
        b: bias, shape (n[l], 1).
        activation: the name of g, "sigmoid", "relu" or "tanh"
            (another string may raise ValueError).
    Returns:
        (A, cache): A of shape (n[l], m) and cache = (linear_cache, Z), where
        linear_cache = (A_prev, W, b) is the cache from linear_forward and Z
        is the pre-activation (not A).

    Example: with A_prev, W, b from the linear_forward example, Z = [[-0.5, 2.5]]:
             "relu"    -> A = [[0., 2.5]]
             "sigmoid" -> A = [[0.377541, 0.924142]]
             "tanh"    -> A = [[-0.462117, 0.986614]]
             cache = ((A_prev, W, b), [[-0.5, 2.5]])

    Reuse linear_forward and the activation functions imported from your
    activations module; do not re-derive them here.

    Intuition: the backward pass needs Z for g'(Z) and A_prev, W for the
    linear gradients; keeping them in the cache saves recomputing them.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (linear_activation_forward)
    raise NotImplementedError("linear_activation_forward: not implemented yet")


def L_model_forward(X, parameters):
    """Forward pass through L layers: [LINEAR -> RELU] x (L-1), then LINEAR -> SIGMOID.

    Args:
        X: input data, shape (n_x, m).
        parameters: dict "W1", "b1", ..., "WL", "bL" as made by
            initialize_parameters_deep; L = len(parameters) // 2.
    Returns:
        (AL, caches): AL is the output probability, shape (1, m); caches is a
        list of the L caches from linear_activation_forward, layer 1 first.

    Example: X = [[1., -1.]], W1 = [[1.], [-1.]], b1 = [[0.], [0.]],
             W2 = [[1., 1.]], b2 = [[0.]]   (L = 2)
             Z1 = [[1., -1.], [-1., 1.]], A1 = relu(Z1) = [[1., 0.], [0., 1.]]
             Z2 = [[1., 1.]], AL = sigmoid(Z2) = [[0.731059, 0.731059]]
             len(caches) == 2

    Hidden layers 1 .. L-1 use "relu"; only layer L uses "sigmoid". Looping
    over the hidden layers and then handling layer L on its own avoids an
    off-by-one. Reuse linear_activation_forward.

    Intuition: each layer builds on the features of the one before (edges,
    then parts, then whole objects); the caches are what let the backward
    pass run without redoing this work.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (L_model_forward)
    raise NotImplementedError("L_model_forward: not implemented yet")


def compute_cost(AL, Y):
    """Mean binary cross-entropy: J = -(1/m) * sum(Y log(AL) + (1 - Y) log(1 - AL)).

    Args:
        AL: predicted probabilities, shape (1, m), strictly between 0 and 1.
        Y: true labels 0.0 / 1.0, shape (1, m).
    Returns:
        The cost as a scalar: a Python float or a NumPy float scalar. A (1, 1)
        or (1, m) array is wrong.

    Example: AL = [[0.8, 0.4]], Y = [[1., 0.]]
             J = -(log 0.8 + log 0.6) / 2 = (0.223144 + 0.510826) / 2 = 0.366985

    m is the number of examples (columns), not the number of rows. Clipping
    AL to [eps, 1 - eps] with a tiny eps (at most 1e-8) is allowed.

    Intuition: with the small initial weights of initialize_parameters_deep,
    AL starts near 0.5 for every example, so the first cost is close to
    log 2 = 0.693147; a good sanity check for your training loop.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (compute_cost)
    raise NotImplementedError("compute_cost: not implemented yet")


def linear_backward(dZ, cache):
    """Backward pass through Z = W A_prev + b.

    Formulas (m = number of examples):
        dW      = (1/m) dZ A_prev^T          shape (n[l], n[l-1]), like W
        db      = (1/m) sum of dZ over m     shape (n[l], 1), like b
        dA_prev = W^T dZ                     shape (n[l-1], m), like A_prev
    Args:
        dZ: gradient of the cost with respect to Z, shape (n[l], m).
        cache: (A_prev, W, b), as returned by linear_forward.
    Returns:
        (dA_prev, dW, db), in that order.

    Example: A_prev = [[1., 3.], [2., 1.]], W = [[1., -1.]], b = [[0.5]],
             dZ = [[2., -1.]]   (m = 2)
             dW = [[2*1 - 1*3, 2*2 - 1*1]] / 2 = [[-0.5, 1.5]]
             db = [[(2 - 1) / 2]] = [[0.5]]
             dA_prev = [[2., -1.], [-2., 1.]]

    The 1/m belongs to dW and db (gradients of the mean cost) but not to
    dA_prev, which is per example; dividing dA_prev by m as well shrinks
    the gradient by another factor of m at every layer. db must keep its
    (n[l], 1) shape: summing over axis 1 alone gives (n[l],).

    Intuition: every gradient has the shape of what it differentiates, the
    quickest check for a misplaced transpose. See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (linear_backward)
    raise NotImplementedError("linear_backward: not implemented yet")


def linear_activation_backward(dA, cache, activation):
    """Backward pass through one layer: first dZ = dA * g'(Z), then the linear part.

    Args:
        dA: gradient of the cost with respect to this layer's A, shape (n[l], m).
        cache: (linear_cache, Z), as returned by linear_activation_forward.
        activation: "sigmoid", "relu" or "tanh", as used in the forward pass.
    Returns:
        (dA_prev, dW, db), as from linear_backward.

    Example: the linear_forward example, cache = ((A_prev, W, b), Z) with
             Z = [[-0.5, 2.5]], dA = [[2., -1.]], activation "relu":
             dZ = [[0., -1.]]  (the gradient is blocked where Z < 0)
             dA_prev = [[0., -1.], [0., 1.]], dW = [[-1.5, -0.5]], db = [[-0.5]]

    Reuse relu_backward / sigmoid_backward / tanh_backward (they take Z, the
    second item of the cache) and your linear_backward; this function only
    connects them.

    Intuition: the chain rule one layer at a time: the activation's local
    slope first, then the linear map.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (linear_activation_backward)
    raise NotImplementedError("linear_activation_backward: not implemented yet")


def L_model_backward(AL, Y, caches):
    """Backward pass through the whole network, from the cost back to layer 1.

    Start from dAL = -(Y / AL - (1 - Y) / (1 - AL)) and go through layer L
    with "sigmoid", then layers L-1, ..., 1 with "relu". (Sigmoid and
    cross-entropy together give dZ[L] = AL - Y; that route is accepted too.)
    Args:
        AL: output of L_model_forward, shape (1, m).
        Y: true labels, shape (1, m).
        caches: the list returned by L_model_forward (caches[l-1] is layer l).
    Returns:
        grads, a dict with exactly the keys "dA0", ..., "dA{L-1}",
        "dW1", ..., "dWL", "db1", ..., "dbL"; each has the shape of A, W or b.
        "dA{L}" is not a key: an extra one usually signals an off-by-one.

    Example: the L_model_forward example (AL = [[0.731059, 0.731059]]),
             Y = [[1., 0.]]:
             dW2 = [[-0.134471, 0.365529]], db2 = [[0.231059]]
             dW1 = [[-0.134471], [-0.365529]], dA0 = [[-0.268941, -0.731059]]

    Reuse linear_activation_backward; do not modify AL, Y or the caches.

    Intuition: the gradient of every parameter is available after one pass
    backwards, because each layer hands dA_prev to the layer before it.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (L_model_backward)
    raise NotImplementedError("L_model_backward: not implemented yet")


def update_parameters(parameters, grads, learning_rate):
    """One step of gradient descent: W[l] -= learning_rate * dW[l], b[l] -= learning_rate * db[l].

    Args:
        parameters: dict "W1", "b1", ..., "WL", "bL".
        grads: dict as returned by L_model_backward (it also holds "dA" keys).
        learning_rate: step size, a Python number.
    Returns:
        The parameters after the step, a dict with the same keys and shapes.

    Example: W1 = [[1., 2.]], b1 = [[0.5]], dW1 = [[0.5, -1.]], db1 = [[0.2]],
             learning_rate = 0.1 -> W1 = [[0.95, 2.1]], b1 = [[0.48]]

    Count the layers from parameters (L = len(parameters) // 2), not from
    grads, which has extra dA entries. Updating parameters in place is
    allowed (the course does it) as long as you return them; grads must not
    change.

    Intuition: move every parameter a small step against its gradient, i.e.
    downhill on the cost.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (update_parameters)
    raise NotImplementedError("update_parameters: not implemented yet")


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    """Train an L-layer network with batch gradient descent.

    Each iteration: L_model_forward, compute_cost, L_model_backward,
    update_parameters. Start from initialize_parameters_deep(layers_dims)
    and do not reseed the random generator.
    Args:
        X: training inputs, shape (n_x, m).
        Y: labels 0.0 / 1.0, shape (1, m).
        layers_dims: [n_x, n[1], ..., 1], passed to initialize_parameters_deep.
        learning_rate, num_iterations: honour the values passed.
        print_cost: if True, print the cost every 100 iterations; if False,
            print nothing.
    Returns:
        (parameters, costs): the trained parameters and a list of the costs
        (scalars) of iterations 0, 100, 200, ...

    Example: num_iterations = 250 -> costs holds 3 values (iterations 0, 100
             and 200); the default 3000 gives 30. costs[0] is close to
             log 2 = 0.693147 (see compute_cost), and the costs should go down.

    Intuition: this is where the pieces meet; if the cost does not fall,
    test each piece on its own example before touching the learning rate.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (L_layer_model)
    raise NotImplementedError("L_layer_model: not implemented yet")


def predict(X, parameters):
    """Predict labels: 1 where the network's output probability is above 0.5, else 0.

    Args:
        X: inputs, shape (n_x, m). Note the argument order: X first, then
            parameters (the shallow network's predict has it the other way).
        parameters: trained parameters "W1", "b1", ..., "WL", "bL".
    Returns:
        A (1, m) array of 0 and 1 (any numeric or bool dtype).

    Example: the L_model_forward example parameters, but with b2 = [[-1.]],
             and X = [[2., -0.5]]:
             A1 = [[2., 0.], [0., 0.5]], AL = sigmoid([[1., -0.5]])
                = [[0.731059, 0.377541]]  ->  predictions [[1., 0.]]

    Reuse L_model_forward; the caches are not needed here.

    Intuition: the sigmoid output is the estimated probability of class 1;
    the threshold turns it into a decision.
    See notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (predict)
    raise NotImplementedError("predict: not implemented yet")
