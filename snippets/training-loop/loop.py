# --8<-- [start:code]
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()

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
splits = {
    name: TensorDataset(
        torch.tensor(scaler.transform(X), dtype=torch.float32), torch.tensor(y)
    )
    for name, X, y in [
        ("train", X_train, y_train),
        ("val", X_val, y_val),
        ("test", X_test, y_test),
    ]
}
g = torch.Generator().manual_seed(0)
train_loader = DataLoader(
    splits["train"], batch_size=32, shuffle=True, generator=g
)
val_loader = DataLoader(splits["val"], batch_size=256)
test_loader = DataLoader(splits["test"], batch_size=256)


def train_one_epoch(model, loader, loss_fn, optimizer, max_norm):
    model.train()
    total_loss, correct, n, norms = 0.0, 0, 0, []
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()
        logits = model(xb)
        loss = loss_fn(logits, yb)
        loss.backward()
        # returns the total gradient norm measured BEFORE clipping
        norms.append(nn.utils.clip_grad_norm_(model.parameters(), max_norm))
        optimizer.step()
        total_loss += loss.item() * len(xb)  # batch mean -> batch sum
        correct += (logits.argmax(dim=1) == yb).sum().item()
        n += len(xb)
    return total_loss / n, correct / n, torch.stack(norms).max().item()


@torch.inference_mode()
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, n = 0.0, 0, 0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        logits = model(xb)
        total_loss += loss_fn(logits, yb).item() * len(xb)
        correct += (logits.argmax(dim=1) == yb).sum().item()
        n += len(xb)
    return total_loss / n, correct / n


torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(64, 256), nn.ReLU(), nn.Dropout(0.2), nn.Linear(256, 10)
).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.01)
epochs = 15
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs)

history = []
print("epoch      lr  train loss  acc  val loss  acc  max grad norm")
for epoch in range(1, epochs + 1):
    lr = scheduler.get_last_lr()[0]
    tr_loss, tr_acc, gnorm = train_one_epoch(
        model, train_loader, loss_fn, optimizer, max_norm=1.0
    )
    va_loss, va_acc = evaluate(model, val_loader, loss_fn)
    scheduler.step()  # once per epoch, after the optimizer steps
    history.append((tr_loss, tr_acc, va_loss, va_acc, gnorm))
    bar = "#" * epoch + "." * (epochs - epoch)
    print(
        f"{epoch:5d} {lr:.5f} {tr_loss:10.4f} {tr_acc:.3f} {va_loss:9.4f}"
        f" {va_acc:.3f} {gnorm:14.2f}  [{bar}]"
    )

test_loss, test_acc = evaluate(model, test_loader, loss_fn)  # once
print(f"test: loss {test_loss:.4f}, accuracy {test_acc:.3f}")
assert test_acc >= 0.96
# --8<-- [end:code]

# --8<-- [start:check]
tr_losses = [h[0] for h in history]
assert tr_losses[-1] < tr_losses[0] / 5
assert history[-1][3] >= 0.94  # validation accuracy
assert 0.96 <= test_acc <= 0.99
assert abs(scheduler.get_last_lr()[0]) < 1e-8  # cosine reached 0
assert history[0][4] > 1.0  # the first steps were clipped
assert all(h[4] < 1.0 for h in history[2:])  # later ones were not
# evaluate weights every sample equally: compare with one big batch
whole = DataLoader(splits["val"], batch_size=len(splits["val"]))
assert abs(evaluate(model, whole, loss_fn)[0] - history[-1][2]) < 1e-5
# --8<-- [end:check]
