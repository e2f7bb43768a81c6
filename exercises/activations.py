"""Activation functions and their derivatives.

An activation g turns a layer's pre-activation Z into its output A = g(Z);
without one, any stack of layers would collapse into a single linear map.
Work in order: the forward functions first (step, sigmoid, tanh, relu,
leaky_relu, elu, softmax), then their ``*_backward`` partners. Every backward
function takes the upstream gradient dA and the cache Z (the pre-activation,
not the output A) and returns dZ = dA * g'(Z), the same shape as Z. All
functions never modify their inputs and return float arrays.

Most activations work element by element. softmax is different: it turns
each column of Z (one example, one row per class) into a probability vector,
so every entry of a column depends on the whole column. The last three
functions go one step further. PReLU learns its negative-side slope, one per
unit, so its backward pass also returns the gradient of that slope.
softmax_cross_entropy joins the softmax output layer to its cost, and their
combined gradient turns out to be simply softmax(Z) - Y.

Gradient scale (the same rule in every module): the cost is the mean over the
m examples. A dZ or dA is per example (no 1/m); a gradient of a parameter
(dW, db, dalpha) is the gradient of the mean cost, so it carries the 1/m.
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


def elu(Z, alpha=1.0):
    """Exponential linear unit: z where z > 0, alpha * (e^z - 1) elsewhere.

    Args:
        Z: float array, any shape, e.g. (n, m).
        alpha: a positive Python number, the value elu approaches for very
            negative z is -alpha. The default is 1.0; use the value passed.
    Returns:
        A float array with the same shape as Z.

    Example: elu([[-2., 0., 3.]])            -> [[-0.864665, 0., 3.]]
             elu([[-2., 0., 3.]], alpha=0.5) -> [[-0.432332, 0., 3.]]
             (e^-2 - 1 = -0.864665)

    The two pieces meet at z = 0 (both give 0), and the "- 1" is what makes
    them meet: alpha * e^z alone would jump from alpha to 0. For alpha = 1 the
    slopes meet too (1 on both sides), so the curve is smooth.

    Large inputs: results must stay finite, and right, for |z| up to 1000
    (elu(1000.) is 1000.: no clipping of Z). np.exp(1000) overflows to inf.
    Choosing the piece with np.where is fine even if the unused piece
    overflowed (a RuntimeWarning is acceptable), but adding masked pieces,
    Z * (Z > 0) + alpha * (np.exp(Z) - 1) * (Z <= 0), is not: inf * 0 is nan.
    Computing np.exp(np.minimum(Z, 0)) avoids the warning too.
    (np.expm1(x) computes e^x - 1 accurately for tiny x; optional.)

    Intuition: like leaky ReLU, ELU keeps a gradient on the negative side, so
    units do not die; unlike it, the negative side saturates at -alpha, which
    makes the outputs closer to zero-mean and robust to noise. The price is an
    exponential, more expensive than a comparison.
    See notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (elu)
    raise NotImplementedError("elu: not implemented yet")


def softmax(Z):
    """Column-wise softmax: every column of Z becomes a probability vector.

    softmax(z)_k = e^(z_k) / sum_j e^(z_j), taken over the entries of one column.

    Args:
        Z: float array of shape (n_classes, m): one column of scores per
            example, one row per class.
    Returns:
        A float array of shape (n_classes, m); every entry is >= 0 and every
        column sums to 1. With a single class (n_classes = 1) every entry is 1.

    Example: softmax([[1., 0.],
                      [2., 0.],
                      [3., 0.]]) -> [[0.090031, 0.333333],
                                     [0.244728, 0.333333],
                                     [0.665241, 0.333333]]
             Adding a constant to a column changes nothing: the column
             [1001, 1002, 1003] has the same softmax as [1, 2, 3].

    The max-subtraction trick: that invariance is also the cure for overflow.
    np.exp(1000) is inf (inf / inf = nan), and every np.exp(-1000) is 0
    (0 / 0 = nan). Subtract each column's maximum first,
    Z - np.max(Z, axis=0, keepdims=True): the largest exponent becomes 0, so
    nothing overflows and each sum is at least 1. Results must stay finite
    for |z| up to 1000.

    Common traps: summing over the whole array or over axis=1 (the rows)
    instead of each column (axis=0); subtracting the maximum of the whole
    array instead of each column's own (a column far below it still
    underflows to 0 / 0); doing Z -= ... in place, which changes the
    caller's Z.

    Intuition: sigmoid turns one score into the probability of "yes";
    softmax turns a column of scores into a probability for each class, so it
    suits an output layer choosing one class out of several.
    See notes/3-ffnn-activations-softmax.txt.
    """
    # YOUR CODE HERE (softmax)
    raise NotImplementedError("softmax: not implemented yet")


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


