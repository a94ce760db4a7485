# --8<-- [start:code]
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

torch.manual_seed(0)
loader = DataLoader(
    TensorDataset(X_train, y_train), batch_size=128, shuffle=True
)
model = nn.Linear(64, 10)  # softmax regression: one linear layer, 10 logits
loss_fn = nn.CrossEntropyLoss()  # softmax is inside the loss
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)


def accuracy(X, y):
    with torch.no_grad():
        return (model(X).argmax(dim=1) == y).float().mean().item()


for epoch in range(10):
    model.train()
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    model.eval()
    if epoch % 5 == 4:
        loss, val_acc = total / len(X_train), accuracy(X_val, y_val)
        print(f"epoch {epoch + 1:2d}: loss {loss:.4f}  val acc. {val_acc:.3f}")
test_acc = accuracy(X_test, y_test)  # once, at the end
print(f"test accuracy: {test_acc:.3f}")

with torch.no_grad():
    # probabilities only when you need them
    probs = torch.softmax(model(X_test[:3]), dim=1)
confidence, predicted = probs.max(dim=1)
print(
    "first 3 test images: predicted",
    predicted.tolist(),
    " true",
    y_test[:3].tolist(),
)
print(
    "probability of the predicted class:",
    [round(c, 3) for c in confidence.tolist()],
)
# --8<-- [end:code]

# --8<-- [start:check]
assert 0.94 <= test_acc <= 0.97  # the page: about 0.96
assert val_acc >= 0.92
assert torch.allclose(probs.sum(dim=1), torch.ones(3))
assert predicted.tolist() == y_test[:3].tolist() and (confidence > 0.9).all()
assert total / len(X_train) < 0.17
assert not model.training  # evaluated in eval mode
# --8<-- [end:check]
