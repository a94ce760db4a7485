# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 5)  # 4 samples, 5 features
y = torch.randn(4, 3)  # targets
w = torch.randn(5, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True)

z = x @ w + b
criterion = nn.MSELoss()  # mean over all 4 * 3 elements
loss = criterion(z, y)
print("loss:", loss)
print("loss.shape:", loss.shape, "(a scalar: backward() needs no argument)")
loss.backward()
print("w.grad.shape:", w.grad.shape, " b.grad:", b.grad)

# The same gradients by hand: dL/dz = 2 (z - y) / N with N = z.numel() = 12.
dz = 2 * (z.detach() - y) / z.numel()
print("w.grad == x.T @ dz:", torch.allclose(w.grad, x.T @ dz))
print("b.grad == dz.sum(0):", torch.allclose(b.grad, dz.sum(0)))
# --8<-- [end:code]

# --8<-- [start:check]
assert loss.dim() == 0 and loss.grad_fn.name() == "MseLossBackward0"
assert w.grad.shape == w.shape and b.grad.shape == b.shape
assert torch.allclose(w.grad, x.T @ dz) and torch.allclose(b.grad, dz.sum(0))
assert torch.allclose(loss, ((z - y) ** 2).mean())
# --8<-- [end:check]
