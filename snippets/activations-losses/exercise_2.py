# --8<-- [start:code]
import torch

x = torch.linspace(-4, 4, 81, requires_grad=True)
lhs = torch.tanh(x)
rhs = 2 * torch.sigmoid(2 * x) - 1
print("max |tanh(x) - (2 sigmoid(2x) - 1)|:", (lhs - rhs).abs().max().item())

x0 = torch.tensor(0.0, requires_grad=True)
(d_tanh,) = torch.autograd.grad(torch.tanh(x0), x0)
(d_sigmoid,) = torch.autograd.grad(torch.sigmoid(x0), x0)
print("tanh'(0) =", d_tanh.item(), "  sigmoid'(0) =", d_sigmoid.item())
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(lhs, rhs, atol=1e-6)
assert d_tanh.item() == 1.0 and d_sigmoid.item() == 0.25
# --8<-- [end:check]
