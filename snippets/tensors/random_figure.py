# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
n = 20_000
samples = {
    "torch.rand: uniform on [0, 1)": torch.rand(n),
    "torch.randn: normal, mean 0, std 1": torch.randn(n),
    "torch.randint(0, 10): integers 0..9": torch.randint(0, 10, (n,)).float(),
}

fig, axes = plt.subplots(1, 3, figsize=(10, 3))
for ax, (title, values) in zip(axes, samples.items()):
    bins = torch.arange(-0.5, 10.5, 1.0) if "randint" in title else 40
    ax.hist(values.numpy(), bins=bins, color="tab:orange", edgecolor="white")
    ax.set_title(title, fontsize=9)
    ax.set_yticks([])
fig.suptitle("Histograms of 20,000 samples from three generators")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
u, g = (
    samples["torch.rand: uniform on [0, 1)"],
    samples["torch.randn: normal, mean 0, std 1"],
)
assert 0 <= u.min() and u.max() < 1
assert abs(g.mean()) < 0.03 and abs(g.std() - 1) < 0.03
# --8<-- [end:check]
