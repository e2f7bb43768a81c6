"""A network with one hidden layer: tanh units, then a sigmoid output, trained to learn XOR.

A single sigmoid unit (logistic regression) can only draw a straight line
between two classes, so it cannot learn XOR: the label is 1 where the two
inputs have different signs, and no line separates those points from the
others. One hidden layer of a few tanh units is enough: each unit draws its
own line, and the output unit combines them.

The network, for m examples stored as the columns of X (n_x, m):

    Z1 = W1·X + b1      (n_h, m)        A1 = tanh(Z1)       (n_h, m)
    Z2 = W2·A1 + b2     (n_y, m)        A2 = sigmoid(Z2)    (n_y, m)

with W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1) and, for binary
labels, n_y = 1. Work in this order: layer_sizes, forward_propagation,
compute_cost, backward_propagation, update_parameters; then nn_model puts them
together in a training loop and predict turns probabilities into labels.
You need initialize_parameters from your initialization.py (imported below);
sigmoid comes from your activations.py, or write your own helper here.

Conventions: never modify an input in place (update_parameters may update the
parameters it is given, as the course does); float arrays of exactly the
documented shapes: (n, 1) is not (n,). See notes/1-ng-c1w3-shallow-network.txt.
"""
import numpy as np

from activations import sigmoid
from initialization import initialize_parameters


def layer_sizes(X, Y):
    """The sizes of the three layers: (n_x, n_h, n_y).

    Args:
        X: input data, shape (n_x, m): one column per example.
        Y: labels, shape (n_y, m).
    Returns:
        A tuple of three integers (n_x, 4, n_y): n_x = number of rows of X
        (input features), n_h = 4 (the hidden layer's size in this exercise),
        n_y = number of rows of Y (output units).

    Example: X of shape (5, 3) and Y of shape (2, 3) -> (5, 4, 2)
             X of shape (2, 400) and Y of shape (1, 400) -> (2, 4, 1)

    Traps: shape[1] is m, the number of examples, not a layer size; and do not
    type in the sizes of one example: they must follow X and Y. Sizes become
    array shapes (np.random.randn(n_h, n_x)), so they must be ints: X.size / m
    is a float.

    Intuition: the input and output layers are fixed by the data, only the
    hidden layer's size is a choice (a hyperparameter).
    See notes/1-ng-c1w3-shallow-network.txt (neural network representation).
    """
    # YOUR CODE HERE (layer_sizes)
    raise NotImplementedError("layer_sizes: not implemented yet")


def forward_propagation(X, parameters):
    """Forward pass: Z1 = W1·X + b1, A1 = tanh(Z1), Z2 = W2·A1 + b2, A2 = sigmoid(Z2).

    Args:
        X: input data, shape (n_x, m).
        parameters: dict with "W1" (n_h, n_x), "b1" (n_h, 1), "W2" (n_y, n_h)
            and "b2" (n_y, 1).
    Returns:
        (A2, cache): A2 of shape (n_y, m), the probability of class 1 for every
        example, and cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}, which
        backward_propagation reads.

    Example: X = [[1., -2.]], W1 = [[0.5], [-1.]], b1 = [[0.], [0.5]],
             W2 = [[1., -1.]], b2 = [[0.]]
             Z1 = [[0.5, -1.], [-0.5, 2.5]]
             A1 = [[0.462117, -0.761594], [-0.462117, 0.986614]]
             Z2 = [[0.924234, -1.748208]], A2 = [[0.715904, 0.148273]]

    np.dot(W1, X) is a matrix product (W1 * X is not); b1 is added to every
    column by broadcasting. The hidden layer uses tanh (np.tanh), the output
    the sigmoid. Large |z| must not give nan: np.tanh is safe, a tanh written
    with np.exp is not (exp(800) is inf, and inf / inf is nan).

    Intuition: tanh is zero-centred (outputs in (-1, 1), mean near 0), which
    makes the next layer's learning easier than with a sigmoid hidden layer;
    the sigmoid stays at the output because A2 must be a probability.
    See notes/1-ng-c1w3-shallow-network.txt (activation functions).
    """
    # YOUR CODE HERE (forward_propagation)
    raise NotImplementedError("forward_propagation: not implemented yet")


