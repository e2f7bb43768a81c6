"""Real learners' files: notebook habits, helper modules, and bugs that stay where they are."""
from __future__ import annotations

import shutil

from grader.curriculum import CURRICULUM
from grader.grading import grade
from grader.results import Status


def _copy_solutions(root, folder):
    for module in CURRICULUM:
        shutil.copy(root / "solutions" / f"{module.name}.py", folder / f"{module.name}.py")


def _edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_plotting_from_a_notebook_does_not_get_in_the_way(root, tmp_path):
    _copy_solutions(root, tmp_path)
    network = tmp_path / "deep_network.py"
    _edit(network, "import numpy as np\n", "import numpy as np\nimport matplotlib.pyplot as plt\n")
    _edit(network, "    return parameters, costs", "    plt.plot(np.squeeze(costs))\n    fig, ax = plt.subplots()\n"
          "    ax.set_title('cost')\n    plt.show()\n    return parameters, costs")
    report = grade(str(tmp_path), only=["deep_network.L_layer_model"])
    assert report.exercises[0].status is Status.PASSED, report.exercises[0].feedback


def test_notebook_magics_and_course_helpers_are_named(root, tmp_path):
    _copy_solutions(root, tmp_path)
    _edit(tmp_path / "activations.py", "import numpy as np\n", "%matplotlib inline\nimport numpy as np\n")
    _edit(tmp_path / "initialization.py", "import numpy as np\n", "import numpy as np\nfrom dnn_utils_v2 import relu\n")
    report = grade(str(tmp_path), select="activations.relu or initialize_parameters_deep or linear_forward")
    by_name = {e.qualname: e for e in report.exercises}
    assert "Jupyter notebook command" in by_name["activations.relu"].feedback
    assert "from activations import" in by_name["initialization.initialize_parameters_deep"].feedback
    assert by_name["deep_network.linear_forward"].status is Status.PASSED


def test_a_bug_in_sigmoid_fails_sigmoid_alone(root, tmp_path):
    _copy_solutions(root, tmp_path)
    _edit(tmp_path / "activations.py", "return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))", "return 0.5 + 0 * Z")
    report = grade(str(tmp_path), select="sigmoid or linear_activation or L_model or predict")
    for exercise in report.exercises:
        expected = Status.FAILED if exercise.function == "sigmoid" else Status.PASSED
        assert exercise.status is expected, exercise.feedback


def test_own_helper_modules_and_prints_at_import_work(root, tmp_path):
    (tmp_path / "helpers.py").write_text("import numpy as np\n\ndef positive_part(Z):\n    return np.maximum(Z, 0)\n")
    (tmp_path / "activations.py").write_text(
        "from helpers import positive_part\nimport numpy as np\n\n"
        "def relu(Z):\n    return positive_part(Z)\n\n"
        "print('relu of -1 is', relu(np.array([[-1.0]])))\n")
    report = grade(str(tmp_path), only=["activations.relu", "activations.step"])
    statuses = {e.function: e.status for e in report.exercises}
    assert statuses == {"step": Status.MISSING, "relu": Status.PASSED}


def test_course_style_activation_unpacking_is_explained(tmp_path):
    (tmp_path / "deep_network.py").write_text(
        "import numpy as np\nfrom activations import sigmoid, relu, tanh\n\n"
        "def linear_activation_forward(A_prev, W, b, activation):\n"
        "    Z = np.dot(W, A_prev) + b\n"
        "    A, activation_cache = sigmoid(Z) if activation == 'sigmoid' else relu(Z)\n"
        "    return A, ((A_prev, W, b), activation_cache)\n")
    report = grade(str(tmp_path), only=["deep_network.linear_activation_forward"])
    assert report.exercises[0].status is not Status.PASSED
    assert "return A alone" in report.exercises[0].feedback, report.exercises[0].feedback


def test_a_default_written_as_a_float_is_still_the_default(root, tmp_path):
    _copy_solutions(root, tmp_path)
    _edit(tmp_path / "deep_network.py", "num_iterations=3000", "num_iterations=3000.0")
    report = grade(str(tmp_path), only=["deep_network.L_layer_model"])
    assert report.exercises[0].status is Status.PASSED, report.exercises[0].feedback


def test_messages_do_not_leak_the_scratch_path(tmp_path):
    (tmp_path / "activations.py").write_text(
        "import numpy as np\n\ndef relu(Z):\n    return np.load('weights.npy')\n")
    report = grade(str(tmp_path), only=["activations.relu"])
    feedback = report.exercises[0].feedback
    assert "weights.npy" in feedback and "nn-grader-" not in feedback, feedback
