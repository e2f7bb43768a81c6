"""The quizzes: the bank is well-formed, answers are judged by kind, the answers file and the terminal game."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from grader.quiz import answers as answer_file
from grader.quiz import kinds
from grader.quiz.bank import BankError, load_topic, questions, topics
from grader.quiz.grading import judge_one
from grader.results import Status

STUDENTS = ("", "kim-minji", "lee-junho", "s1234567")
QUESTIONS = [q for s in STUDENTS for q in questions(s)]


def _wrong_answer(question):
    if question.kind == "single":
        return next(l for l in kinds.letters(len(question.choices)) if l != question.answer)
    if question.kind == "multiple":
        labels = kinds.letters(len(question.choices))
        return [l for l in labels if l not in question.answer] or labels[:1]
    if question.kind == "number":
        return float(question.answer) * 3 + 1 + question.tolerance * 10
    if question.kind == "shape":
        return tuple(d + 1 for d in question.answer)
    return "certainly not this"


def test_the_bank_loads_and_ids_are_unique():
    names = [t.name for t in topics()]
    assert len(names) == len(set(names)) >= 6
    ids = [q.id for t in topics() for q in t.questions]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_the_right_answer_passes_and_a_wrong_one_fails_with_the_explanation(question):
    right = kinds.show_answer(question)
    if question.kind == "single":
        right = question.answer
    status, earned, _ = judge_one(question, right)
    assert status is Status.PASSED and earned == question.points, right
    status, earned, feedback = judge_one(question, _wrong_answer(question))
    assert status is Status.FAILED and earned < question.points
    assert question.explanation.strip() in feedback


def test_an_empty_answer_is_not_answered_yet():
    question = questions()[0]
    assert judge_one(question, "")[0] is Status.NOT_ANSWERED
    assert judge_one(question, None)[0] is Status.NOT_ANSWERED


@pytest.mark.parametrize("written, shape", [("(4, 3)", (4, 3)), ("4,3", (4, 3)), ("[4 3]", (4, 3)),
                                            ("( 4 ,3 )", (4, 3)), ("4x3", (4, 3)), ([4, 3], (4, 3)),
                                            ("(5,)", (5,))])
def test_shapes_are_read_with_free_spacing_and_brackets(written, shape):
    assert kinds.read_shape(written) == shape


@pytest.mark.parametrize("written", ["four by three", "(4, -3)", "", "(4.5, 3)"])
def test_unreadable_shapes_say_what_is_expected(written):
    with pytest.raises(kinds.UnreadableAnswer):
        kinds.read_shape(written)


def test_numbers_accept_fractions_and_text():
    assert kinds.read_number("1/4") == 0.25
    assert kinds.read_number(" 0.25 ") == 0.25
    assert kinds.read_number(1) == 1.0
    with pytest.raises(kinds.UnreadableAnswer):
        kinds.read_number("a quarter")


def test_multiple_choice_all_or_nothing_and_partial(tmp_path):
    (tmp_path / "t.toml").write_text('''title = "T"
[[questions]]
id = "strict"
kind = "multiple"
text = "Pick"
choices = ["w", "x", "y", "z"]
answer = ["a", "c"]
explanation = "because"
[[questions]]
id = "lenient"
kind = "multiple"
scoring = "partial"
points = 2
text = "Pick"
choices = ["w", "x", "y", "z"]
answer = ["a", "c"]
explanation = "because"
''')
    strict, lenient = load_topic(tmp_path / "t.toml").questions
    assert judge_one(strict, "a, c")[0] is Status.PASSED
    assert judge_one(strict, ["c", "a"])[0] is Status.PASSED
    assert judge_one(strict, "a")[1] == 0
    assert judge_one(lenient, "a")[1] == 1.0
    assert judge_one(lenient, "a, b")[1] == 0.0
    assert judge_one(lenient, "ac")[0] is Status.PASSED


def test_text_answers_are_normalized(tmp_path):
    (tmp_path / "t.toml").write_text('''title = "T"
[[questions]]
id = "dead"
kind = "text"
text = "Name it"
answer = ["dying ReLU", "dead relu"]
explanation = "because"
''')
    (question,) = load_topic(tmp_path / "t.toml").questions
    for written in ("Dying ReLU", "dying-relu", "  dead   ReLU. ", "DYING_RELU"):
        assert judge_one(question, written)[0] is Status.PASSED, written
    assert judge_one(question, "vanishing gradient")[0] is Status.FAILED


@pytest.mark.parametrize("body, problem", [
    ('[[questions]]\nid = "x"\nkind = "single"\ntext = "t"\nchoices = ["a", "b"]\nanswer = "c"\nexplanation = "e"',
     "answer must be one of the letters a, b"),
    ('[[questions]]\nid = "x"\nkind = "essay"\ntext = "t"\nanswer = "c"\nexplanation = "e"', "kind must be"),
    ('[[questions]]\nid = "x"\nkind = "number"\ntext = "t"\nanswer = "c"\nexplanation = "e"', "must be a number"),
    ('[[generated]]\nid = "x"\nfamily = "nope"\ntext = "t"\nexplanation = "e"', "unknown family"),
    ('[[generated]]\nid = "x"\nfamily = "bias_shape"\ntext = "{oops}"\nexplanation = "e"', "placeholder"),
])
def test_a_malformed_topic_file_names_the_question_and_the_problem(tmp_path, body, problem):
    (tmp_path / "bad.toml").write_text('title = "T"\n' + body + "\n")
    with pytest.raises(BankError, match=problem) as error:
        load_topic(tmp_path / "bad.toml")
    assert "bad.toml" in str(error.value)


def test_two_students_get_different_numbers_and_both_are_graded_right(tmp_path):
    first, second = questions("kim-minji"), questions("lee-junho")
    generated = [(a, b) for a, b in zip(first, second) if a.generated]
    assert len(generated) >= 8
    assert sum(a.text != b.text for a, b in generated) >= len(generated) - 1
    assert [q.text for q in questions("kim-minji")] == [q.text for q in first], "the same student, the same numbers"
    for a, b in generated:
        assert judge_one(a, kinds.show_answer(a))[0] is Status.PASSED
        assert judge_one(b, kinds.show_answer(b))[0] is Status.PASSED


def test_the_exercises_template_lists_every_question_unanswered(root):
    path = root / "exercises" / answer_file.FILENAME
    assert path.read_text() == answer_file.render("", {}), (
        "exercises/quiz_answers.toml is out of date: regenerate it with\n"
        "python -c \"from grader.quiz import answers; from pathlib import Path; "
        "answers.write(Path('exercises/quiz_answers.toml'), '', {})\"")
    read = answer_file.read(path)
    assert set(read.by_id) == {q.id for q in questions()}
    assert all(v == "" for v in read.by_id.values())


def _answers_file(student: str) -> str:
    return answer_file.render(student, {q.id: _as_written(q) for q in questions(student)})


def _as_written(question):
    return question.answer if question.kind == "single" else kinds.show_answer(question)


def _grade(root, folder, *args):
    done = subprocess.run([sys.executable, "-m", "grader", *args, str(folder)], capture_output=True, text=True,
                          cwd=root)
    return done


def _folder_with(tmp_path, root, text: str):
    (tmp_path / "activations.py").write_text((root / "exercises" / "activations.py").read_text())
    (tmp_path / answer_file.FILENAME).write_text(text)
    return tmp_path


def test_quiz_answers_are_graded_next_to_the_code(root, tmp_path):
    folder = _folder_with(tmp_path, root, _answers_file("kim-minji"))
    done = _grade(root, folder, "--format", "json", "-k", "quiz or step")
    report = json.loads(done.stdout)
    quiz = [e for e in report["exercises"] if e["module"].startswith("quiz.")]
    assert len(quiz) == len(questions())
    assert all(e["status"] == "passed" for e in quiz), [e for e in quiz if e["status"] != "passed"][:2]
    assert {e["module"] for e in quiz} == {f"quiz.{t.name}" for t in topics()}
    code = [e for e in report["exercises"] if not e["module"].startswith("quiz.")]
    assert [e["status"] for e in code] == ["not_implemented"]
    assert report["score"] == sum(q.points for q in questions())


def test_another_student_id_on_the_command_line_regrades_the_generated_questions(root, tmp_path):
    folder = _folder_with(tmp_path, root, _answers_file("kim-minji"))
    report = json.loads(_grade(root, folder, "--format", "json", "-k", "quiz", "--student", "lee-junho").stdout)
    wrong = {e["function"] for e in report["exercises"] if e["status"] != "passed"}
    assert wrong and wrong <= {q.id for q in questions() if q.generated}


def test_unanswered_questions_are_not_answered_in_every_format(root):
    report = json.loads(_grade(root, root / "exercises", "--format", "json", "-k", "quiz").stdout)
    assert {e["status"] for e in report["exercises"]} == {"not_answered"}
    text = _grade(root, root / "exercises", "-k", "quiz").stdout
    assert "not answered yet" in text and "quiz questions right" in text


def test_a_malformed_answers_file_names_the_line_and_the_code_is_still_graded(root, tmp_path):
    folder = _folder_with(tmp_path, root, 'student = "kim"\n\n[activations]\nlinear-stack = b\n')
    done = _grade(root, folder, "--format", "json", "-k", "quiz or step")
    report = json.loads(done.stdout)
    assert any("quiz_answers.toml, line 4" in n for n in report["notices"]), report["notices"]
    statuses = {e["module"].startswith("quiz."): e["status"] for e in report["exercises"]}
    assert statuses[False] == "not_implemented"
    text = _grade(root, folder, "-k", "quiz or step").stdout
    assert "line 4" in text and "Traceback" not in text


def test_an_unknown_question_in_the_answers_file_is_a_notice(root, tmp_path):
    folder = _folder_with(tmp_path, root, 'student = "kim"\n[activations]\nno-such-question = "a"\n')
    report = json.loads(_grade(root, folder, "--format", "json", "-k", "quiz").stdout)
    assert any("no-such-question" in n and "line 3" in n for n in report["notices"])


def _quiz(root, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "grader", "quiz", *args], input=stdin, capture_output=True,
                          text=True, cwd=root)


def test_quiz_list_shows_every_topic_with_its_count(root):
    done = _quiz(root, "--list")
    assert done.returncode == 0
    for topic in topics():
        assert any(line.startswith(topic.name) and f"{len(topic.questions)} questions" in line
                   for line in done.stdout.splitlines()), topic.name


def test_playing_with_piped_input_judges_explains_scores_and_saves(root, tmp_path):
    topic = topics()[0]
    asked = questions("kim")[:len(topic.questions)]
    first, second = asked[0], asked[1]
    lines = [_as_written(first), str(_wrong_answer(second))] + [""] * (len(asked) - 2)
    save = tmp_path / "answers.toml"
    done = _quiz(root, topic.name, "--student", "kim", "--save", str(save), stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    assert "✓ right" in done.stdout and "✗ not quite" in done.stdout
    assert second.explanation.strip() in done.stdout
    assert f"Score: {first.points:g}/{first.points + second.points:g} points" in done.stdout
    saved = answer_file.read(save)
    assert saved.student == "kim"
    assert {k for k, v in saved.by_id.items() if v != ""} == {first.id, second.id}


def test_playing_stops_cleanly_at_the_end_of_the_input(root):
    done = _quiz(root, stdin="")
    assert done.returncode == 0 and "Score: 0/0 points" in done.stdout and not done.stderr


def test_an_unknown_topic_is_a_one_line_error(root):
    done = _quiz(root, "nonsense")
    assert done.returncode == 2 and "no quiz topic nonsense" in done.stderr and "Traceback" not in done.stderr


def test_print_shows_this_students_numbers(root):
    kim, lee = _quiz(root, "--print", "--student", "kim").stdout, _quiz(root, "--print", "--student", "lee").stdout
    assert kim != lee
    assert all(q.id in kim for q in questions())


# -- every generated family, against an independent computation over many seeds ---------------------
SEEDS = range(300)


def _network_from(dims):
    import numpy as np

    return {f"{name}{l}": np.zeros((dims[l], dims[l - 1]) if name == "W" else (dims[l], 1))
            for l in range(1, len(dims)) for name in "Wb"}


def test_weight_and_bias_shapes_are_those_of_a_built_network():
    from grader.quiz import families

    for seed in SEEDS:
        w, b = families.weight_shape(seed), families.bias_shape(seed)
        assert w.answer == _network_from(w.values["dims"])[f"W{w.values['l']}"].shape
        assert b.answer == _network_from(b.values["dims"])[f"b{b.values['l']}"].shape


def test_activation_shapes_are_those_of_a_forward_pass():
    import numpy as np

    from grader.quiz import families

    for seed in SEEDS:
        drawn = families.activation_shape(seed)
        dims, l, m = drawn.values["dims"], drawn.values["l"], drawn.values["m"]
        params = _network_from(dims)
        A = np.ones((dims[0], m))
        for k in range(1, l + 1):
            A = np.maximum(0, params[f"W{k}"] @ A + params[f"b{k}"])
        assert drawn.answer == A.shape


def test_parameter_counts_are_those_of_a_built_network():
    from grader.quiz import families

    for seed in SEEDS:
        drawn = families.parameter_count(seed)
        assert drawn.answer == sum(a.size for a in _network_from(drawn.values["dims"]).values())


def test_slopes_agree_with_finite_differences():
    import math

    from grader.quiz import families

    h = 1e-6
    for seed in SEEDS:
        s, t = families.sigmoid_slope(seed), families.tanh_slope(seed)
        z = s.values["z"]
        sig = lambda x: 1 / (1 + math.exp(-x))  # noqa: E731
        assert abs(s.answer - (sig(z + h) - sig(z - h)) / (2 * h)) < 1e-8
        z = t.values["z"]
        assert abs(t.answer - (math.tanh(z + h) - math.tanh(z - h)) / (2 * h)) < 1e-8


def test_inverted_dropout_outputs_are_those_of_the_reference_dropout(root):
    import numpy as np

    from grader.quiz import families
    from grader.reference import library

    dropout = library()["regularization.dropout_backward"]  # A·mask/keep_prob, the same rule as the forward pass
    for seed in SEEDS:
        v = families.inverted_dropout(seed).values
        out = dropout(np.array([v["a"]]), np.array([v["mask"]], dtype=float), v["keep_prob"])
        assert abs(families.inverted_dropout(seed).answer - out[0, v["i"] - 1]) < 1e-12


def test_softmax_entries_are_those_of_the_reference_softmax():
    import numpy as np

    from grader.quiz import families
    from grader.reference import library

    softmax = library()["activations.softmax"]
    for seed in SEEDS:
        drawn = families.softmax_entry(seed)
        probabilities = softmax(np.array(drawn.values["z"]).reshape(3, 1))
        assert abs(drawn.answer - probabilities[drawn.values["k"] - 1, 0]) < 1e-12


def test_initialization_variances_are_those_the_reference_draws():
    import numpy as np

    from grader.quiz import families
    from grader.reference import library

    he, xavier = library()["initialization.initialize_parameters_he"], library()["initialization.initialize_parameters_xavier"]
    for seed in range(5):
        for family, initializer in ((families.he_variance, he), (families.xavier_variance, xavier)):
            drawn = family(seed)
            np.random.seed(seed)
            W = initializer([drawn.values["n_prev"], drawn.values["n"]])["W1"]
            # mean(w²)/σ² has standard deviation sqrt(2/N): eight of them is far beyond bad luck
            assert abs(np.mean(W ** 2) / drawn.answer - 1) < 8 * np.sqrt(2 / W.size)
        for seed2 in SEEDS:
            d = families.he_variance(seed2)
            assert d.answer == 2 / d.values["n_prev"]
            d = families.xavier_variance(seed2)
            assert d.answer == 2 / (d.values["n_prev"] + d.values["n"])


def test_batchnorm_steps_are_those_of_the_reference_batchnorm():
    import numpy as np

    from grader.quiz import families
    from grader.reference import library

    forward = library()["batch_norm.batchnorm_forward"]
    for seed in SEEDS:
        drawn = families.batchnorm_step(seed)
        v = drawn.values
        bn_param = {"mode": "train", "eps": 0.0, "momentum": 0.9, "running_mean": np.zeros((1, 1)),
                    "running_var": np.ones((1, 1))}
        out, _ = forward(np.array([v["z"]]), np.array([[v["gamma"]]]), np.array([[v["beta"]]]), bn_param)
        assert abs(drawn.answer - out[0, v["j"] - 1]) < 1e-9
