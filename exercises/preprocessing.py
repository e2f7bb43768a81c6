"""Data preprocessing: zero-centring, normalization, PCA and whitening.

Before a network sees the data, it usually helps to put every input feature
on a common footing. Here, as everywhere in this course, features are ROWS
and examples are COLUMNS: X has shape (n, m), n features of m examples. So
every statistic of a feature (its mean, its standard deviation) is taken
along axis=1, over the m examples, and kept as a column of shape (n, 1) with
keepdims=True, which then broadcasts back over the m columns.

The steps build on each other (see notes/4-cs231n-lec6-activations-init-bn.txt,
the part on data preprocessing):
  1. zero_center: subtract each feature's mean, so the data sits around 0.
     Inputs that are all positive make every weight of a unit move in the
     same direction at each step (the zig-zag of not-zero-centred data).
  2. normalize: also divide each feature by its standard deviation, so no
     feature dominates just because of its unit (metres vs millimetres).
     For images this step is often skipped: pixels already share a range.
  3. pca: find the directions along which the data varies most and keep
     the first k of them, a smaller description of the same data.
  4. whiten: rotate onto those directions and rescale every one of them to
     variance 1, so the features become uncorrelated with unit variance.

None of these functions may modify X: X -= mean changes the caller's array.
All of them return float arrays of exactly the documented shapes.
"""
import numpy as np


def zero_center(X):
    """Subtract the mean of every feature (row) from it.

    Formula: mean[i] = (1/m) * sum_j X[i, j];  X_centered = X - mean.

    Args:
        X: float array (n, m): n features (rows) of m examples (columns).
    Returns:
        (X_centered, mean): X_centered has shape (n, m) and every row of it
        has mean 0; mean has shape (n, 1), one number per feature.

    Example: X = [[1., 2., 3.],        X_centered = [[-1., 0., 1.],
                  [10., 10., 40.]]                   [-10., -10., 20.]]
             mean = [[2.], [20.]]

    Traps: np.mean(X, axis=1) averages over the examples, as it should, but
    returns shape (n,); keep the axis (keepdims=True) so the mean is a column
    that broadcasts over the m columns. axis=0 would average the features of
    each example instead (the course's other convention, examples as rows).
    And X -= mean would change the caller's X: build a new array.
    Intuition: only differences between examples carry information; a common
    offset just pushes every unit's input to one side.
    See notes/4-cs231n-lec6-activations-init-bn.txt (data preprocessing).
    """
    # YOUR CODE HERE (zero_center)
    raise NotImplementedError("zero_center: not implemented yet")


def normalize(X):
    """Give every feature (row) mean 0 and standard deviation 1.

    Formula: X_norm = (X - mean) / std, with mean and std taken per feature
    over the m examples; std is the population standard deviation,
    sqrt((1/m) * sum_j (X[i, j] - mean[i])**2), which is np.std with its
    default ddof=0 (ddof=1 would divide by m - 1).

    Args:
        X: float array (n, m).
    Returns:
        (X_norm, mean, std): X_norm (n, m); mean and std (n, 1).

    Example: X = [[1., 3.],     X_norm = [[-1., 1.],     mean = [[2.], [5.]]
                  [5., 5.]]               [ 0., 0.]]     std  = [[1.], [0.]]

    Constant features: the second row above never changes, its std is 0, and
    0 / 0 is nan. A constant feature must come out as 0 (no nan, no inf):
    divide by 1 where std is 0, for instance. The std you return for it may
    be 0 or 1. With m = 1 every feature is constant. Adding an epsilon to std
    is not the way: it shrinks every other feature a little, and the result
    should have standard deviation 1 to at least five digits. Nor is a large
    threshold: a feature whose values differ by 1e-5 is not constant, and
    std < 1e-4 would leave it unscaled.
    Numerics: around 1e6, var = mean(X**2) - mean(X)**2 subtracts two huge,
    nearly equal numbers and loses its digits; centre first (np.std does).
    See notes/4-cs231n-lec6-activations-init-bn.txt (data preprocessing).
    """
    # YOUR CODE HERE (normalize)
    raise NotImplementedError("normalize: not implemented yet")


