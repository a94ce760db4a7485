# --8<-- [start:code]
import torch

torch.manual_seed(0)
A, b = torch.randn(20, 3), torch.randn(20)


def train(make_optimizer, scale, steps=100):
    w = torch.zeros(3, requires_grad=True)
    optimizer = make_optimizer([w])
    for _ in range(steps):
        optimizer.zero_grad()
        (scale * 0.5 * ((A @ w - b) ** 2).mean()).backward()
        optimizer.step()
    return w.detach()


for name, make in [
    ("Adam lr=0.01", lambda ps: torch.optim.Adam(ps, lr=0.01)),
    ("SGD  lr=0.1 ", lambda ps: torch.optim.SGD(ps, lr=0.1)),
]:
    for scale in [1.0, 1000.0]:
        print(f"{name} loss x {scale:6.0f}: w = {train(make, scale)}")
# --8<-- [end:code]

# --8<-- [start:check]
adam = lambda ps: torch.optim.Adam(ps, lr=0.01)  # noqa: E731
sgd = lambda ps: torch.optim.SGD(ps, lr=0.1)  # noqa: E731
assert torch.allclose(train(adam, 1.0), train(adam, 1000.0), atol=1e-5)
assert torch.allclose(train(adam, 1.0), train(adam, 1e-3), atol=1e-4)
w1, w1000 = train(sgd, 1.0), train(sgd, 1000.0)
assert torch.isfinite(w1).all() and not torch.isfinite(w1000).all()
# --8<-- [end:check]
