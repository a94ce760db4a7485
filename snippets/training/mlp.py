# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

X, y = load_digits(return_X_y=True)
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=360, random_state=0, stratify=y
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, random_state=0, stratify=y_rest
)
scaler = StandardScaler().fit(X_train)
X_train, X_val, X_test = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_val, X_test)
)
y_train, y_val, y_test = (torch.tensor(a) for a in (y_train, y_val, y_test))


def fit(model, epochs=10, lr=0.01):
    loader = DataLoader(
        TensorDataset(X_train, y_train), batch_size=128, shuffle=True
    )
    loss_fn, optimizer = (
        nn.CrossEntropyLoss(),
        torch.optim.Adam(model.parameters(), lr=lr),
    )
    history = {"train loss": [], "val accuracy": []}
    for _ in range(epochs):
        model.train()  # dropout on
        total = 0.0
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
        model.eval()  # dropout off for evaluation
        history["train loss"].append(total / len(X_train))
        history["val accuracy"].append(accuracy(model, X_val, y_val))
    return history


def accuracy(model, X, y):
    with torch.no_grad():
        return (model(X).argmax(dim=1) == y).float().mean().item()


torch.manual_seed(0)
models = {
    "softmax regression": nn.Linear(64, 10),
    "MLP 64-128-10": nn.Sequential(
        nn.Linear(64, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 10)
    ),
}
histories = {name: fit(model) for name, model in models.items()}
for name, h in histories.items():
    n_params = sum(p.numel() for p in models[name].parameters())
    val = h["val accuracy"][-1]
    test = accuracy(models[name], X_test, y_test)  # once, at the end
    print(
        f"{name:>18}: {n_params:5d} parameters, val {val:.3f}, test {test:.3f}"
    )

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
for name, h in histories.items():
    epochs = range(1, len(h["train loss"]) + 1)
    ax1.plot(epochs, h["train loss"], label=name)
    ax2.plot(epochs, h["val accuracy"], label=name)
ax1.set(
    xlabel="epoch", ylabel="cross-entropy", title="Training loss", yscale="log"
)
ax2.set(
    xlabel="epoch",
    ylabel="accuracy",
    title="Validation accuracy",
    ylim=(0.8, 1.0),
)
ax2.legend()
for ax in (ax1, ax2):
    ax.grid(alpha=0.3)
    ax.set_xticks(range(1, 11))
fig.suptitle("Digits: softmax regression vs MLP")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
lin, mlp = histories["softmax regression"], histories["MLP 64-128-10"]
lin_test = accuracy(models["softmax regression"], X_test, y_test)
mlp_test = accuracy(models["MLP 64-128-10"], X_test, y_test)
assert 0.94 <= lin_test <= 0.965  # the page: about 0.95
assert 0.96 <= mlp_test <= 0.98  # the page: about 0.97
assert mlp["val accuracy"][-1] > lin["val accuracy"][-1]
# the MLP fits the training set far better
assert mlp["train loss"][-1] < lin["train loss"][-1] / 5
assert mlp["train loss"][-1] < 0.02  # close to zero...
# ...while validation accuracy levels off
assert all(0.94 <= a <= 0.97 for a in mlp["val accuracy"][-5:])
# a handful more test images right
assert 4 <= round((mlp_test - lin_test) * 360) <= 10
assert sum(p.numel() for p in models["softmax regression"].parameters()) == 650
assert sum(p.numel() for p in models["MLP 64-128-10"].parameters()) == 9610
# --8<-- [end:check]