def elu_backward(dA, cache, alpha=1.0):
    """Backward pass through ELU: dZ = dA * elu'(Z).

    elu'(z) = 1 for z > 0, and alpha * e^z for z <= 0 (the derivative of
    alpha * (e^z - 1)).

    Args:
        dA: upstream gradient, float array of shape (n, m).
        cache: Z, the pre-activation that was fed to elu (shape (n, m)).
        alpha: the same alpha as in the forward pass (default 1.0); use the
            value passed.
    Returns:
        dZ, a new float array of shape (n, m), per example (no 1/m).

    Example: dA = [[2., 2., 2.]], Z = [[-1., 0.5, 3.]]
             alpha = 1.0 -> [[0.735759, 2., 2.]]   (2 * e^-1 = 0.735759)
             alpha = 0.5 -> [[0.367879, 2., 2.]]
             At exactly Z = 0 the two one-sided slopes are 1 and alpha
             (equal when alpha = 1); either is accepted.

    A shortcut: for z <= 0, alpha * e^z = elu(z) + alpha, so the forward
    output can give the slope. But the cache here is Z, not the output.

    Large inputs: results must stay finite for |z| up to 1000; the same
    np.where advice as in elu applies (inf * 0 is nan).

    Intuition: the slope on the negative side shrinks smoothly towards 0 as z
    becomes very negative, never exactly 0 as in ReLU.
    See notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (elu_backward)
    raise NotImplementedError("elu_backward: not implemented yet")


def prelu(Z, alpha):
    """Parametric ReLU: leaky ReLU whose slope is learned, one slope per unit.

    prelu(Z, alpha)[i, j] = Z[i, j] if Z[i, j] > 0, else alpha[i] * Z[i, j].

    Args:
        Z: float array of shape (n, m): n units (rows), m examples (columns).
        alpha: float array of shape (n, 1), the negative-side slope of each
            unit (values in [0, 1)). Row i of Z uses alpha[i], and
            alpha * Z broadcasts the column along each row by itself.
    Returns:
        A float array of shape (n, m).

    Example: Z = [[-2., 1., -4.],        alpha = [[0.1 ],
                  [ 3., -1., -2.]]                [0.25]]
             -> [[-0.2,  1.,   -0.4],
                 [ 3.,  -0.25, -0.5]]

    Common traps: treating alpha as one number (alpha[0], float(alpha),
    alpha.mean()): every unit has its own slope; using alpha.T (a row), which
    pairs slopes with examples instead of units.

    Intuition: leaky ReLU fixes the slope at 0.01; PReLU lets gradient descent
    choose it for each unit, with alpha as one more parameter of the layer
    (in the literature it often starts at 0.25).
    See notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (prelu)
    raise NotImplementedError("prelu: not implemented yet")


