# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn

# 1. What nn.Dropout does to a tensor
torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(10)
print("train mode:", drop(x))  # module default: training mode
big = torch.ones(100_000)
print(
    f"train mode, mean over 100000 ones: {drop(big).mean():.4f}, "
    f"zeros: {(drop(big) == 0).float().mean():.4f}"
)
drop.eval()
print("eval mode: ", drop(x), "identity:", torch.equal(drop(x), x))

# 2. Dropout in the overfitting setting
digits = load_digits()
X_rest, X_test, y_rest, y_test = train_test_split(
    digits.data,
    digits.target,
    test_size=360,
    random_state=0,
    stratify=digits.target,
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, random_state=0, stratify=y_rest
)
scaler = StandardScaler().fit(X_train)
X_train, X_val = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_val)
)
y_train, y_val = torch.tensor(y_train), torch.tensor(y_val)
X_small, y_small = X_train[:150], y_train[:150]
loss_fn = nn.CrossEntropyLoss()


def train(p, epochs=100):
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Linear(64, 256),
        nn.ReLU(),
        nn.Dropout(p),
        nn.Linear(256, 256),
        nn.ReLU(),
        nn.Dropout(p),
        nn.Linear(256, 10),
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    val_curve = []
    for _ in range(epochs):
        model.train()  # dropout on
        optimizer.zero_grad()
        loss_fn(model(X_small), y_small).backward()
        optimizer.step()
        model.eval()  # dropout off
        with torch.inference_mode():
            val_curve.append(loss_fn(model(X_val), y_val).item())
    return val_curve


curves = {p: train(p) for p in (0.0, 0.5)}
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for p, val_curve in curves.items():
    best = min(range(len(val_curve)), key=val_curve.__getitem__)
    print(
        f"p={p}: val loss min {val_curve[best]:.3f} at epoch {best + 1}, "
        f"final {val_curve[-1]:.3f}"
    )
    ax.plot(range(1, 101), val_curve, label=f"dropout p={p}")
ax.set(xlabel="epoch", ylabel="validation cross-entropy", ylim=(0, 2))
ax.set_title("Dropout, 150 training samples")
ax.legend()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
drop.train()
torch.manual_seed(1)
out = drop(big)
# survivors are scaled by 1 / (1 - p) = 2, so the mean stays near 1
assert set(out.unique().tolist()) == {0.0, 2.0}
assert abs(out.mean().item() - 1.0) < 0.02
assert abs((out == 0).float().mean().item() - 0.5) < 0.01
drop.eval()
assert torch.equal(drop(big), big)
c0, c5 = curves[0.0], curves[0.5]
# dropout: lower best and final validation loss, minimum reached later
assert min(c5) < 0.9 * min(c0)
assert c5[-1] < 0.85 * c0[-1]
assert c5.index(min(c5)) > c0.index(min(c0))
# yet with 150 samples the validation loss still turns up
assert c5[-1] > 1.2 * min(c5)
# --8<-- [end:check]
