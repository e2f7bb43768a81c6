"""Course style: dictionary_to_vector and vector_to_dictionary (generic shapes), a column theta, thetaplus/thetaminus copies.

function: gradient_check
expect: passed
"""
import numpy as np


def _to_vector(d, keys):
    return np.concatenate([d[k].reshape((-1, 1)) for k in keys], axis=0)


def _to_dictionary(theta, keys, shapes):
    out, start = {}, 0
    for k, shape in zip(keys, shapes):
        size = int(np.prod(shape))
        out[k] = theta[start:start + size].reshape(shape)
        start += size
    return out


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    L = len(parameters) // 2
    keys = [name + str(l) for l in range(1, L + 1) for name in ("W", "b")]
    shapes = [parameters[k].shape for k in keys]
    parameters_values = _to_vector(parameters, keys)
    grad = _to_vector(grads, ["d" + k for k in keys])
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        thetaplus = np.copy(parameters_values)
        thetaplus[i][0] = thetaplus[i][0] + epsilon
        J_plus = cost_fn(_to_dictionary(thetaplus, keys, shapes))
        thetaminus = np.copy(parameters_values)
        thetaminus[i][0] = thetaminus[i][0] - epsilon
        J_minus = cost_fn(_to_dictionary(thetaminus, keys, shapes))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
