# --8<-- [start:code]
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
scaler = StandardScaler().fit(X_train)  # statistics of the training split
X_train, X_val = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_val)
)
y_train, y_val = torch.tensor(y_train), torch.tensor(y_val)


def train(make_optimizer, epochs=5):
    torch.manual_seed(0)  # same initial weights for every optimizer
    model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
    optimizer = make_optimizer(model.parameters())
    loader = DataLoader(
        TensorDataset(X_train, y_train),
        batch_size=32,
        shuffle=True,
        generator=torch.Generator().manual_seed(0),
    )
    accuracy = []
    for _ in range(epochs):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            optimizer.step()
        model.eval()
        with torch.inference_mode():
            pred = model(X_val).argmax(dim=1)
        accuracy.append((pred == y_val).float().mean().item())
    return accuracy


runs = {
    "SGD lr=0.01": lambda ps: torch.optim.SGD(ps, lr=0.01),
    "SGD lr=0.01 momentum=0.9": lambda ps: torch.optim.SGD(
        ps, lr=0.01, momentum=0.9
    ),
    "SGD lr=0.1": lambda ps: torch.optim.SGD(ps, lr=0.1),
    "AdamW lr=3e-3": lambda ps: torch.optim.AdamW(ps, lr=3e-3),
}
results = {name: train(make) for name, make in runs.items()}
print("validation accuracy after epochs 1-5")
for name, acc in results.items():
    print(f"{name:>25s}:", " ".join(f"{a:.3f}" for a in acc))
# --8<-- [end:code]

# --8<-- [start:check]
final = {name: acc[-1] for name, acc in results.items()}
assert final["SGD lr=0.01"] < 0.85  # too slow at this lr
slow = results["SGD lr=0.01"]
assert all(a < b for a, b in zip(slow, slow[1:]))  # still climbing
mom, fast = results["SGD lr=0.01 momentum=0.9"], results["SGD lr=0.1"]
assert mom[0] < fast[0]  # momentum needs a few steps to build up
assert final["SGD lr=0.01 momentum=0.9"] >= 0.92
assert final["AdamW lr=3e-3"] >= 0.93
# momentum at lr behaves like plain SGD at lr / (1 - momentum) here
assert abs(final["SGD lr=0.01 momentum=0.9"] - final["SGD lr=0.1"]) < 0.02
assert final["AdamW lr=3e-3"] >= max(final.values()) - 1e-9
# AdamW at its default lr=1e-3 is slower over five epochs
default = train(lambda ps: torch.optim.AdamW(ps))
assert 0.91 <= default[-1] <= 0.93 < final["AdamW lr=3e-3"]
assert len(X_train) == 1149 and len(X_val) == 288
# --8<-- [end:check]
