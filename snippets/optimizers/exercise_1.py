# --8<-- [start:code]
import torch

lam, mu = 4.0, 0.9  # f(w) = 0.5 * lam * w^2, momentum mu
threshold = 2 * (1 + mu) / lam
print(f"predicted threshold 2(1 + mu) / lam = {threshold:.3f}")
for lr in [0.50, 0.94, 0.96]:
    # one step maps (v, w) to (mu v + lam w, w - lr (mu v + lam w))
    M = torch.tensor([[mu, lam], [-lr * mu, 1 - lr * lam]], dtype=torch.float64)
    radius = torch.linalg.eigvals(M).abs().max().item()
    w = torch.tensor([1.0], requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr, momentum=mu)
    for _ in range(300):
        optimizer.zero_grad()
        (0.5 * lam * w**2).sum().backward()
        optimizer.step()
    print(
        f"lr = {lr:.2f}: spectral radius {radius:.4f}, "
        f"|w| after 300 steps = {w.abs().item():.2e}"
    )
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert math.isclose(threshold, 0.95)


def final_w(lr):
    w = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=lr, momentum=mu)
    for _ in range(300):
        opt.zero_grad()
        (0.5 * lam * w**2).sum().backward()
        opt.step()
    return w.abs().item()


def radius(lr):
    M = torch.tensor([[mu, lam], [-lr * mu, 1 - lr * lam]], dtype=torch.float64)
    return torch.linalg.eigvals(M).abs().max().item()


assert final_w(0.50) < 1e-6 and final_w(0.94) < 1e-6
assert final_w(0.96) > 1e20
assert radius(0.94) < 1 < radius(0.96)
# underdamped: both roots have modulus sqrt(mu)
assert math.isclose(radius(0.5), math.sqrt(mu), rel_tol=1e-9)
# complex roots up to close to the threshold: the rate is sqrt(mu) there
assert math.isclose(radius(0.94), math.sqrt(mu), rel_tol=1e-9)
assert 2 / lam == 0.5  # plain SGD's threshold
# --8<-- [end:check]
