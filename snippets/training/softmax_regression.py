# --8<-- [start:code]
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

torch.manual_seed(0)
loader = DataLoader(
    TensorDataset(X_train, y_train), batch_size=128, shuffle=True
)
model = nn.Linear(64, 10)  # softmax regression: one linear layer, 10 logits
loss_fn = nn.CrossEntropyLoss()  # softmax is inside the loss
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

for epoch in range(10):
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    with torch.no_grad():
        test_acc = (model(X_test).argmax(dim=1) == y_test).float().mean().item()
    if epoch % 5 == 4:
        loss = total / len(X_train)
        print(
            f"epoch {epoch + 1:2d}: loss {loss:.4f}  test acc. {test_acc:.3f}"
        )

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
assert test_acc >= 0.94  # measured 0.956
assert torch.allclose(probs.sum(dim=1), torch.ones(3))
assert predicted.tolist() == y_test[:3].tolist() and (confidence > 0.9).all()
assert total / len(X_train) < 0.15
# --8<-- [end:check]
