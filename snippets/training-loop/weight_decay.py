# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn

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
X_small, y_small = X_train[:150], y_train[:150]  # the overfitting setting
loss_fn = nn.CrossEntropyLoss()


def weight_norm(model):
    weights = [
        p.flatten() for n, p in model.named_parameters() if n.endswith("weight")
    ]
    return torch.linalg.vector_norm(torch.cat(weights)).item()


def make_model():
    torch.manual_seed(0)  # same initial weights for every run
    return nn.Sequential(
        nn.Linear(64, 256),
        nn.ReLU(),
        nn.Linear(256, 256),
        nn.ReLU(),
        nn.Linear(256, 10),
    )


def train(weight_decay, epochs=100):
    model = make_model()
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=3e-3, weight_decay=weight_decay
    )
    val_curve = []
    for _ in range(epochs):  # full batch: one step per epoch
        optimizer.zero_grad()
        loss_fn(model(X_small), y_small).backward()
        optimizer.step()
        with torch.inference_mode():
            val_curve.append(loss_fn(model(X_val), y_val).item())
    with torch.inference_mode():
        acc = (model(X_val).argmax(1) == y_val).float().mean().item()
    return model, val_curve, acc


start_norm = weight_norm(make_model())
print(f"weight norm at initialisation: {start_norm:.2f}")
results = {}
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for wd in (0.0, 0.1, 1.0, 3.0):
    model, val_curve, acc = train(wd)
    results[wd] = (weight_norm(model), min(val_curve), val_curve[-1], acc)
    print(
        f"weight_decay={wd:3.1f}: weight norm {results[wd][0]:5.2f}, "
        f"val loss min {min(val_curve):.3f} final {val_curve[-1]:.3f}, "
        f"val accuracy {acc:.3f}"
    )
    ax.plot(range(1, 101), val_curve, label=f"weight_decay={wd}")
ax.set(xlabel="epoch", ylabel="validation cross-entropy", ylim=(0, 2))
ax.set_title("AdamW weight decay, 150 training samples")
ax.legend()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
norms = {wd: r[0] for wd, r in results.items()}
# weight decay shrinks the weights, the more the stronger it is
assert norms[0.0] > norms[0.1] > norms[1.0] > norms[3.0]
assert norms[0.0] > start_norm  # without decay the weights grow
assert norms[3.0] < 0.7 * norms[0.0]
# without decay the validation loss turns up; with decay 1 or 3 it does not
assert results[0.0][2] > 1.3 * results[0.0][1]
assert results[0.1][2] > 1.2 * results[0.1][1]
for wd in (1.0, 3.0):
    assert results[wd][2] < 1.05 * results[wd][1]
    assert results[wd][2] < 0.7 * results[0.0][2]
# accuracy barely moves
accs = [r[3] for r in results.values()]
assert max(accs) - min(accs) < 0.03
assert all(0.86 <= a <= 0.93 for a in accs)
# --8<-- [end:check]
