# --8<-- [start:code]
import torch

torch.manual_seed(0)
X = torch.randn(1000, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.01 * torch.randn(1000)


def train(lr, epochs=3, batch_size=10):
    torch.manual_seed(1)
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for _ in range(epochs):
        for idx in torch.randperm(len(X)).split(batch_size):
            loss = ((X[idx] @ w + b - y[idx]) ** 2 / 2).mean()
            loss.backward()
            with torch.no_grad():
                for p in (w, b):
                    p -= lr * p.grad
                    p.grad.zero_()
    with torch.no_grad():
        return ((X @ w + b - y) ** 2 / 2).mean().item()


results = {lr: train(lr) for lr in [0.001, 0.03, 1.0, 2.5]}
for lr, loss in results.items():
    print(f"lr = {lr:<5}: loss after 3 epochs = {loss:.3g}")
# --8<-- [end:code]

# --8<-- [start:check]
assert results[0.001] > 1  # far too small: barely moved in 300 steps
assert results[0.03] < 1e-4  # converged to the noise floor (5e-5)
# large steps: converges, but jitters above the floor
assert results[0.03] < results[1.0] < 1e-3
# too large: diverges to inf / nan
assert not torch.isfinite(torch.tensor(results[2.5]))
# Full-batch gradient descent diverges once lr > 2 / (largest curvature); here the curvature is about 1.
A = torch.cat([X, torch.ones(len(X), 1)], dim=1)
# Hessian of the loss
curvature = torch.linalg.eigvalsh(A.T @ A / len(X)).max().item()
assert 1.8 < 2 / curvature < 2.2
# --8<-- [end:check]