def compute_cost(A2, Y):
    """Mean binary cross-entropy: J = -(1/m) * sum(Y log(A2) + (1 - Y) log(1 - A2)).

    Args:
        A2: probabilities from forward_propagation, shape (1, m), strictly
            between 0 and 1.
        Y: true labels 0.0 / 1.0, shape (1, m).
    Returns:
        The cost as one number: a Python float, a NumPy float or a 0-d array
        (float(...) or np.squeeze turn a (1, 1) result into one).

    Example: A2 = [[0.8, 0.4]], Y = [[1., 0.]]
             J = -(log 0.8 + log 0.6) / 2 = 0.366985
             (the forward_propagation example with Y = [[1., 0.]] gives 0.247349)

    Traps: m is Y.shape[1], the number of columns (Y.shape[0] is 1); the
    minus sign makes the cost positive; Y * np.log(A2) is element-wise,
    while np.dot(Y.T, np.log(A2)) would pair every label with every example.
    np.log is the natural logarithm. Clipping A2 to [eps, 1 - eps] with a tiny
    eps (at most 1e-8) is allowed; a larger one changes the cost.

    Intuition: a confident wrong answer (y = 1 but a2 near 0) costs a lot,
    -log(a2) grows without bound; a confident right one costs almost nothing.
    See notes/1-ng-c1w3-shallow-network.txt.
    """
    # YOUR CODE HERE (compute_cost)
    raise NotImplementedError("compute_cost: not implemented yet")


def backward_propagation(parameters, cache, X, Y):
    """Gradients of the mean cost with respect to W1, b1, W2, b2.

    Formulas (m = number of examples, * is element-wise):
        dZ2 = A2 - Y                              (n_y, m)
        dW2 = (1/m) dZ2·A1ᵀ                       like W2
        db2 = (1/m) sum of dZ2 over the examples  like b2, (n_y, 1)
        dZ1 = W2ᵀ·dZ2 * (1 - A1²)                 (n_h, m)
        dW1 = (1/m) dZ1·Xᵀ                        like W1
        db1 = (1/m) sum of dZ1 over the examples  like b1, (n_h, 1)
    Args:
        parameters: dict "W1", "b1", "W2", "b2".
        cache: dict "Z1", "A1", "Z2", "A2" from forward_propagation.
        X: input data, shape (n_x, m).
        Y: labels, shape (1, m).
    Returns:
        grads = {"dW1": ..., "db1": ..., "dW2": ..., "db2": ...}, each with the
        shape of the parameter it belongs to.

    Example: the forward_propagation example with Y = [[1., 0.]]:
             dZ2 = [[-0.284096, 0.148273]]
             dW2 = [[-0.122105, 0.138787]], db2 = [[-0.067911]]
             dW1 = [[-0.173984], [0.115656]], db1 = [[-0.080578], [0.109742]]

    Traps: tanh'(z) = 1 - tanh(z)² = 1 - A1², computed from A1 (the output
    of tanh), not 1 - Z1²; and A1 * (1 - A1) is the sigmoid's slope, not
    tanh's. Sum with axis=1, keepdims=True so that db keeps its (n, 1) shape.
    Do not change the cache or the parameters (dZ2 = A2; dZ2 -= Y would).

    Intuition: A2 - Y is the error of each prediction; the chain rule sends it
    back through W2 and through tanh's slope to the hidden layer.
    See notes/1-ng-c1w3-shallow-network.txt (activation functions and their
    derivatives).
    """
    # YOUR CODE HERE (backward_propagation)
    raise NotImplementedError("backward_propagation: not implemented yet")