def pca(X, k):
    """Principal component analysis: the k directions of largest variance.

    Recipe: centre X (Xc = X - mean), form the covariance matrix
    cov = Xc @ Xc.T / m (shape (n, n)), and find its eigenvectors: they are
    the principal directions, and each eigenvalue is the variance of the
    data along its direction. Keep the k eigenvectors with the largest
    eigenvalues, in descending order, as the columns of `components`, and
    project: X_reduced = components.T @ Xc.

    Args:
        X: float array (n, m).
        k: number of components, 1 <= k <= n.
    Returns:
        (X_reduced, components): X_reduced (k, m), one row per component,
        one column per example; components (n, k) with orthonormal columns.

    Example: points spread along the diagonal,
        X = [[-2., -1., 0., 1., 2.],
             [-2., -1., 0., 1., 2.]]  with k = 1
        gives components = [[0.7071], [0.7071]] (or its negative) and
        X_reduced = [[-2.828, -1.414, 0., 1.414, 2.828]] (with the same sign).

    Tools: np.linalg.eigh(cov) returns eigenvalues in ASCENDING order, so
    reverse it; np.linalg.eig returns them in no particular order (sort
    them), and with fewer examples than features it may even return complex
    numbers whose imaginary parts are ~1e-17 (keep np.real of them);
    np.linalg.svd(cov) returns U with columns already in descending order. A direction's sign is arbitrary (u and -u span the same line);
    any sign is accepted, as long as X_reduced uses the same components.
    Traps: forgetting to centre (you get the directions of X @ X.T, pulled
    towards the mean), directions as rows instead of columns, k hard-coded.
    See notes/4-cs231n-lec6-activations-init-bn.txt (data preprocessing).
    """
    # YOUR CODE HERE (pca)
    raise NotImplementedError("pca: not implemented yet")


def whiten(X, eps=1e-5):
    """PCA whitening: decorrelate the features and give each direction variance 1.

    Formula: with the eigenvalues lam (variances) and eigenvectors U (columns)
    of the covariance of the centred data Xc = X - mean,
        X_white = diag(1 / sqrt(lam + eps)) @ U.T @ Xc.
    First rotate onto the principal axes (U.T @ Xc: uncorrelated rows whose
    variances are lam), then divide each row by its standard deviation
    sqrt(lam), with eps inside the square root. lam has shape (n,): make it
    a column (np.sqrt(lam + eps)[:, None]) so that it divides the rows.

    Args:
        X: float array (n, m).
        eps: small positive number added to every variance (default 1e-5);
            use the value passed in.
    Returns:
        X_white, shape (n, m). Its covariance X_white @ X_white.T / m is
        diagonal with entries lam / (lam + eps): close to the identity.

    Example: X = [[-3., 3.], [1., 1.]] has variances lam = [9., 0.];
        X_white is about [[-1., 1.], [0., 0.]] (either sign, and the
        rows may come in another order).

    Why eps: a direction of tiny variance would be blown up by 1 / sqrt(lam),
    amplifying noise; and with fewer examples than features, or a duplicated
    feature, some lam are exactly 0 (or -1e-17 after rounding), where
    1 / sqrt(lam) is inf or nan. sqrt(lam + eps) stays finite; sqrt(lam) + eps
    does not, and divides by the wrong amount.
    Intuition: after whitening no direction is special; the data is a round
    cloud. The covariance may use 1/m or 1/(m - 1): both are accepted.
    See notes/4-cs231n-lec6-activations-init-bn.txt (data preprocessing).
    """
    # YOUR CODE HERE (whiten)
    raise NotImplementedError("whiten: not implemented yet")
