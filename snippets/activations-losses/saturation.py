# --8<-- [start:code]
import torch

x = torch.tensor([0.0, 2.0, 6.0, -6.0, 10.0, 100.0], requires_grad=True)
y = torch.sigmoid(x)
(dy,) = torch.autograd.grad(y.sum(), x)
for xi, yi, gi in zip(x.tolist(), y.tolist(), dy.tolist(), strict=True):
    print(f"x = {xi:6.1f}   sigmoid(x) = {yi:.6f}   sigmoid'(x) = {gi:.2e}")

# Inputs 10 and 100 differ tenfold, yet their outputs are almost the same.
print(
    "sigmoid(10) vs sigmoid(100):",
    torch.sigmoid(torch.tensor([10.0, 100.0])).tolist(),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert abs(dy[0].item() - 0.25) < 1e-7  # the largest value sigmoid' takes
# x = +-6
assert abs(dy[2].item() - 0.0025) < 1e-4 and abs(dy[3].item() - 0.0025) < 1e-4
assert 4e-5 < dy[4].item() < 5e-5  # x = 10
assert dy[5].item() == 0  # x = 100: exp(-100) underflows in float32
assert y[4].item() > 0.9999 and y[5].item() == 1.0
# --8<-- [end:check]