def update_parameters(parameters, grads, learning_rate=1.2):
    """One step of gradient descent: θ = θ - learning_rate·dθ for θ in W1, b1, W2, b2.

    Args:
        parameters: dict "W1", "b1", "W2", "b2".
        grads: dict "dW1", "db1", "dW2", "db2" from backward_propagation.
        learning_rate: the step size; 1.2 when the caller leaves it out.
    Returns:
        The parameters after the step: a dict with the same keys and shapes.

    Example: the forward_propagation example's parameters and the
             backward_propagation example's grads, learning_rate = 1.2:
             W1 = [[0.5 + 1.2 * 0.173984], ...] = [[0.708781], [-1.138787]]
             b2 = [[0. + 1.2 * 0.067911]] = [[0.081494]]

    Updating the arrays of parameters in place (W1 -= ...) and returning them
    is allowed, as in the course; changing grads is not. Use the
    learning_rate you are given, not a fixed number.

    Intuition: each parameter moves a small step against its gradient, that
    is downhill on the cost; too large a step overshoots and the cost jumps
    around, too small a step makes learning slow.
    See notes/1-ng-c1w3-shallow-network.txt.
    """
    # YOUR CODE HERE (update_parameters)
    raise NotImplementedError("update_parameters: not implemented yet")


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False):
    """Train the network with batch gradient descent and return its parameters.

    Steps: n_x and n_y from layer_sizes(X, Y) (n_h is the argument, not the
    4 of layer_sizes); parameters = initialize_parameters(n_x, n_h, n_y); then
    num_iterations times: forward_propagation, compute_cost,
    backward_propagation, update_parameters.
    Args:
        X: training inputs, shape (n_x, m).
        Y: labels 0.0 / 1.0, shape (1, m).
        n_h: number of hidden units.
        num_iterations, learning_rate: honour the values passed (and the
            defaults 10000 and 1.2 when they are left out).
        print_cost: if True, print the cost every 1000 iterations.
    Returns:
        parameters, a dict "W1", "b1", "W2", "b2" (not a tuple).

    Example: with num_iterations=0 the result is the start,
             initialize_parameters(n_x, n_h, n_y) itself. On four noisy
             clusters around (±1, ±1), labelled 1 where the signs differ, n_h = 4
             learns XOR: above 95% training accuracy after a few hundred
             iterations; the first cost is close to log 2 = 0.693147.

    Initialize once, before the loop (not in it). Train for exactly
    num_iterations steps: no "until the cost is small" loop (a cost that
    cannot get small would keep it running forever) and no break once the
    cost looks good enough. The grader seeds NumPy's generator, so you need
    no np.random.seed(3) (the notebook's reseed is accepted, with a note).

    Intuition: the small random start breaks the symmetry between the hidden
    units; gradient descent then pulls each unit towards its own line.
    See notes/1-ng-c1w3-shallow-network.txt (random initialization).
    """
    # YOUR CODE HERE (nn_model)
    raise NotImplementedError("nn_model: not implemented yet")


def predict(parameters, X):
    """Predicted labels: 1 where the network's output A2 is above 0.5, else 0.

    Args:
        parameters: trained parameters "W1", "b1", "W2", "b2". Note the
            argument order: parameters first, then X (deep_network's predict
            has it the other way round).
        X: inputs, shape (n_x, m).
    Returns:
        A (1, m) array of 0 and 1 (floats, ints or booleans all do).

    Example: the forward_propagation example gives A2 = [[0.715904, 0.148273]],
             so predict(parameters, X) -> [[1., 0.]]

    Reuse forward_propagation (the cache is not needed). Keep the result
    two-dimensional, (1, m), also for m = 1: a loop over np.squeeze(A2)
    breaks when there is one example.

    Intuition: A2 is the estimated probability of class 1; the threshold turns
    it into a decision.
    See notes/1-ng-c1w3-shallow-network.txt.
    """
    # YOUR CODE HERE (predict)
    raise NotImplementedError("predict: not implemented yet")
