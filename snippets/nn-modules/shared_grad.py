# --8<-- [start:code]
import copy

import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(8, 8)
tied = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    shared,
    nn.ReLU(),
    shared,
    nn.ReLU(),
    nn.Linear(8, 1),
)
untied = copy.deepcopy(tied)  # deepcopy keeps the sharing...
# ...so give position 4 its own copy: equal values, separate Parameters
untied[4] = copy.deepcopy(untied[2])

X = torch.rand(3, 4)
print("same outputs:", torch.allclose(tied(X), untied(X)))
tied(X).sum().backward()
untied(X).sum().backward()
print("tied grad       :", shared.weight.grad[0, :3])
print("untied grad at 2:", untied[2].weight.grad[0, :3])
print("untied grad at 4:", untied[4].weight.grad[0, :3])
grad_sum = untied[2].weight.grad + untied[4].weight.grad
print(
    "tied grad == sum of both uses:",
    torch.allclose(shared.weight.grad, grad_sum),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert tied[2] is tied[4] and untied[2] is not untied[4]
assert torch.allclose(tied(X), untied(X))
assert torch.allclose(shared.weight.grad, grad_sum, atol=1e-6)
assert torch.allclose(
    shared.bias.grad, untied[2].bias.grad + untied[4].bias.grad, atol=1e-6
)
assert not torch.allclose(shared.weight.grad, untied[2].weight.grad)
# --8<-- [end:check]
