# --8<-- [start:code]
import torch

torch.manual_seed(0)
X = torch.randn(50, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2
w = torch.randn(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

loss = ((X @ w + b - y) ** 2 / 2).mean()
loss.backward()

with torch.no_grad():
    r = X @ w + b - y  # residuals
    grad_w = X.T @ r / len(X)  # d loss / d w = X^T r / n
    grad_b = r.mean(dim=0, keepdim=True)  # d loss / d b = mean(r)
print("autograd:", w.grad, b.grad)
print("by hand: ", grad_w, grad_b)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(w.grad, grad_w, atol=1e-6)
assert torch.allclose(b.grad, grad_b, atol=1e-6)
# --8<-- [end:check]
