"""Copies the course's vector_to_dictionary, whose shapes are hard-coded for one 3-layer network (4-5-3-1).

function: gradient_check
expect: error
feedback: hard-coded
blind_spot: yes
"""
import numpy as np


def _dictionary_to_vector(parameters):
    return np.concatenate([parameters[k].reshape(-1, 1) for k in ("W1", "b1", "W2", "b2", "W3", "b3")])


def _vector_to_dictionary(theta):
    return {"W1": theta[:20].reshape((5, 4)), "b1": theta[20:25].reshape((5, 1)),
            "W2": theta[25:40].reshape((3, 5)), "b2": theta[40:43].reshape((3, 1)),
            "W3": theta[43:46].reshape((1, 3)), "b3": theta[46:47].reshape((1, 1))}


def gradient_check(cost_fn, parameters, grads, epsilon=1e-7):
    parameters_values = _dictionary_to_vector(parameters)
    grad = np.concatenate([grads[k].reshape(-1, 1) for k in ("dW1", "db1", "dW2", "db2", "dW3", "db3")])
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        thetaplus = np.copy(parameters_values)
        thetaplus[i][0] = thetaplus[i][0] + epsilon
        J_plus = cost_fn(_vector_to_dictionary(thetaplus))
        thetaminus = np.copy(parameters_values)
        thetaminus[i][0] = thetaminus[i][0] - epsilon
        J_minus = cost_fn(_vector_to_dictionary(thetaminus))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
