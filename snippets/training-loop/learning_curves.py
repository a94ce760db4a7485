# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

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
scaler = StandardScaler().fit(X_train)  # training statistics only
X_train, X_val = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_val)
)
y_train, y_val = torch.tensor(y_train), torch.tensor(y_val)
loss_fn = nn.CrossEntropyLoss()


def mlp(*sizes):
    layers = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        layers += [nn.Linear(a, b), nn.ReLU()]
    return nn.Sequential(*layers[:-1])  # no ReLU after the last layer


@torch.inference_mode()
def loss_on(model, X, y):
    model.eval()
    return loss_fn(model(X), y).item()


def fit(model, X, y, epochs, batch_size, lr=3e-3):
    g = torch.Generator().manual_seed(0)
    loader = DataLoader(
        TensorDataset(X, y), batch_size=batch_size, shuffle=True, generator=g
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    train_curve, val_curve = [], []
    for _ in range(epochs):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
        train_curve.append(loss_on(model, X, y))
        val_curve.append(loss_on(model, X_val, y_val))
    return train_curve, val_curve


torch.manual_seed(0)
runs = {  # name: (model, training inputs, labels, epochs, batch size)
    "underfitting: 64-2-10": (mlp(64, 2, 10), X_train, y_train, 40, 64),
    "good fit: 64-32-10": (mlp(64, 32, 10), X_train, y_train, 40, 64),
    "overfitting: 64-256-256-10, n=150": (
        mlp(64, 256, 256, 10),
        X_train[:150],
        y_train[:150],
        100,
        150,
    ),
}
curves = {name: fit(*args) for name, args in runs.items()}
fig, axes = plt.subplots(1, 3, figsize=(9, 3.2), layout="constrained")
for ax, (name, (tr, va)) in zip(axes, curves.items()):
    best = min(range(len(va)), key=va.__getitem__)  # index of min val loss
    print(name)
    print(
        f"  min val loss {va[best]:.3f} at epoch {best + 1}; final: "
        f"train {tr[-1]:.3f}, val {va[-1]:.3f}, gap {va[-1] - tr[-1]:.3f}"
    )
    epochs = range(1, len(tr) + 1)
    ax.plot(epochs, tr, label="train")
    ax.plot(epochs, va, label="validation")
    ax.axvline(best + 1, color="0.6", ls=":")
    ax.set(title=name.split(":")[0], xlabel="epoch", ylim=(0, 2.5))
axes[0].set_ylabel("cross-entropy")
axes[0].legend()
fig.suptitle("Learning curves on the digits validation split")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
(u_tr, u_va), (g_tr, g_va), (o_tr, o_va) = curves.values()
# underfitting: both losses high and close, still falling at the end
assert u_tr[-1] > 0.8 and u_va[-1] > 0.8
assert abs(u_va[-1] - u_tr[-1]) < 0.2
assert min(u_va) == u_va[-1] or u_va.index(min(u_va)) >= 35
# good fit: low validation loss that levels off
assert min(g_va) < 0.25 and g_va[-1] < 0.25
assert g_tr[-1] < 0.05
# overfitting: training loss -> 0, validation loss turns up early
o_best = o_va.index(min(o_va)) + 1
assert 5 <= o_best <= 25
assert o_tr[-1] < 1e-3
assert o_va[-1] > 1.3 * min(o_va)
assert o_va[-1] - o_tr[-1] > 0.5
assert o_va[-1] - o_tr[-1] > 3 * (g_va[-1] - g_tr[-1])
# --8<-- [end:check]
