"""Activation functions and their derivatives.

An activation g turns a layer's pre-activation Z into its output A = g(Z);
without one, any stack of layers would collapse into a single linear map.
Work in order: the forward functions first (step, sigmoid, tanh, relu,
leaky_relu), then their ``*_backward`` partners. Every backward function takes
the upstream gradient dA and the cache Z (the pre-activation, not the output
A) and returns dZ = dA * g'(Z), the same shape as Z. All functions work
element by element on arrays of any shape, never modify their inputs, and
return float arrays.
"""
import numpy as np


def step(Z):
    """Step function: 1.0 where Z > 0, 0.0 elsewhere (including at Z = 0).

    Args:
        Z: float array, any shape, e.g. (n, m) pre-activations.
    Returns:
        A float array of 0.0 and 1.0 with the same shape as Z. A comparison
        such as Z > 0 gives booleans; the contract asks for floats.

    Example: step([[-2., 0., 3.]]) -> [[0., 0., 1.]]

    Intuition: this is the perceptron's "fire or don't fire" rule (AND, OR and
    NAND gates are built from it). Its slope is 0 almost everywhere, so no
    gradient can flow through it; that is why smooth activations replaced it
    in networks trained by gradient descent.
    See notes/3-ffnn-activations-softmax.txt.
    """
    # YOUR CODE HERE (step)
    raise NotImplementedError("step: not implemented yet")


