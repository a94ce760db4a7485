# --8<-- [start:code]
import torch
from torch import nn

x = torch.tensor(3.0, requires_grad=True)
for i in range(3):
    y = x**2  # dy/dx = 2x = 6
    y.backward()
    print(f"after backward #{i + 1}: x.grad =", x.grad)

x.grad = None  # way 1: drop the gradient
(x**2).backward()
print("x.grad = None, then one backward:", x.grad)
x.grad.zero_()  # way 2: zero it in place
print("after x.grad.zero_():", x.grad)

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(1, 2)).sum().backward()
print("weight.grad before zero_grad():", model.weight.grad)
optimizer.zero_grad()  # sets every .grad to None (set_to_none=True by default)
print("weight.grad after zero_grad(): ", model.weight.grad)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(x.grad, torch.tensor(0.0))
assert model.weight.grad is None and model.bias.grad is None
# three backward passes without zeroing add up: 3 * 6 = 18
x3 = torch.tensor(3.0, requires_grad=True)
for _ in range(3):
    (x3**2).backward()
assert torch.equal(x3.grad, torch.tensor(18.0))
# --8<-- [end:check]
