# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=0, stratify=y
)
scaler = StandardScaler().fit(X_train)
X_train, X_test = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_test)
)
y_train, y_test = torch.tensor(y_train), torch.tensor(y_test)


def fit(model, epochs=10, lr=0.01):
    loader = DataLoader(
        TensorDataset(X_train, y_train), batch_size=128, shuffle=True
    )
    loss_fn, optimizer = (
        nn.CrossEntropyLoss(),
        torch.optim.Adam(model.parameters(), lr=lr),
    )
    history = {"train loss": [], "test accuracy": []}
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
        with torch.no_grad():
            acc = (model(X_test).argmax(dim=1) == y_test).float().mean().item()
        history["train loss"].append(total / len(X_train))
        history["test accuracy"].append(acc)
    return history


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
    accuracy = h["test accuracy"][-1]
    print(f"{name:>18}: {n_params:5d} parameters, test accuracy {accuracy:.3f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
for name, h in histories.items():
    epochs = range(1, len(h["train loss"]) + 1)
    ax1.plot(epochs, h["train loss"], label=name)
    ax2.plot(epochs, h["test accuracy"], label=name)
ax1.set(
    xlabel="epoch", ylabel="cross-entropy", title="Training loss", yscale="log"
)
ax2.set(
    xlabel="epoch", ylabel="accuracy", title="Test accuracy", ylim=(0.8, 1.0)
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
assert lin["test accuracy"][-1] >= 0.94  # measured 0.958
assert mlp["test accuracy"][-1] >= 0.96  # measured 0.975
assert mlp["test accuracy"][-1] > lin["test accuracy"][-1]
assert (
    0.95 <= lin["test accuracy"][-1] <= 0.97
    and 0.965 <= mlp["test accuracy"][-1] <= 0.985
)
# the MLP fits the training set far better
assert mlp["train loss"][-1] < lin["train loss"][-1] / 5
assert mlp["train loss"][-1] < 0.02  # close to zero...
# ...while test accuracy levels off
assert all(0.96 <= a <= 0.98 for a in mlp["test accuracy"][-5:])
# about 6 more images right
assert (
    4 <= round((mlp["test accuracy"][-1] - lin["test accuracy"][-1]) * 360) <= 8
)
assert sum(p.numel() for p in models["softmax regression"].parameters()) == 650
assert sum(p.numel() for p in models["MLP 64-128-10"].parameters()) == 9610
# --8<-- [end:check]