def sigmoid(Z):
    """Logistic sigmoid: sigma(z) = 1 / (1 + e^(-z)), a value in (0, 1).

    Args:
        Z: float array, any shape, e.g. (n, m).
    Returns:
        A float array with the same shape as Z.

    Example: sigmoid([[-2., 0., 2.]]) -> [[0.119203, 0.5, 0.880797]]
             (sigma(-z) = 1 - sigma(z): the two outer values add up to 1.)

    Large inputs: the result must stay finite for |z| up to 1000. Written as
    1 / (1 + np.exp(-Z)) it is fine: at z = -1000, e^1000 overflows to inf and
    1 / inf = 0 (a RuntimeWarning is acceptable). Written as
    np.exp(Z) / (1 + np.exp(Z)) it fails: at z = 1000 you get inf / inf = nan.
    Do not clip Z to a small range such as [-10, 10]: sigma(12) is not sigma(10).

    Intuition: sigmoid squashes everything into (0, 1), which suits a binary
    output layer, but it saturates (flat for large |z|) and is not zero-centred.
    See notes/3-ffnn-activations-softmax.txt and
    notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (sigmoid)
    raise NotImplementedError("sigmoid: not implemented yet")


def tanh(Z):
    """Hyperbolic tangent: tanh(z) = (e^z - e^(-z)) / (e^z + e^(-z)), in (-1, 1).

    Args:
        Z: float array, any shape, e.g. (n, m).
    Returns:
        A float array with the same shape as Z.

    Example: tanh([[0., 1., -1000.]]) -> [[0., 0.761594, -1.]]

    Large inputs: the textbook formula above is for understanding, not for
    computing. At z = 1000 both e^z terms overflow and it returns
    inf / inf = nan, while the true value is 1.0. NumPy already provides a
    numerically safe hyperbolic tangent; results must stay finite for |z| up
    to 1000.

    Intuition: tanh is a stretched, shifted sigmoid (tanh(z) = 2*sigma(2z) - 1).
    Its outputs are centred on 0, which usually makes hidden layers learn
    faster than with sigmoid, but it still saturates for large |z|.
    See notes/1-ng-c1w3-shallow-network.txt.
    """
    # YOUR CODE HERE (tanh)
    raise NotImplementedError("tanh: not implemented yet")


def relu(Z):
    """Rectified linear unit: relu(z) = max(0, z), element by element.

    Args:
        Z: float array, any shape, e.g. (n, m).
    Returns:
        A float array with the same shape as Z; Z itself stays unchanged
        (setting the negative entries of Z to 0 in place is a bug: Z is the
        caller's array, and later the cache).

    Example: relu([[-3., 0., 2.5]]) -> [[0., 0., 2.5]]

    Intuition: for z > 0 the slope is exactly 1, so gradients pass through
    many layers without shrinking (no saturation on the positive side) and it
    is cheap to compute; that made it the default hidden activation.
    Its weak spot: a unit whose z is negative for every example gets zero
    gradient and may never recover ("dying ReLU").
    See notes/1-ng-c1w3-shallow-network.txt and
    notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (relu)
    raise NotImplementedError("relu: not implemented yet")


def leaky_relu(Z, alpha=0.01):
    """Leaky ReLU: z where z > 0, alpha * z elsewhere (0 <= alpha < 1).

    Args:
        Z: float array, any shape, e.g. (n, m).
        alpha: slope for non-positive z, a Python number. The default is 0.01,
            but any other value the caller passes must be used; do not
            hard-code 0.01.
    Returns:
        A float array with the same shape as Z.

    Example: leaky_relu([[-3., 2.]])            -> [[-0.03, 2.]]
             leaky_relu([[-3., 2.]], alpha=0.2) -> [[-0.6, 2.]]

    Intuition: the small negative-side slope keeps a gradient flowing where
    ReLU would give exactly 0, so units cannot die. (PReLU goes one step
    further and learns alpha.)
    See notes/3-ffnn-activations-softmax.txt and
    notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (leaky_relu)
    raise NotImplementedError("leaky_relu: not implemented yet")


def sigmoid_backward(dA, cache):
    """Backward pass through sigmoid: dZ = dA * sigma(Z) * (1 - sigma(Z)).

    Args:
        dA: upstream gradient dCost/dA, float array of shape (n, m).
        cache: Z, the pre-activation that was fed to sigmoid (shape (n, m)).
            It is Z, not the output A: recompute sigma(Z) from it (your own
            sigmoid can do that, large |z| included).
    Returns:
        dZ, float array of shape (n, m). Per example: no 1/m here.

    Example: dA = [[2., 1.]], Z = [[0., 2.]]
             sigma(0) = 0.5 -> slope 0.25 -> 2 * 0.25 = 0.5
             sigma(2) = 0.880797 -> slope 0.104994 -> 1 * 0.104994
             result: [[0.5, 0.104994]]

    Results must stay finite for |z| up to 1000 (the true slope there is 0).

    Intuition: the slope is at most 0.25 (at z = 0). Backpropagation
    multiplies one such factor per sigmoid layer, so the gradient reaching
    the early layers shrinks geometrically: the vanishing gradient.
    See notes/3-ffnn-activations-softmax.txt and notes/5-ng-c1w4-deep-network.txt.
    """
    # YOUR CODE HERE (sigmoid_backward)
    raise NotImplementedError("sigmoid_backward: not implemented yet")


def tanh_backward(dA, cache):
    """Backward pass through tanh: dZ = dA * (1 - tanh(Z)^2).

    Args:
        dA: upstream gradient, float array of shape (n, m).
        cache: Z, the pre-activation that was fed to tanh (shape (n, m)),
            not the output A.
    Returns:
        dZ, float array of shape (n, m), per example (no 1/m).

    Example: dA = [[1., 1.]], Z = [[0., 1.]]
             tanh(0) = 0 -> slope 1;  tanh(1) = 0.761594 -> slope 0.419974
             result: [[1., 0.419974]]

    Results must stay finite for |z| up to 1000 (the slope there is 0), so
    compute tanh(Z) the safe way, as in your forward function.

    Intuition: the largest slope is 1 (at z = 0), four times sigmoid's, which
    is one reason tanh trains hidden layers better; but for large |z| the
    slope still falls to 0 and the gradient vanishes.
    See notes/5-ng-c1w4-deep-network.txt and notes/3-ffnn-activations-softmax.txt.
    """
    # YOUR CODE HERE (tanh_backward)
    raise NotImplementedError("tanh_backward: not implemented yet")


def relu_backward(dA, cache):
    """Backward pass through ReLU: dZ = dA where Z > 0, and 0 where Z < 0.

    Args:
        dA: upstream gradient, float array of shape (n, m).
        cache: Z, the pre-activation that was fed to relu (shape (n, m)).
    Returns:
        dZ, a new float array of shape (n, m), per example (no 1/m).

    Example: dA = [[5., 5., 5.]], Z = [[-1., 0., 2.]] -> [[0., 0., 5.]]
             At exactly Z = 0 the derivative is undefined; either one-sided
             value (0 or 1, giving 0. or 5. here) is accepted.

    In place: starting from dZ = dA and then zeroing entries of dZ also zeroes
    the caller's dA, because both names point to the same array. Build a new
    array (or copy first).

    Intuition: ReLU acts as a gate. Active units pass the gradient through
    unchanged; inactive ones block it completely, which is how a unit stuck
    at Z < 0 for all examples stops learning (dying ReLU).
    See notes/1-ng-c1w3-shallow-network.txt and
    notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (relu_backward)
    raise NotImplementedError("relu_backward: not implemented yet")


def leaky_relu_backward(dA, cache, alpha=0.01):
    """Backward pass through leaky ReLU: dZ = dA where Z > 0, alpha * dA where Z < 0.

    Args:
        dA: upstream gradient, float array of shape (n, m).
        cache: Z, the pre-activation that was fed to leaky_relu (shape (n, m)).
        alpha: the same negative-side slope used in the forward pass; honour
            the value passed, the default 0.01 is only a default.
    Returns:
        dZ, a new float array of shape (n, m), per example (no 1/m);
        dA and Z are left unchanged.

    Example: dA = [[4., 4.]], Z = [[-1., 3.]]
             alpha = 0.01 -> [[0.04, 4.]]
             alpha = 0.2  -> [[0.8, 4.]]
             At exactly Z = 0 either one-sided slope (alpha or 1) is accepted.

    Intuition: unlike ReLU, the gradient on the negative side is small but
    never exactly zero, so a unit pushed into the negative region can still
    be pulled back out.
    See notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (leaky_relu_backward)
    raise NotImplementedError("leaky_relu_backward: not implemented yet")
