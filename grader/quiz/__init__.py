"""Conceptual quizzes: a question bank kept as data, answers judged by kind, some questions generated.

* ``bank/<topic>.toml``: the questions, one file per topic, editable by instructors (see README);
* :mod:`grader.quiz.bank`: reads and validates them;
* :mod:`grader.quiz.kinds`: how an answer of each kind is read and judged;
* :mod:`grader.quiz.families`: the generated families (numbers drawn per learner, answers computed);
* :mod:`grader.quiz.answers`: the learner's answers file (read with line numbers on errors, written back);
* :mod:`grader.quiz.grading`: answers to results in the grader's report;
* :mod:`grader.quiz.play`: the questions asked one by one in a terminal.
"""

# Here, not in answers.py: whether a folder has quizzes is asked before the sandbox starts, and
# answers.py loads the question bank (and NumPy) with it.
ANSWERS_FILENAME = "quiz_answers.toml"
