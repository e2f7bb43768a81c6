"""nn-grader: property-based grading for neural-network fundamentals in numpy."""

__version__ = "0.1.0"
