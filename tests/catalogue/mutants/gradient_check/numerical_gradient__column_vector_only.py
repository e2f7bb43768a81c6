"""Course-style loop written for a column vector: only x[i][0] is nudged, and its slope fills row i.

function: numerical_gradient
expect: failed
feedback: first column
blind_spot: yes
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    num_parameters = x.shape[0]
    gradapprox = np.zeros(x.shape)
    for i in range(num_parameters):
        thetaplus = np.copy(x)
        thetaplus[i][0] = thetaplus[i][0] + epsilon
        J_plus = f(thetaplus)
        thetaminus = np.copy(x)
        thetaminus[i][0] = thetaminus[i][0] - epsilon
        J_minus = f(thetaminus)
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    return gradapprox
