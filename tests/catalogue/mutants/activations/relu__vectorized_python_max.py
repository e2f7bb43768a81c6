"""np.vectorize over Python's max(0, z): the output dtype comes from the first answer, the int 0, so 1.25 becomes 1.

function: relu
expect: failed
feedback: np.vectorize takes its dtype
blind_spot: yes
"""
import numpy as np

relu = np.vectorize(lambda z: max(0, z))
