"""Where each topic is explained in the study notes (../shared/notes, in Korean)."""

SHALLOW = "notes/1-ng-c1w3-shallow-network.txt: activation functions, their derivatives, random initialization"
LAB10 = "notes/2-sung-kim-lab10-relu-init-dropout.txt: ReLU instead of sigmoid, weight initialization"
ACTIVATIONS = "notes/3-ffnn-activations-softmax.txt: step, sigmoid and the vanishing gradient, tanh, ReLU"
CS231N = "notes/4-cs231n-lec6-activations-init-bn.txt: saturation, dying ReLU, leaky ReLU, initialization"
DEEP = "notes/5-ng-c1w4-deep-network.txt: forward and backward propagation with caches, matrix dimensions"
