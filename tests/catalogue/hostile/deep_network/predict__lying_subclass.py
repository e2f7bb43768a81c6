"""Returns inverted predictions inside an ndarray subclass whose ==, ufuncs and numpy comparison helpers all claim equality.

function: predict
expect: failed
feedback: subclass
"""
import numpy as np


class _Agreeable(np.ndarray):
    """Compares equal (and close) to anything."""

    def __eq__(self, other):
        return np.ones(self.shape, dtype=bool)

    def __ne__(self, other):
        return np.zeros(self.shape, dtype=bool)

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        shape = np.broadcast_shapes(*(np.shape(x) for x in inputs))
        if ufunc in (np.equal, np.less_equal, np.greater_equal, np.isfinite, np.logical_and):
            return np.ones(shape, dtype=bool)
        if ufunc in (np.not_equal, np.less, np.greater, np.isnan, np.isinf):
            return np.zeros(shape, dtype=bool)
        if ufunc in (np.subtract, np.absolute):
            return np.zeros(shape)
        plain = [x.view(np.ndarray) if isinstance(x, np.ndarray) else x for x in inputs]
        return getattr(ufunc, method)(*plain, **kwargs)

    def __array_function__(self, func, types, args, kwargs):
        if func in (np.allclose, np.array_equal, np.array_equiv):
            return True
        if func is np.isclose:
            return np.ones(self.shape, dtype=bool)
        return super().__array_function__(func, types, args, kwargs)


def predict(X, parameters):
    AL, _ = L_model_forward(X, parameters)
    wrong = (AL <= 0.5).astype(float)  # every prediction inverted
    return wrong.view(_Agreeable)