def prelu_backward(dA, cache, alpha):
    """Backward pass through PReLU: returns (dZ, dalpha).

    dZ[i, j]  = dA[i, j] where Z[i, j] > 0, alpha[i] * dA[i, j] elsewhere
    dalpha[i] = (1/m) * sum over the examples j where Z[i, j] <= 0 of dA[i, j] * Z[i, j]

    Args:
        dA: upstream gradient, float array of shape (n, m).
        cache: Z, the pre-activation that was fed to prelu (shape (n, m)).
        alpha: the slopes used in the forward pass, shape (n, 1).
    Returns:
        (dZ, dalpha): dZ of shape (n, m), per example (no 1/m); dalpha of
        shape (n, 1), the gradient of the mean cost, so with 1/m (like dW
        and db: alpha is a parameter).

    Example: dA = [[1., 1., 2.],    Z = [[-2., 1., -4.],    alpha = [[0.1 ],
                   [2., 1., 1.]]         [ 3., -1., -2.]]             [0.25]]
             dZ     = [[0.1, 1.,   0.2 ],
                       [2.,  0.25, 0.25]]
             dalpha = [[(1*-2 + 2*-4) / 3],   = [[-3.333333],
                       [(1*-1 + 1*-2) / 3]]      [-1.      ]]

    Why dA * Z: the output alpha * z changes by z when alpha changes by 1.
    Entries with Z > 0 do not involve alpha at all. Sum over the examples
    (axis=1, keepdims=True) and keep one value per unit: (n, 1), not (n, m),
    (1, m) or a single number. At exactly Z = 0, either one-sided slope of dZ
    is accepted (dalpha gets 0 from that entry either way).

    Intuition: each unit's slope is learned from exactly the examples that
    fell on its negative side.
    See notes/4-cs231n-lec6-activations-init-bn.txt and
    notes/5-ng-c1w4-deep-network.txt (gradients of parameters carry the 1/m).
    """
    # YOUR CODE HERE (prelu_backward)
    raise NotImplementedError("prelu_backward: not implemented yet")


def softmax_cross_entropy(Z, Y):
    """Softmax output layer and cross-entropy cost together: returns (cost, dZ).

    cost = -(1/m) * sum over all entries of Y * log(softmax(Z))
    dZ   = softmax(Z) - Y

    Args:
        Z: float array of shape (n_classes, m), the output layer's scores.
        Y: one-hot labels of shape (n_classes, m): each column holds a single
            1.0, in the row of the example's class.
    Returns:
        (cost, dZ): cost a single number (a float, np.float64 or 0-d array),
        the mean over the m examples; dZ of shape (n_classes, m), per example
        (no 1/m: dZ = m * d cost / dZ, as for every dZ).

    Example: Z = [[2., 0.],    Y = [[1., 0.],
                  [1., 0.],         [0., 0.],
                  [0.1, 0.]]        [0., 1.]]
             softmax(Z) = [[0.659001, 0.333333], [0.242433, 0.333333], [0.098566, 0.333333]]
             cost = (-log 0.659001 - log 0.333333) / 2 = 0.757821
             dZ   = [[-0.340999, 0.333333], [0.242433, 0.333333], [0.098566, -0.666667]]

    Large inputs: for |z| up to 1000 both must stay finite and correct. Even
    with the max subtracted, softmax rounds a class far below the column's
    maximum to exactly 0, and log(0) = -inf (and 0 * -inf = nan). Take the
    log analytically instead, the log-sum-exp trick:
        log softmax(Z) = (Z - max) - log(sum(e^(Z - max))), max per column.
    Z = [[1000.], [-1000.]] with Y = [[0.], [1.]] costs exactly 2000.0.
    Clipping the probabilities (or adding a small epsilon) before the log is
    not enough: it caps each example's loss near -log(epsilon).

    Common traps: dividing dZ by m; summing the cost without dividing by m;
    dividing by n_classes (Y.shape[0]) instead of m (Y.shape[1]); normalizing
    softmax over the rows.

    Intuition: the gradient softmax(Z) - Y is "predicted minus true", just as
    AL - Y for a sigmoid output with binary cross-entropy: the exponentials of
    softmax and the log of the cost cancel.
    See notes/3-ffnn-activations-softmax.txt.
    """
    # YOUR CODE HERE (softmax_cross_entropy)
    raise NotImplementedError("softmax_cross_entropy: not implemented yet")
