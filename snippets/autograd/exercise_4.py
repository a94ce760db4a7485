# --8<-- [start:code]
import torch


def descend(lr, steps=100):
    w = torch.tensor(1.0, requires_grad=True)
    for _ in range(steps):
        (5 * w**2).backward()  # f'(w) = 10 w, so w <- (1 - 10 lr) w
        with torch.no_grad():
            w -= lr * w.grad
        w.grad.zero_()
    return w.item()


for lr in (0.1, 0.19, 0.2, 0.21):
    factor = 1 - 10 * lr
    print(f"lr = {lr:<4}  factor = {factor:+.1f}  w_100 = {descend(lr):.3e}")
# --8<-- [end:code]

# --8<-- [start:check]
assert descend(0.1) == 0.0
assert abs(descend(0.19)) < 1e-4
assert abs(descend(0.2)) == 1.0
assert abs(descend(0.21)) > 1e4
# --8<-- [end:check]
