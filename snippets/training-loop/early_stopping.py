# --8<-- [start:code]
import copy

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
scaler = StandardScaler().fit(X_train)
X_train, X_val = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_val)
)
y_train, y_val = torch.tensor(y_train), torch.tensor(y_val)
X_small, y_small = X_train[:150], y_train[:150]  # the overfitting setting
loss_fn = nn.CrossEntropyLoss()

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(64, 256),
    nn.ReLU(),
    nn.Linear(256, 256),
    nn.ReLU(),
    nn.Linear(256, 10),
)
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)


def train_step():
    model.train()
    optimizer.zero_grad()
    loss_fn(model(X_small), y_small).backward()
    optimizer.step()


@torch.inference_mode()
def val_loss():
    model.eval()
    return loss_fn(model(X_val), y_val).item()


# state_dict() returns references to the live tensors, not a copy
alias = model.state_dict()
snapshot = copy.deepcopy(model.state_dict())
train_step()
w = model[0].weight
print("alias follows the update:   ", torch.equal(alias["0.weight"], w))
print("deepcopy kept the old value:", torch.equal(snapshot["0.weight"], w))

# early stopping with patience
patience, best_loss, best_epoch, waited = 10, float("inf"), 0, 0
best_state = None
for epoch in range(2, 101):  # epoch 1 was the step above
    train_step()
    loss = val_loss()
    if loss < best_loss:
        best_loss, best_epoch, waited = loss, epoch, 0
        best_state = copy.deepcopy(model.state_dict())
    else:
        waited += 1
        if waited == patience:
            break
print(
    f"stopped after epoch {epoch}: best epoch {best_epoch}, "
    f"best val loss {best_loss:.3f}, last val loss {loss:.3f}"
)
model.load_state_dict(best_state)
print(f"val loss after restoring the best state: {val_loss():.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert alias["0.weight"].data_ptr() == w.data_ptr()
assert not torch.equal(snapshot["0.weight"], w)
assert epoch == best_epoch + patience  # stopped exactly `patience` later
assert 5 <= best_epoch <= 25 and epoch < 100
assert loss > best_loss
assert abs(val_loss() - best_loss) < 1e-6
assert 0.4 < best_loss < 0.7
# --8<-- [end:check]
