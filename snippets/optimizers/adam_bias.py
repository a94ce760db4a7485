# --8<-- [start:code]
import torch

# first step: gradients of very different sizes, all moved by about lr
g = torch.tensor([1e3, 1.0, 1e-3, 1e-9])
w = torch.zeros(4, requires_grad=True)
optimizer = torch.optim.Adam([w], lr=0.01)  # betas=(0.9, 0.999), eps=1e-8
w.grad = g.clone()
optimizer.step()
first_step = -w.detach()
for gi, si in zip(g.tolist(), (first_step / 0.01).tolist(), strict=True):
    print(f"gradient {gi:7.0e}: first step = {si:.4f} * lr")

# a constant gradient of 1: the raw averages m, v start far below 1
u = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.Adam([u], lr=0.01)
ratios = {}
for t in range(1, 1001):
    u.grad = torch.ones(1)
    optimizer.step()
    state = optimizer.state[u]
    m, v = state["exp_avg"].item(), state["exp_avg_sq"].item()
    ratios[t] = m / v**0.5  # step / lr without bias correction
    if t in [1, 10, 100, 1000]:
        m_hat, v_hat = m / (1 - 0.9**t), v / (1 - 0.999**t)
        print(
            f"t = {t:4d}: m = {m:.3f}, v = {v:.4f}, "
            f"m_hat = {m_hat:.3f}, v_hat = {v_hat:.3f}, "
            f"m / sqrt(v) = {ratios[t]:.2f}"
        )
print("u after 1000 steps:", round(u.item(), 4))
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

# every coordinate whose gradient is well above eps moves by lr
assert torch.allclose(first_step[:3], torch.full((3,), 0.01), rtol=1e-4)
# a gradient of 1e-9, below eps = 1e-8, moves by lr * 1e-9 / (1e-9 + 1e-8)
assert math.isclose(first_step[3].item(), 0.01 / 11, rel_tol=1e-3)
# eps added before the bias correction would have given lr / 317 instead
m1, v1 = 0.1 * 1e-9, 0.001 * 1e-18
other = (m1 / 0.1) / ((v1**0.5 + 1e-8) / 0.001**0.5)
assert math.isclose(1 / other, 317, rel_tol=2e-3)
# raw m, v are (1 - beta^t) times the gradient (squared)
assert math.isclose(ratios[1], 0.1 / 0.001**0.5, rel_tol=1e-4)  # 3.16
assert max(ratios.values()) > 6.5  # without correction: up to 6.5 lr
assert 1.2 < ratios[1000] < 1.3
# with correction every step has length lr: 1000 steps move u by 10
assert math.isclose(u.item(), -10.0, rel_tol=1e-4)
# --8<-- [end:check]
