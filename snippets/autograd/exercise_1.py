# --8<-- [start:code]
import torch

x = torch.tensor(0.5)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(-1.0, requires_grad=True)
y = torch.sigmoid(w * x + b)  # y = sigmoid(u) with u = w x + b
y.backward()

s = y.detach()
# chain rule: dy/dw = sigmoid'(u) * du/dw = s (1 - s) x, dy/db = s (1 - s)
dy_dw, dy_db = s * (1 - s) * x, s * (1 - s)
print(f"dy/dw: autograd {w.grad.item():.4f}  chain rule {dy_dw.item():.4f}")
print(f"dy/db: autograd {b.grad.item():.4f}  chain rule {dy_db.item():.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.isclose(w.grad, dy_dw) and torch.isclose(b.grad, dy_db)
assert abs(w.grad.item() - 0.125) < 1e-6 and abs(b.grad.item() - 0.25) < 1e-6
# --8<-- [end:check]
