# --8<-- [start:code]
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X, y = torch.randn(10, 3), torch.randint(0, 4, (10,))
model = nn.Linear(3, 4)
loss_fn = nn.CrossEntropyLoss()
loader = DataLoader(TensorDataset(X, y), batch_size=4)  # batches of 4, 4, 2


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    total_loss, correct, n = 0.0, 0, 0
    for xb, yb in loader:
        logits = model(xb)
        # batch mean -> batch sum
        total_loss += loss_fn(logits, yb).item() * len(xb)
        correct += (logits.argmax(dim=1) == yb).sum().item()
        n += len(xb)
    return total_loss / n, correct / n


loss, acc = evaluate(model, loader)
naive = sum(loss_fn(model(xb), yb).item() for xb, yb in loader) / len(loader)
with torch.no_grad():
    exact = loss_fn(model(X), y).item()
print(f"evaluate: loss {loss:.4f}, accuracy {acc:.2f}")
print(f"whole set at once: {exact:.4f}   mean of batch means: {naive:.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert abs(loss - exact) < 1e-5
# the unweighted mean over-weights the short last batch
assert abs(naive - exact) > 1e-3
with torch.no_grad():
    assert abs(acc - (model(X).argmax(dim=1) == y).float().mean().item()) < 1e-6
# --8<-- [end:check]
