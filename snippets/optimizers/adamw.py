# --8<-- [start:code]
import torch

torch.manual_seed(0)
A, b = torch.randn(20, 3), torch.randn(20)
lr, wd, beta1, beta2, eps = 0.01, 0.1, 0.9, 0.999, 1e-8

# 1. AdamW by hand: shrink w first, then the plain Adam step
w_torch = torch.ones(3, requires_grad=True)
optimizer = torch.optim.AdamW([w_torch], lr=lr, weight_decay=wd)
w, m, v = torch.ones(3), torch.zeros(3), torch.zeros(3)
for t in range(1, 101):
    optimizer.zero_grad()
    (0.5 * ((A @ w_torch - b) ** 2).mean()).backward()
    optimizer.step()

    g = A.T @ (A @ w - b) / len(b)  # the loss gradient, no decay term
    w = w * (1 - lr * wd)  # decoupled weight decay
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    w = w - lr * m_hat / (v_hat.sqrt() + eps)
diff = (w - w_torch.detach()).abs().max().item()
print(f"AdamW by hand vs torch: max |difference| = {diff:.1e}")


# 2. Only decay, no loss gradient: Adam(weight_decay) vs AdamW
def decay_only(opt_class, wd, steps=100):
    p = torch.ones(1, requires_grad=True)
    opt = opt_class([p], lr=lr, weight_decay=wd)
    for _ in range(steps):
        p.grad = torch.zeros(1)  # the loss does not depend on p
        opt.step()
    return p.item()


for wd_ in [0.1, 0.01]:
    print(
        f"weight_decay = {wd_:4}: after 100 steps "
        f"Adam {decay_only(torch.optim.Adam, wd_):.4f}, "
        f"AdamW {decay_only(torch.optim.AdamW, wd_):.4f}, "
        f"(1 - lr*wd)^100 = {(1 - lr * wd_) ** 100:.4f}"
    )
print(
    "default weight_decay: Adam",
    torch.optim.Adam([w_torch]).defaults["weight_decay"],
    "AdamW",
    torch.optim.AdamW([w_torch]).defaults["weight_decay"],
)
# --8<-- [end:code]

# --8<-- [start:check]
import math  # noqa: E402

assert diff < 1e-6
a1, a2 = decay_only(torch.optim.Adam, 0.1), decay_only(torch.optim.Adam, 0.01)
w1, w2 = decay_only(torch.optim.AdamW, 0.1), decay_only(torch.optim.AdamW, 0.01)
# Adam + L2: lambda*p is divided by sqrt(v) ~ lambda*|p|, so lambda cancels
assert math.isclose(a1, a2, abs_tol=1e-4)
assert a1 < 0.5  # and the weight moves about lr per step
# AdamW: the weight shrinks by exactly (1 - lr*wd) per step
assert math.isclose(w1, 0.999**100, rel_tol=1e-5)
assert math.isclose(w2, 0.9999**100, rel_tol=1e-5)
# --8<-- [end:check]
