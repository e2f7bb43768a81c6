"""nn-grader: property-based grading for neural-network fundamentals in numpy."""
import os as _os
import sys as _sys

__version__ = "0.1.0"

# The grader's own arithmetic is on arrays of a few hundred numbers, where a BLAS thread pool gains
# nothing; its idle threads spin on the judges' CPUs instead (about 3% of a whole-curriculum run).
# So, unless the environment says otherwise, NumPy gets one thread when the grader loads it first.
if "numpy" not in _sys.modules:
    for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        _os.environ.setdefault(_variable, "1")
