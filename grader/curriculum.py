"""The exercise contract: modules, functions and signatures, in teaching order.

This table is the one place that says what a submission must define. The
stubs in ``exercises/``, the reference in ``solutions/`` and the checks in
``grader/checks/`` all follow it (``tests/test_layout.py`` keeps them in step).
"""
from __future__ import annotations

from dataclasses import dataclass

REQUIRED = object()
"""Marks a parameter without a default value."""


@dataclass(frozen=True)
class Parameter:
    name: str
    default: object = REQUIRED

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def render(self) -> str:
        return self.name if self.required else f"{self.name}={self.default!r}"


@dataclass(frozen=True)
class FunctionSpec:
    """One graded function.

    ``draws_random`` marks functions that consume NumPy's global generator;
    when learner code calls the reference version of one, the generator's
    state travels with the call so that the draw happens exactly as it would
    in the learner's own process. ``updates_in_place`` marks the one function
    the contract lets modify its first argument (``update_parameters``).
    """

    module: str
    name: str
    parameters: tuple[Parameter, ...]
    points: int
    draws_random: bool = False
    updates_in_place: bool = False

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.name}"

    @property
    def signature(self) -> str:
        return f"{self.name}({', '.join(p.render() for p in self.parameters)})"


@dataclass(frozen=True)
class ModuleSpec:
    name: str
    title: str
    functions: tuple[FunctionSpec, ...]


def _params(*specs: str | tuple[str, object]) -> tuple[Parameter, ...]:
    return tuple(Parameter(s) if isinstance(s, str) else Parameter(*s) for s in specs)


def _module(name: str, title: str, *functions: tuple) -> ModuleSpec:
    specs = []
    for entry in functions:
        fname, params, points, *flags = entry
        specs.append(FunctionSpec(name, fname, params, points, draws_random="random" in flags,
                                  updates_in_place="in_place" in flags))
    return ModuleSpec(name, title, tuple(specs))


CURRICULUM: tuple[ModuleSpec, ...] = (
    _module(
        "activations",
        "Activation functions and their derivatives",
        ("step", _params("Z"), 1),
        ("sigmoid", _params("Z"), 1),
        ("tanh", _params("Z"), 1),
        ("relu", _params("Z"), 1),
        ("leaky_relu", _params("Z", ("alpha", 0.01)), 1),
        ("elu", _params("Z", ("alpha", 1.0)), 1),
        ("softmax", _params("Z"), 2),
        ("sigmoid_backward", _params("dA", "cache"), 1),
        ("tanh_backward", _params("dA", "cache"), 1),
        ("relu_backward", _params("dA", "cache"), 1),
        ("leaky_relu_backward", _params("dA", "cache", ("alpha", 0.01)), 1),
        ("elu_backward", _params("dA", "cache", ("alpha", 1.0)), 1),
        ("prelu", _params("Z", "alpha"), 1),
        ("prelu_backward", _params("dA", "cache", "alpha"), 2),
        ("softmax_cross_entropy", _params("Z", "Y"), 2),
    ),
    _module(
        "initialization",
        "Random initialization and symmetry breaking",
        ("initialize_parameters", _params("n_x", "n_h", "n_y"), 2, "random"),
        ("initialize_parameters_deep", _params("layer_dims"), 2, "random"),
        ("initialize_parameters_zeros", _params("layer_dims"), 1),
        ("initialize_parameters_lecun", _params("layer_dims"), 2, "random"),
        ("initialize_parameters_xavier", _params("layer_dims"), 2, "random"),
        ("initialize_parameters_he", _params("layer_dims"), 2, "random"),
    ),
    _module(
        "shallow_network",
        "One hidden layer: a tanh layer, a sigmoid output, and learning XOR",
        ("layer_sizes", _params("X", "Y"), 1),
        ("forward_propagation", _params("X", "parameters"), 2),
        ("compute_cost", _params("A2", "Y"), 1),
        ("backward_propagation", _params("parameters", "cache", "X", "Y"), 3),
        ("update_parameters", _params("parameters", "grads", ("learning_rate", 1.2)), 1, "in_place"),
        (
            "nn_model",
            _params("X", "Y", "n_h", ("num_iterations", 10000), ("learning_rate", 1.2), ("print_cost", False)),
            3,
        ),
        ("predict", _params("parameters", "X"), 1),
    ),
    _module(
        "deep_network",
        "An L-layer network: forward, cost, backward, training",
        ("linear_forward", _params("A", "W", "b"), 1),
        ("linear_activation_forward", _params("A_prev", "W", "b", "activation"), 1),
        ("L_model_forward", _params("X", "parameters"), 2),
        ("compute_cost", _params("AL", "Y"), 1),
        ("linear_backward", _params("dZ", "cache"), 2),
        ("linear_activation_backward", _params("dA", "cache", "activation"), 1),
        ("L_model_backward", _params("AL", "Y", "caches"), 3),
        ("update_parameters", _params("parameters", "grads", "learning_rate"), 1, "in_place"),
        (
            "L_layer_model",
            _params(
                "X", "Y", "layers_dims",
                ("learning_rate", 0.0075), ("num_iterations", 3000), ("print_cost", False),
            ),
            3,
        ),
        ("predict", _params("X", "parameters"), 1),
    ),
    _module(
        "regularization",
        "Fighting overfitting: L2 regularization and dropout",
        ("compute_cost_with_regularization", _params("AL", "Y", "parameters", "lambd"), 1),
        ("linear_backward_with_regularization", _params("dZ", "cache", "lambd"), 2),
        ("dropout_forward", _params("A", "keep_prob", ("training", True)), 2, "random"),
        ("dropout_backward", _params("dA", "mask", "keep_prob"), 1),
    ),
    _module(
        "batch_norm",
        "Batch normalization: each unit normalized over the batch",
        ("batchnorm_forward", _params("Z", "gamma", "beta", "bn_param"), 3),
        ("batchnorm_backward", _params("dout", "cache"), 3),
    ),
    _module(
        "preprocessing",
        "Data preprocessing: zero-centring, normalization, PCA and whitening",
        ("zero_center", _params("X"), 1),
        ("normalize", _params("X"), 1),
        ("pca", _params("X", "k"), 2),
        ("whiten", _params("X", ("eps", 1e-5)), 2),
    ),
    _module(
        "gradient_check",
        "Gradient checking: trusting a backward pass by finite differences",
        ("numerical_gradient", _params("f", "x", ("epsilon", 1e-7)), 2),
        ("relative_difference", _params("grad", "grad_approx"), 1),
        ("gradient_check", _params("cost_fn", "parameters", "grads", ("epsilon", 1e-7)), 2),
    ),
    _module(
        "building_blocks",
        "Building blocks: maxout units and skip connections",
        ("maxout_forward", _params("A_prev", "W", "b"), 2),
        ("maxout_backward", _params("dA", "cache"), 2),
        ("residual_forward", _params("A_prev", "W", "b"), 1),
        ("residual_backward", _params("dA", "cache"), 2),
    ),
)

MODULES: dict[str, ModuleSpec] = {m.name: m for m in CURRICULUM}
FUNCTIONS: dict[str, FunctionSpec] = {f.qualname: f for m in CURRICULUM for f in m.functions}


def function(qualname: str) -> FunctionSpec:
    """The spec of ``"module.function"``; KeyError if the contract has no such function."""
    return FUNCTIONS[qualname]
