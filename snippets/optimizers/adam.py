# --8<-- [start:code]
import torch

torch.manual_seed(0)
A, b = torch.randn(20, 3), torch.randn(20)


def grad(w):  # gradient of 0.5 * mean((A w - b)^2)
    return A.T @ (A @ w - b) / len(b)


lr, beta1, beta2, eps = 0.01, 0.9, 0.999, 1e-8
w_torch = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.Adam([w_torch], lr=lr, betas=(beta1, beta2), eps=eps)
w, m, v = torch.zeros(3), torch.zeros(3), torch.zeros(3)
max_diff = 0.0
for t in range(1, 201):
    optimizer.zero_grad()
    (0.5 * ((A @ w_torch - b) ** 2).mean()).backward()
    optimizer.step()

    g = grad(w)
    m = beta1 * m + (1 - beta1) * g  # first moment: mean of g
    v = beta2 * v + (1 - beta2) * g**2  # second moment: mean of g^2
    m_hat = m / (1 - beta1**t)  # bias corrections
    v_hat = v / (1 - beta2**t)
    w = w - lr * m_hat / (v_hat.sqrt() + eps)
    max_diff = max(max_diff, (w - w_torch.detach()).abs().max().item())

print("torch :", w_torch.detach())
print("hand  :", w)
print(f"max |difference| over 200 steps: {max_diff:.1e}")
print("state keys:", sorted(optimizer.state[w_torch]))
print("step:", optimizer.state[w_torch]["step"])
# --8<-- [end:code]

# --8<-- [start:check]
assert max_diff < 1e-6
st = optimizer.state[w_torch]
assert torch.allclose(st["exp_avg"], m, atol=1e-6)
assert torch.allclose(st["exp_avg_sq"], v, rtol=1e-5, atol=1e-9)
assert st["step"].item() == 200
# --8<-- [end:check]
