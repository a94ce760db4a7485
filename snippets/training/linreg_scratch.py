# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)


def synthetic_data(w, b, n):
    """y = Xw + b + Gaussian noise (std 0.01)."""
    X = torch.randn(n, len(w))
    y = X @ w + b + 0.01 * torch.randn(n)
    return X, y


true_w, true_b = torch.tensor([2.0, -3.4]), 4.2
features, labels = synthetic_data(true_w, true_b, 1000)

w = torch.normal(0.0, 0.01, size=(2,), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, batch_size, step_losses = 0.03, 10, []

for epoch in range(3):
    for idx in torch.randperm(1000).split(batch_size):
        X, y = features[idx], labels[idx]
        # squared loss, averaged over the batch
        loss = ((X @ w + b - y) ** 2 / 2).mean()
        loss.backward()
        # the update itself must not be recorded by autograd
        with torch.no_grad():
            for param in (w, b):
                param -= lr * param.grad
                param.grad.zero_()
        step_losses.append(loss.item())
    with torch.no_grad():
        full = ((features @ w + b - labels) ** 2 / 2).mean()
    print(f"epoch {epoch + 1}: loss on all data {full:.6f}")

print("learned w:", w.detach(), " true w:", true_w)
print(f"learned b: {b.item():.4f}  true b: {true_b}")

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.semilogy(step_losses)
ax.set(
    xlabel="step (mini-batch)",
    ylabel="batch loss",
    title="Linear regression from scratch: training loss",
)
ax.grid(alpha=0.3)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert len(step_losses) == 300
assert (w.detach() - true_w).abs().max() < 0.01  # stated tolerance: 0.01
assert abs(b.item() - true_b) < 0.01
assert 3e-5 < full < 7e-5  # noise variance / 2 = 5e-5 is the floor
# --8<-- [end:check]
