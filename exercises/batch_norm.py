"""Batch normalization: each unit normalized over the batch.

Deep networks train badly when the inputs of a layer drift in scale and
centre as the layers below them learn. Batch normalization fixes the scale
by force, inside the network: for every unit (every row of Z), it takes the
m examples of the mini-batch, subtracts their mean and divides by their
standard deviation, so the unit's values have mean 0 and variance 1 over the
batch. Then it lets the network undo as much of that as is useful, with a
learned scale gamma and shift beta per unit: out = gamma * Z_hat + beta. It
is usually placed between the linear step and the activation
(Z -> batch norm -> ReLU), which keeps the pre-activations out of the flat,
saturated parts of sigmoid and tanh.

Conventions (the same as everywhere in this course): units are rows,
examples are columns. Z is (n, m), so every statistic is taken along axis 1
and kept as an (n, 1) column (keepdims=True). CS231n's code stores examples
in rows, (N, D), and normalizes along axis 0: copying it as it is normalizes
the wrong way here.

Training and testing differ. At training time the statistics come from the
batch, and a running average of them is kept for later. At test time there
may be a single example (its batch variance is 0), so the running averages
are used instead.

Work in order: batchnorm_forward, then batchnorm_backward. Neither function
modifies Z, gamma, beta or dout; the only thing that changes is the running
statistics in bn_param, in training mode.

See notes/4-cs231n-lec6-activations-init-bn.txt (batch normalization).
"""
import numpy as np


def batchnorm_forward(Z, gamma, beta, bn_param):
    """Batch normalization, forward: normalize each row of Z over the batch, then scale and shift.

    Args:
        Z: (n, m) float array: n units (rows), m examples (columns).
        gamma: (n, 1) scale, one per unit.
        beta: (n, 1) shift, one per unit.
        bn_param: a dict with
            "mode": "train" or "test";
            "eps": a small number against division by 0 (1e-5 when absent);
            "momentum": how slowly the running statistics move (0.9 when absent);
            "running_mean", "running_var": (n, 1) running statistics.
    Returns:
        (out, cache): out is (n, m); cache is whatever your batchnorm_backward
        needs, for instance the tuple (Z, Z_hat, mu, var, gamma, beta, eps),
        built from plain data: a tuple, list or dict of arrays and numbers
        (the grader can't pass on objects of your own classes, namedtuples
        included). A test-mode cache is never used: None is fine.

    Train mode, per row (mean and variance over the m examples, axis 1):
        mu    = mean of the row                         (n, 1)
        var   = mean of (Z - mu)**2, the biased variance (n, 1); np.var does it
        Z_hat = (Z - mu) / sqrt(var + eps)               (n, m)
        out   = gamma * Z_hat + beta
    and the running statistics, stored back in bn_param (assign new arrays to
    its keys, or write into its arrays: both are fine):
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var  = momentum * running_var  + (1 - momentum) * var
    Test mode uses the running statistics instead of the batch's and leaves
    bn_param as it is:
        out = gamma * (Z - running_mean) / sqrt(running_var + eps) + beta

    Example (train, eps and momentum absent, running_mean 0, running_var 1):
        Z = [[1., 2., 3.], [4., 4., 4.]], gamma = [[1.], [2.]], beta = [[0.], [1.]]
        out = [[-1.224736, 0., 1.224736], [1., 1., 1.]]
        running_mean -> [[0.2], [0.4]], running_var -> [[0.966667], [0.9]]
      The second unit is constant: var = 0, so Z_hat = 0 and out = beta. That
      is what eps is for; it goes INSIDE the square root.

    Intuition: after normalization every unit has mean 0 and variance
    var / (var + eps), just under 1, whatever the layer below did; gamma and
    beta give the network back the freedom to choose the scale it wants.
    With mu and var taken over the batch, each example's output depends on
    the other examples in the batch: a gentle noise that also regularizes.

    Common traps:
      - normalizing over axis 0 (the examples) instead of axis 1 (CS231n's
        data is transposed compared with ours);
      - np.var(..., ddof=1) or np.std squared with ddof=1: batch norm uses the
        biased variance (divide by m);
      - eps outside the square root, (Z - mu) / (np.sqrt(var) + eps);
      - the momentum rule upside down: momentum multiplies the OLD running value;
      - forgetting to update the running statistics, or updating them in test mode;
      - using the batch's statistics in test mode (a single test example has
        variance 0);
      - changing Z in place (Z -= mu): the caller still needs its Z;
      - bn_param.pop("eps", 1e-5): it takes eps out of the caller's bn_param.
        Read settings with bn_param.get("eps", 1e-5) (setdefault is fine too).
    See notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (batchnorm_forward)
    raise NotImplementedError("batchnorm_forward: not implemented yet")


def batchnorm_backward(dout, cache):
    """Batch normalization, backward: the gradients of a train-mode batchnorm_forward.

    Args:
        dout: (n, m) upstream gradient, per example (dJ/d out times m, no 1/m).
        cache: what YOUR batchnorm_forward returned (train mode). The grader
            makes it with your own batchnorm_forward; until that one works,
            it uses the tuple (Z, Z_hat, mu, var, gamma, beta, eps).
    Returns:
        (dZ, dgamma, dbeta): dZ is (n, m), per example like dout; dgamma and
        dbeta are (n, 1) and are gradients of the mean cost, so they carry
        the 1/m, like dW and db elsewhere in the course.

    Formulas (sums and means over the m examples, axis 1, keepdims=True):
        dbeta  = (1/m) * sum(dout)
        dgamma = (1/m) * sum(dout * Z_hat)
        dZ_hat = dout * gamma
        dZ     = (dZ_hat - mean(dZ_hat) - Z_hat * mean(dZ_hat * Z_hat)) / sqrt(var + eps)
    The last line is the chain rule through three paths: Z reaches Z_hat
    directly, through mu, and through var. (Derive it once on paper with a
    computational graph: x - mu, its square, the mean, the square root,
    the reciprocal, the product; then simplify.)

    Example, the cache of the batchnorm_forward example (eps = 1e-5):
        dout = [[3., 0., 0.], [1., 2., 3.]]
        dZ     = [[0.612395, -1.224736, 0.61234], [-632.455532, 0., 632.455532]]
        dgamma = [[-1.224736], [0.]]
        dbeta  = [[1.], [2.]]
      The constant second unit has Z_hat = 0 but a large dZ: with var = 0
      the only thing between Z and out is 1 / sqrt(eps).

    Intuition: out does not change when the same number is added to a
    whole row of Z (the mean absorbs it), nor, apart from eps, when the row
    is scaled. So a constant upstream gradient (every example pushing the
    same way) must give dZ = 0. That is a quick test of your dZ: the naive
    dZ = dout * gamma / sqrt(var + eps), which forgets that mu and var
    depend on Z, fails it.

    Common traps:
      - dgamma and dbeta without the 1/m (CS231n's code has none, its costs
        are sums; ours are means);
      - the naive dZ above;
      - (n,) instead of (n, 1): sum with keepdims=True;
      - dropping eps from the square root in the backward pass (a constant
        unit then gives inf or nan);
      - a fixed eps = 1e-5 instead of the eps of the forward pass (keep it in
        the cache);
      - dividing by gamma anywhere (say, to get Z_hat back from out): gamma = 0
        is a valid scale, so keep Z_hat itself in the cache.
    See notes/4-cs231n-lec6-activations-init-bn.txt.
    """
    # YOUR CODE HERE (batchnorm_backward)
    raise NotImplementedError("batchnorm_backward: not implemented yet")
