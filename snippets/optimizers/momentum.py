# --8<-- [start:code]
import torch

torch.manual_seed(0)
A, b = torch.randn(20, 3), torch.randn(20)


def grad(w):  # gradient of 0.5 * mean((A w - b)^2)
    return A.T @ (A @ w - b) / len(b)


def torch_path(lrs, **kwargs):
    w = torch.zeros(3, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lrs[0], **kwargs)
    path = []
    for lr in lrs:
        optimizer.param_groups[0]["lr"] = lr
        optimizer.zero_grad()
        (0.5 * ((A @ w - b) ** 2).mean()).backward()
        optimizer.step()
        path.append(w.detach().clone())
    return torch.stack(path)


def hand_path(lrs, mu, nesterov=False, lr_inside=False):
    w, v = torch.zeros(3), torch.zeros(3)
    path = []
    for lr in lrs:
        g = grad(w)
        if lr_inside:  # v <- mu v + lr g,  w <- w - v
            v = mu * v + lr * g
            w = w - v
        else:  # PyTorch: v <- mu v + g,  w <- w - lr (g + mu v) or w - lr v
            v = mu * v + g
            w = w - lr * (g + mu * v if nesterov else v)
        path.append(w)
    return torch.stack(path)


const = [0.1] * 30
halved = [0.1] * 15 + [0.05] * 15  # lr halved after 15 steps
pairs = {
    "momentum  vs torch": (
        hand_path(const, 0.9),
        torch_path(const, momentum=0.9),
    ),
    "Nesterov  vs torch": (
        hand_path(const, 0.9, nesterov=True),
        torch_path(const, momentum=0.9, nesterov=True),
    ),
    "lr inside v, constant lr": (
        hand_path(const, 0.9, lr_inside=True),
        hand_path(const, 0.9),
    ),
    "lr inside v, lr halved": (
        hand_path(halved, 0.9, lr_inside=True),
        hand_path(halved, 0.9),
    ),
}
for name, (p, q) in pairs.items():
    print(f"{name:25s} max |difference| = {(p - q).abs().max():.1e}")
p, q = pairs["lr inside v, lr halved"]
for name, path in [("PyTorch form", q), ("lr inside v", p)]:
    steps = torch.linalg.vector_norm(path.diff(dim=0), dim=1)
    print(
        f"{name:12s} step length before / after halving: "
        f"{steps[13]:.4f} / {steps[14]:.4f}"
    )
# --8<-- [end:code]

# --8<-- [start:check]
diff = {k: (p - q).abs().max().item() for k, (p, q) in pairs.items()}
assert diff["momentum  vs torch"] < 1e-6
assert diff["Nesterov  vs torch"] < 1e-6
assert diff["lr inside v, constant lr"] < 1e-6
assert diff["lr inside v, lr halved"] > 1e-2
# the halved runs agree up to step 15 and split at once afterwards
assert (p[:15] - q[:15]).abs().max() < 1e-6
assert (p[15] - q[15]).abs().max() > 1e-3
# and torch follows the PyTorch form, not the other one, when lr changes
t = torch_path(halved, momentum=0.9)
assert (t - q).abs().max() < 1e-6
sq = torch.linalg.vector_norm(q.diff(dim=0), dim=1)
sp = torch.linalg.vector_norm(p.diff(dim=0), dim=1)
assert sq[14] < 0.6 * sq[13]  # PyTorch form: the step is halved at once
assert sp[14] > 0.8 * sp[13]  # lr inside v: the old velocity keeps going
# classic Nesterov: gradient at the look-ahead point p - lr mu v; PyTorch's
# parameters are exactly those look-ahead points
p, v, lookahead = torch.zeros(3), torch.zeros(3), []
for _ in range(30):
    v = 0.9 * v + grad(p - 0.1 * 0.9 * v)
    p = p - 0.1 * v
    lookahead.append(p - 0.1 * 0.9 * v)
nes = torch_path(const, momentum=0.9, nesterov=True)
assert (torch.stack(lookahead) - nes).abs().max() < 1e-6
# --8<-- [end:check]
